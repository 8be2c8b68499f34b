package com.setia.letter;

import java.util.Locale;

/** The letters a shop sends, each with its own template per language (templates/<kind>_<language>.txt). */
public enum LetterKind {
    /** From the owner, at step 2 of winning a customer back. */
    APOLOGY,
    THANK_YOU,
    /** To a customer who came back after a case. */
    WELCOME_BACK,
    /** A voucher: what it is comes from the offer. */
    VOUCHER,
    /** The notice of a change of price, hours, procedure or policy, sent before it applies. */
    RULE_CHANGE;

    public String messageKey() {
        return "letter.kind." + name();
    }

    String resourceName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
