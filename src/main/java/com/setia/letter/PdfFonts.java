package com.setia.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts Setia's PDFs are written in: DejaVu Serif (shipped in the jar, Latin with Malay and Indonesian accents),
 * embedded as subsets, so a page looks the same on any PC and printer. Letters and the dashboard use these.
 */
public final class PdfFonts {
    private static final byte[] REGULAR = resource("fonts/DejaVuSerif.ttf");
    private static final byte[] BOLD = resource("fonts/DejaVuSerif-Bold.ttf");

    private PdfFonts() {
    }

    public static PDFont regular(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(REGULAR), true);
    }

    public static PDFont bold(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(BOLD), true);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
