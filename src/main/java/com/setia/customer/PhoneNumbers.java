package com.setia.customer;

/** Phone numbers are compared by their digits alone: 012-345 6789 and 0123456789 are one number. */
final class PhoneNumbers {
    private PhoneNumbers() {
    }

    static String digits(String phone) {
        if (phone == null) return "";
        StringBuilder sb = new StringBuilder(phone.length());
        for (int i = 0; i < phone.length(); i++) {
            char c = phone.charAt(i);
            if (c >= '0' && c <= '9') sb.append(c);
        }
        return sb.toString();
    }

    /** True when the text is only what a phone number is made of, with at least one digit. */
    static boolean looksLikePhone(String text) {
        return text.matches("^\\+?[0-9 ()\\-.]*[0-9][0-9 ()\\-.]*$");
    }
}
