package com.setia.letter;

/** The two paper sizes a shop's printer is likely to hold; sizes in PDF points (1/72 inch). */
public enum PaperSize {
    A4(595.2756f, 841.8898f),
    LETTER(612f, 792f);

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
