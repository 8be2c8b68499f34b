package com.setia.letter;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The letters' fonts ({@link LetterFonts}: DejaVu Serif, shipped in the jar, read once) for other features' PDFs,
 * embedded as subsets: the dashboard's page uses these.
 */
public final class PdfFonts {
    private PdfFonts() {
    }

    public static PDFont regular(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(LetterFonts.SERIF.bytes()), true);
    }

    public static PDFont bold(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, new ByteArrayInputStream(LetterFonts.SERIF_BOLD.bytes()), true);
    }
}
