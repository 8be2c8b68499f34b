package com.setia.letter;

/** The paper a shop's printer is likely to hold, and the envelope; sizes in PDF points (1/72 inch). */
public enum PaperSize {
    A4(595.2756f, 841.8898f),
    LETTER(612f, 792f),
    /** A DL envelope (220 x 110 mm), landscape: the address printed on it, for posting a letter. */
    ENVELOPE_DL(623.622f, 311.811f);

    /** The sizes a letter can be written on (an envelope is printed from a letter, not written on). */
    public static final java.util.List<PaperSize> LETTER_SIZES = java.util.List.of(A4, LETTER);

    private final float width;
    private final float height;

    PaperSize(float width, float height) {
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    public String messageKey() {
        return "letter.paper." + name();
    }
}
