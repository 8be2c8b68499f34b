package com.setia.letter;

/** Something left out of a rendered letter, and why: a bundle key and what it is about (a file, characters). */
public record RenderWarning(String messageKey, String path) {
    public static final String LOGO_MISSING = "letter.warning.logoMissing";
    public static final String LOGO_UNREADABLE = "letter.warning.logoUnreadable";
    public static final String SIGNATURE_MISSING = "letter.warning.signatureMissing";
    public static final String SIGNATURE_UNREADABLE = "letter.warning.signatureUnreadable";
    /** Characters no bundled font has (emoji, Arabic and Jawi, Hebrew...): left out, the rest printed. */
    public static final String CHARACTERS_MISSING = "letter.warning.charactersMissing";
}
