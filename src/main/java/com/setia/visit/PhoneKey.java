package com.setia.visit;

/**
 * A phone number reduced to the digits that name one line, so "+60 12-345 6789", "6012 3456789" and
 * "012-345 6789" match: the country code of Malaysia (60) or Indonesia (62) becomes the local leading 0.
 * (Kept minimal; customer.PhoneNumbers takes over once it reads numbers with libphonenumber.)
 */
final class PhoneKey {
    private PhoneKey() {
    }

    /** The key, or null when there are too few digits to be a phone number. */
    static String of(String phone) {
        if (phone == null) return null;
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') digits.append(c);
        }
        String d = digits.toString();
        if ((d.startsWith("60") || d.startsWith("62")) && d.length() >= 10) d = "0" + d.substring(2);
        return d.length() >= 6 ? d : null;
    }
}
