package com.setia.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the owner's search words become terms to find in each customer's search text. */
final class CustomerSearch {
    static final int MAX_TERMS = 5;

    private CustomerSearch() {
    }

    /**
     * The text stored with a customer: lower-case name and e-mail, and the phone's digits both international
     * (60123456789) and local (0123456789), so either way of typing it finds the customer.
     */
    static String searchText(CustomerDraft d) {
        StringBuilder sb = new StringBuilder(lower(d.name()));
        if (d.email() != null) sb.append(' ').append(lower(d.email()));
        if (d.phone() != null) sb.append(' ').append(PhoneNumbers.searchDigits(d.phone()));
        return sb.length() > 700 ? sb.substring(0, 700) : sb.toString();
    }

    /**
     * One lower-case term per word, each of which must appear; a query that looks like a phone number is one term
     * of its digits, so "012-345 67" finds 0123456789.
     */
    static List<String> terms(String query) {
        List<String> out = new ArrayList<>();
        if (query == null || query.isBlank()) {
            return out;
        }
        String q = query.strip();
        if (PhoneNumbers.looksLikePhone(q)) {
            out.add(PhoneNumbers.digits(q));
            return out;
        }
        for (String word : lower(q).split("\\s+")) {
            if (!word.isEmpty() && out.size() < MAX_TERMS) {
                out.add(word);
            }
        }
        return out;
    }

    private static String lower(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT);
    }
}
