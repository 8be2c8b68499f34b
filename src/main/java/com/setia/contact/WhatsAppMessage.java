package com.setia.contact;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Optional;
import java.util.ResourceBundle;

import com.setia.customer.Customer;
import com.setia.customer.PhoneNumbers;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;

/**
 * A prefilled WhatsApp message in the customer's own language, and the wa.me link that opens it. Numbers go
 * international: a Malaysian mobile 01x becomes +60 1x, an Indonesian 08x becomes +62 8x; numbers already
 * written with 60/62 (or +60/+62) stay (customer.PhoneNumbers, libphonenumber).
 */
public record WhatsAppMessage(long customerId, Kind kind, String number, String text) {

    /** What the message is for. */
    public enum Kind {
        /** Keep in touch: a greeting for a customer not seen for a while. */
        GREETING,
        /** The owner's apology (win-back step 2). */
        APOLOGY,
        /** A notice (e.g. a rule or price change), for the owner to complete. */
        NOTICE;

        public String messageKey() {
            return "whatsapp.kind." + name();
        }

        /** The bundle key of the message's text, in the customer's language. */
        public String textKey() {
            return switch (this) {
                case GREETING -> "whatsapp.text.GREETING";
                case APOLOGY -> "whatsapp.text.APOLOGY";
                case NOTICE -> "whatsapp.text.NOTICE";
            };
        }
    }

    /** The message for this customer, or empty when the customer has no number WhatsApp can use. */
    public static Optional<WhatsAppMessage> of(Customer customer, Kind kind, String shopName) {
        return international(customer.phone()).map(number -> new WhatsAppMessage(customer.id(), kind, number,
                text(customer, kind, shopName)));
    }

    /** The wa.me link that opens WhatsApp (app or web) on this number with the text typed in. */
    public String link() {
        return "https://wa.me/" + number.substring(1) + "?text="
                + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** What goes on the clipboard when WhatsApp cannot be reached: the number, then the message. */
    public String clipboardText() {
        return number + "\n" + text;
    }

    static String text(Customer customer, Kind kind, String shopName) {
        Language language = customer.preferredLanguage() == null ? Language.MS : customer.preferredLanguage();
        ResourceBundle bundle = I18n.bundleFor(language);
        String shop = shopName == null || shopName.isBlank() ? bundle.getString("whatsapp.ourShop") : shopName.strip();
        String pattern = bundle.getString(kind.textKey());
        return new MessageFormat(pattern, language.locale()).format(new Object[] {firstName(customer.name()), shop});
    }

    private static String firstName(String name) {
        return name == null ? "" : name.strip();
    }

    /**
     * The number in international form (+60..., +62...), or empty when it cannot be one: stored numbers already are
     * (customer.PhoneNumbers); a local one is read as Malaysian (01x) or Indonesian (08x).
     */
    public static Optional<String> international(String phone) {
        if (phone == null || phone.isBlank()) return Optional.empty();
        String d = PhoneNumbers.digits(phone);
        String region = d.startsWith("08") || d.startsWith("62") ? PhoneNumbers.INDONESIA : PhoneNumbers.MALAYSIA;
        return PhoneNumbers.international(phone, region);
    }
}
