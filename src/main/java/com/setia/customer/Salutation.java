package com.setia.customer;

import java.util.Objects;

import com.setia.i18n.Language;

/**
 * How a customer is addressed, as stored in the {@code salutation} table (migration V17): a code and the word a
 * letter prints in each language. A letter to Mrs Siti opens with "Puan Siti" in Malay, "Ibu Siti" in Indonesian and
 * "Mrs Siti" in English. The four constants are rows the store always has, for code that needs one by name.
 */
public record Salutation(String code, String ms, String id, String en) {
    public static final Salutation NONE = new Salutation("NONE", "", "", "");
    public static final Salutation MR = new Salutation("MR", "Encik", "Bapak", "Mr");
    public static final Salutation MRS = new Salutation("MRS", "Puan", "Ibu", "Mrs");
    public static final Salutation MS = new Salutation("MS", "Cik", "Nona", "Ms");

    public Salutation {
        Objects.requireNonNull(code, "code");
        ms = ms == null ? "" : ms;
        id = id == null ? "" : id;
        en = en == null ? "" : en;
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

    /** No form of address chosen: the letter uses its polite general form. */
    public boolean isNone() {
        return NONE.code.equals(code);
    }
}
