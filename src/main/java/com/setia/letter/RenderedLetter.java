package com.setia.letter;

import java.util.List;

/** A letter as a PDF, with what the owner should know about it (e.g. the logo file was not found). */
public record RenderedLetter(byte[] pdf, int pageCount, PaperSize paper, List<RenderWarning> warnings) {
    public RenderedLetter {
        pdf = pdf.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public byte[] pdf() {
        return pdf.clone();
    }
}
