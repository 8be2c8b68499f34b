package com.setia.exchange;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.setia.transfer.CsvFiles;
import com.setia.common.Message;
import com.setia.transfer.SourceRow;
import com.setia.transfer.TransferException;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Email;
import ezvcard.property.StructuredName;
import ezvcard.property.Telephone;

/**
 * Reads the vCard files phones and address books export (ez-vcard does the format): Android's vCard 2.1 with
 * QUOTED-PRINTABLE UTF-8 names, iPhone/iCloud's vCard 3.0 with {@code itemN.X-ABLabel} labels, Google Contacts',
 * Outlook's. Each card becomes a source row of contact fields; a mobile number is preferred over others.
 */
final class VCardContacts {
    static final List<String> HEADERS = List.of("FN", "TEL", "EMAIL", "ADR", "NOTE");

    private VCardContacts() {
    }

    static List<SourceRow<ContactField>> parse(byte[] bytes) {
        // vCard 3.0 and 4.0 are UTF-8; 2.1 names its charset per property (QUOTED-PRINTABLE parts are ASCII); a file
        // in the PC's own code page is read as Windows-1252 when it is not valid UTF-8.
        String text = new String(bytes, CsvFiles.charsetOf(bytes));
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (!text.stripLeading().regionMatches(true, 0, "BEGIN:VCARD", 0, 11)) {
            throw new TransferException(Message.of("exchange.error.notVcard"));
        }
        List<VCard> cards;
        try {
            cards = Ezvcard.parse(text).all();
        } catch (RuntimeException e) {
            throw new TransferException(Message.of("exchange.error.notVcard"), e);
        }
        if (cards.isEmpty()) {
            throw new TransferException(Message.of("exchange.error.notVcard"));
        }
        List<SourceRow<ContactField>> rows = new ArrayList<>(cards.size());
        int n = 0;
        for (VCard card : cards) {
            rows.add(row(++n, card));
        }
        return rows;
    }

    private static SourceRow<ContactField> row(int number, VCard card) {
        Map<ContactField, String> v = new EnumMap<>(ContactField.class);
        put(v, ContactField.NAME, name(card));
        put(v, ContactField.PHONE, phone(card));
        if (!card.getEmails().isEmpty()) {
            Email e = card.getEmails().get(0);
            put(v, ContactField.EMAIL, e.getValue());
        }
        if (!card.getAddresses().isEmpty()) {
            put(v, ContactField.ADDRESS, address(card.getAddresses().get(0)));
        }
        if (!card.getNotes().isEmpty()) {
            put(v, ContactField.NOTES, card.getNotes().get(0).getValue());
        }
        List<String> raw = Stream.of(ContactField.NAME, ContactField.PHONE, ContactField.EMAIL, ContactField.ADDRESS,
                ContactField.NOTES).map(f -> v.getOrDefault(f, "")).toList();
        return new SourceRow<>(number, raw, v);
    }

    private static String name(VCard card) {
        if (card.getFormattedName() != null && notBlank(card.getFormattedName().getValue())) {
            return card.getFormattedName().getValue();
        }
        StructuredName n = card.getStructuredName();
        if (n != null) {
            String joined = Stream.concat(Stream.concat(n.getPrefixes().stream(), Stream.of(n.getGiven())),
                    Stream.concat(n.getAdditionalNames().stream(), Stream.of(n.getFamily())))
                    .filter(VCardContacts::notBlank).collect(Collectors.joining(" "));
            if (!joined.isBlank()) return joined;
        }
        if (!card.getNicknames().isEmpty() && !card.getNicknames().get(0).getValues().isEmpty()) {
            return card.getNicknames().get(0).getValues().get(0);
        }
        return null;
    }

    /** A mobile number first (TYPE=CELL, or an iPhone label saying mobile/HP/bimbit), else the first number. */
    private static String phone(VCard card) {
        List<Telephone> phones = card.getTelephoneNumbers();
        if (phones.isEmpty()) return null;
        Telephone chosen = phones.stream().filter(t -> isMobile(card, t)).findFirst().orElse(phones.get(0));
        return chosen.getText() != null ? chosen.getText()
                : chosen.getUri() != null ? chosen.getUri().getNumber() : null;
    }

    private static boolean isMobile(VCard card, Telephone t) {
        if (t.getTypes().contains(TelephoneType.CELL)) return true;
        if (t.getGroup() == null) return false;
        return card.getExtendedProperties().stream()
                .filter(p -> t.getGroup().equalsIgnoreCase(p.getGroup()) && "X-ABLABEL".equalsIgnoreCase(p.getPropertyName()))
                .map(p -> p.getValue().toLowerCase(Locale.ROOT))
                .anyMatch(label -> label.contains("mobile") || label.contains("bimbit") || label.contains("hp")
                        || label.contains("whatsapp") || label.contains("iphone"));
    }

    private static String address(Address a) {
        if (notBlank(a.getLabel())) return a.getLabel();
        return Stream.of(a.getPoBox(), a.getExtendedAddress(), a.getStreetAddress(), a.getLocality(), a.getRegion(),
                a.getPostalCode(), a.getCountry()).filter(VCardContacts::notBlank).collect(Collectors.joining(", "));
    }

    private static void put(Map<ContactField, String> v, ContactField f, String value) {
        if (notBlank(value)) v.put(f, value);
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
