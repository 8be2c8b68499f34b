package com.setia.dashboard;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.setia.letter.PdfFonts;

/**
 * The dashboard on one A4 page, for the owner's own records: the shop and the period, the key figures in words, then
 * the charts as drawn on screen, two to a row, scaled to fit. Fonts are the letters' (embedded DejaVu).
 */
public final class DashboardPdf {
    static final float MARGIN = 36f;

    public byte[] render(DashboardData d, DashboardTexts texts, String shopName, List<BufferedImage> charts) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PdfFonts.regular(doc);
            PDFont bold = PdfFonts.bold(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(texts.title());
            info.setCreator("Setia");
            float width = PDRectangle.A4.getWidth();
            float height = PDRectangle.A4.getHeight();
            float y = height - MARGIN;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                String heading = shopName == null || shopName.isBlank() ? texts.title()
                        : texts.t("dashboard.pdf.heading", texts.title(), shopName.strip());
                y = text(cs, bold, 15, heading, MARGIN, y - 15);
                String sub = texts.t("dashboard.pdf.period", texts.t(d.period().messageKey()),
                        texts.month(d.months().get(0)), texts.month(d.months().get(d.months().size() - 1)), texts.date(d.today()));
                y = text(cs, regular, 9, sub, MARGIN, y - 13);
                y -= 8;
                List<String> lines = DashboardFigures.lines(d, texts);
                int half = (lines.size() + 1) / 2;
                float top = y;
                for (int i = 0; i < lines.size(); i++) {
                    float x = i < half ? MARGIN : width / 2;
                    float ly = top - 12 - (i % half) * 12.5f;
                    text(cs, regular, 8.5f, fit(regular, 8.5f, lines.get(i), width / 2 - MARGIN - 6), x, ly);
                }
                y = top - 12 - half * 12.5f - 6;
                cs.setStrokingColor(0.75f, 0.75f, 0.75f);
                cs.moveTo(MARGIN, y);
                cs.lineTo(width - MARGIN, y);
                cs.stroke();
                y -= 8;

                int n = charts.size();
                if (n > 0) {
                    int rows = (n + 1) / 2;
                    float gap = 8f;
                    float cellW = (width - 2 * MARGIN - gap) / 2;
                    float cellH = (y - MARGIN - (rows - 1) * gap) / rows;
                    for (int i = 0; i < n; i++) {
                        BufferedImage img = charts.get(i);
                        PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                        float scale = Math.min(cellW / img.getWidth(), cellH / img.getHeight());
                        float w = img.getWidth() * scale;
                        float h = img.getHeight() * scale;
                        int row = i / 2;
                        int col = i % 2;
                        float cx = MARGIN + col * (cellW + gap) + (cellW - w) / 2;
                        float cy = y - row * (cellH + gap) - h;
                        cs.drawImage(x, cx, cy, w, h);
                    }
                }
                text(cs, regular, 7, texts.t("dashboard.pdf.footer"), MARGIN, MARGIN / 2);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static float text(PDPageContentStream cs, PDFont font, float size, String text, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(printable(font, text));
        cs.endText();
        return y;
    }

    /** Shortens a line with an ellipsis so it stays in its column. */
    private static String fit(PDFont font, float size, String text, float width) throws IOException {
        String t = printable(font, text);
        if (font.getStringWidth(t) / 1000f * size <= width) return t;
        while (t.length() > 1 && font.getStringWidth(t + "\u2026") / 1000f * size > width) t = t.substring(0, t.length() - 1);
        return t + "\u2026";
    }

    /** Characters the font cannot draw (an emoji in a shop's name) become "?"; line breaks become spaces. */
    private static String printable(PDFont font, String text) {
        StringBuilder b = new StringBuilder();
        text.replace('\n', ' ').replace('\t', ' ').codePoints().forEach(c -> {
            String ch = new String(Character.toChars(c));
            try {
                font.encode(ch);
                b.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                b.append('?');
            }
        });
        return b.toString();
    }
}
