package com.setia.customer;

import java.util.Locale;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as Setia keeps them: read the way people type them (012-345 6789, +60 12-345 6789,
 * 0812-1111-2222, 60123456789 as WhatsApp shows it), stored in international form (E.164: +60123456789), shown the
 * local way (012-345 6789), compared by that international form. libphonenumber knows each country's numbering.
 * <p>
 * The shop's country (MY or ID) decides how a number without its country code is read; a number that is not valid
 * there but is valid in the other country (an Indonesian customer of a Malaysian shop) is read as that country's.
 */
public final class PhoneNumbers {
    public static final String MALAYSIA = "MY";
    public static final String INDONESIA = "ID";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * The number in international form (+60123456789), read with the shop's country ({@code region}, "MY" or "ID");
     * empty when the text is not a phone number anywhere.
     */
    public static Optional<String> international(String typed, String region) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        // An import checks each number several times (the row, the duplicate key, the service's own check):
        // libphonenumber is asked once per number.
        String key = region + "|" + typed;
        Optional<String> known = CACHE.get(key);
        if (known != null) return known;
        return remember(CACHE, 50_000, key, read(typed, region));
    }

    /** Keeps {@code value} for {@code key}, forgetting everything kept once there are more than {@code most}. */
    private static <V> V remember(java.util.Map<String, V> kept, int most, String key, V value) {
        if (kept.size() > most) kept.clear();
        kept.put(key, value);
        return value;
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, Optional<String>> CACHE =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static Optional<String> read(String typed, String region) {
        if (typed == null || typed.isBlank() || !looksLikePhone(typed.strip())) {
            return Optional.empty();
        }
        String home = region == null ? MALAYSIA : region.toUpperCase(Locale.ROOT);
        String text = typed.strip();
        PhoneNumber atHome = parse(text, home);
        if (atHome != null && UTIL.isValidNumber(atHome)) {
            return Optional.of(e164(atHome));
        }
        if (!text.startsWith("+")) {
            // 60123456789 / 62812...: the country code without its plus, as WhatsApp and many exports write it
            PhoneNumber withPlus = parse("+" + digits(text), home);
            if (withPlus != null && UTIL.isValidNumber(withPlus)
                    && (withPlus.getCountryCode() == 60 || withPlus.getCountryCode() == 62)) {
                return Optional.of(e164(withPlus));
            }
            String other = MALAYSIA.equals(home) ? INDONESIA : MALAYSIA;
            PhoneNumber abroad = parse(text, other);
            if (abroad != null && UTIL.isValidNumber(abroad)) {
                return Optional.of(e164(abroad));
            }
        }
        if (atHome != null && UTIL.isPossibleNumber(atHome)) {
            return Optional.of(e164(atHome)); // a new number range libphonenumber does not know yet
        }
        return Optional.empty();
    }

    /** True when the text is a phone number (in either country, or with its country code). */
    public static boolean isPhone(String typed, String region) {
        return international(typed, region).isPresent();
    }

    /**
     * The local way of writing a stored number: 012-345 6789 for Malaysia, 0812-1111-2222 for Indonesia; other
     * countries' numbers in international form. Text that is not an international number is shown as it is.
     */
    public static String display(String stored) {
        if (stored == null || !stored.startsWith("+")) {
            return stored;
        }
        // The customer list shows a number in each row it draws as the owner types: formatted once, not per row.
        String known = SHOWN.get(stored);
        if (known != null) return known;
        PhoneNumber n = parse(stored, MALAYSIA);
        String shown = n == null ? stored
                : n.getCountryCode() == 60 || n.getCountryCode() == 62
                        ? UTIL.format(n, PhoneNumberFormat.NATIONAL)
                        : UTIL.format(n, PhoneNumberFormat.INTERNATIONAL);
        return remember(SHOWN, 4_096, stored, shown);
    }

    private static final java.util.concurrent.ConcurrentHashMap<String, String> SHOWN =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The wa.me / tel: form: the international number's digits without the plus (60123456789). */
    public static String whatsAppDigits(String stored) {
        return digits(stored);
    }

    /**
     * Every digit string the owner might search a stored number by: the international digits (60123456789, as
     * WhatsApp shows them) and the local digits (0123456789).
     */
    static String searchDigits(String stored) {
        if (stored == null) return "";
        String all = digits(stored);
        if (stored.startsWith("+")) {
            PhoneNumber n = parse(stored, MALAYSIA);
            if (n != null) {
                String national = digits(UTIL.format(n, PhoneNumberFormat.NATIONAL));
                if (!national.equals(all)) {
                    return all + " " + national;
                }
            }
        }
        return all;
    }

    public static String digits(String phone) {
        if (phone == null) return "";
        StringBuilder sb = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') sb.append(c);
        }
        return sb.toString();
    }

    /** True when the text is only what a phone number is made of, with at least one digit. */
    public static boolean looksLikePhone(String text) {
        return text.matches("^\\+?[0-9 ()\\-.]*[0-9][0-9 ()\\-.]*$");
    }

    private static PhoneNumber parse(String text, String region) {
        try {
            return UTIL.parse(text, region);
        } catch (NumberParseException e) {
            return null;
        }
    }

    private static String e164(PhoneNumber n) {
        return UTIL.format(n, PhoneNumberFormat.E164);
    }
}
