package com.setia.letter;

/** The placeholders a template may use, written as {@code {name}} in its text. */
public enum Placeholder {
    /** "Puan Siti Aminah" / "Ibu Siti Aminah" / "Mrs Siti Aminah"; with no form of address, a polite general one. */
    SALUTATION_NAME,
    /** How to say "you" politely: "Puan", "Ibu", "you"; with no form of address "Tuan/Puan", "Bapak/Ibu". */
    YOU,
    CUSTOMER_NAME,
    SHOP_NAME,
    SHOP_ADDRESS,
    SHOP_PHONE,
    OWNER_NAME,
    OWNER_TITLE,
    DATE,
    WHAT_WENT_WRONG,
    OFFER;

    /** The text as written in a template, e.g. {@code {shop_name}}. */
    public String token() {
        return "{" + name().toLowerCase(java.util.Locale.ROOT) + "}";
    }
}
