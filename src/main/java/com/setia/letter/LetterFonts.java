package com.setia.letter;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The fonts a letter is printed in, shipped in the jar: DejaVu Serif for Latin (Malay, Indonesian, English and
 * most European names), Noto Serif Tamil for Tamil names, Droid Sans Fallback for Chinese names. Each face is read
 * once, on first use; the PDF embeds only the glyphs a letter uses.
 */
enum LetterFonts {
    SERIF("DejaVuSerif.ttf", false),
    SERIF_BOLD("DejaVuSerif-Bold.ttf", false),
    TAMIL("NotoSerifTamil-Regular.ttf", true),
    TAMIL_BOLD("NotoSerifTamil-Bold.ttf", true),
    CJK("DroidSansFallbackFull.ttf", false);

    private static final List<LetterFonts> REGULAR = List.of(SERIF, TAMIL, CJK);
    private static final List<LetterFonts> BOLD = List.of(SERIF_BOLD, TAMIL_BOLD, CJK);

    private final String resource;
    /** Glyphs are shaped (reordered, joined), so the PDF also carries the text itself for copying and search. */
    private final boolean complex;
    private byte[] bytes;
    private Font awt;

    LetterFonts(String resource, boolean complex) {
        this.resource = "fonts/" + resource;
        this.complex = complex;
    }

    /** The faces to try, in order, for a character. */
    static List<LetterFonts> chain(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    boolean complex() {
        return complex;
    }

    synchronized byte[] bytes() {
        if (bytes == null) {
            try (InputStream in = LetterFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing font resource " + resource);
                }
                bytes = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    /** The face for java.awt's text layout (HarfBuzz inside the JDK), at 1000 points: positions in 1/1000 em. */
    synchronized Font awt() {
        if (awt == null) {
            try {
                awt = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(bytes())).deriveFont(1000f);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Cannot read font " + resource, e);
            }
        }
        return awt;
    }

    boolean canDisplay(int codePoint) {
        return awt().canDisplay(codePoint);
    }
}
