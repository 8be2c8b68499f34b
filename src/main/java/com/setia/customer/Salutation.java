package com.setia.customer;

import com.setia.i18n.Language;

/**
 * How a customer is addressed, in each language: a letter to Mrs Siti opens with "Puan Siti" in Malay,
 * "Ibu Siti" in Indonesian and "Mrs Siti" in English.
 */
public enum Salutation {
    NONE("", "", ""),
    MR("Encik", "Bapak", "Mr"),
    MRS("Puan", "Ibu", "Mrs"),
    MS("Cik", "Ibu", "Ms");

    private final String ms;
    private final String id;
    private final String en;

    Salutation(String ms, String id, String en) {
        this.ms = ms;
        this.id = id;
        this.en = en;
    }

    /** The form of address in {@code language}; empty for {@link #NONE}. */
    public String in(Language language) {
        return switch (language) {
            case MS -> ms;
            case ID -> id;
            case EN -> en;
        };
    }

    /** "Puan Siti Aminah", or the bare name when no form of address is set. */
    public String address(Language language, String name) {
        String title = in(language);
        return title.isEmpty() ? name : title + " " + name;
    }

    public String messageKey() {
        return "customer.salutation." + name();
    }
}
