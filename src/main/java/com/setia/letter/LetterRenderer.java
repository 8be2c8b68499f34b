package com.setia.letter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.setia.i18n.Language;
import com.setia.shop.ShopSettings;

/**
 * The one renderer of letters: letterhead (logo, shop name, address, phone), date, recipient, subject, the body
 * wrapped to the page, then the owner's signature, name and title. The same PDF is previewed, printed and saved,
 * so what the owner sees is what prints. Fonts (DejaVu Serif, shipped in the jar) are embedded as subsets.
 */
public final class LetterRenderer {

    static final float MARGIN_X = 62f;
    static final float MARGIN_TOP = 50f;
    static final float MARGIN_BOTTOM = 64f;
    static final float BODY_SIZE = 10.5f;
    static final float LEADING = 15f;

    public LetterRenderer() {
    }

    public RenderedLetter render(LetterContent content, ShopSettings shop, PaperSize paper) {
        ShopSettings s = shop.normalised();
        List<RenderWarning> warnings = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = PdfFonts.regular(doc);
            PDFont bold = PdfFonts.bold(doc);
            PDImageXObject logo = image(doc, s.logoPath(), RenderWarning.LOGO_MISSING, RenderWarning.LOGO_UNREADABLE, warnings);
            PDImageXObject signature = image(doc, s.signaturePath(), RenderWarning.SIGNATURE_MISSING,
                    RenderWarning.SIGNATURE_UNREADABLE, warnings);

            Pages pages = new Pages(doc, paper, regular, bold);
            pages.newPage();
            letterhead(pages, s, logo, content.language());
            pages.line(regular, BODY_SIZE, LetterWords.date(content.date(), content.language()), Align.RIGHT);
            pages.gap(LEADING * 0.6f);
            for (String line : content.recipient().split("\n", -1)) {
                pages.paragraph(regular, BODY_SIZE, line);
            }
            pages.gap(LEADING);
            if (!content.subject().isBlank()) {
                pages.paragraph(bold, 11f, content.subject());
                pages.gap(LEADING * 0.6f);
            }
            for (String line : content.body().split("\n", -1)) {
                if (line.isBlank()) {
                    pages.gap(LEADING * 0.7f);
                } else {
                    pages.paragraph(regular, BODY_SIZE, line);
                }
            }
            signatureBlock(pages, s, signature);
            pages.close();
            pageNumbers(doc, regular, paper);

            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(content.subject());
            info.setAuthor(s.ownerName());
            info.setCreator("Setia");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new RenderedLetter(out.toByteArray(), doc.getNumberOfPages(), paper, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the letter", e);
        }
    }

    private static void letterhead(Pages p, ShopSettings s, PDImageXObject logo, Language language) throws IOException {
        if (s.shopName() == null && logo == null && s.address() == null) {
            return;
        }
        float top = p.y;
        float textX = MARGIN_X;
        float logoHeight = 0;
        if (logo != null) {
            float scale = Math.min(1f, Math.min(110f / logo.getWidth(), 72f / logo.getHeight()));
            float w = logo.getWidth() * scale;
            logoHeight = logo.getHeight() * scale;
            p.stream.drawImage(logo, MARGIN_X, top - logoHeight, w, logoHeight);
            textX = MARGIN_X + w + 16f;
        }
        float width = p.paper.width() - MARGIN_X - textX;
        float y = top;
        if (s.shopName() != null) {
            for (String line : p.wrap(p.bold, 17f, s.shopName(), width)) {
                y -= 19f;
                p.text(p.bold, 17f, line, textX, y);
            }
            y -= 4f;
        }
        List<String> small = new ArrayList<>();
        if (s.address() != null) {
            for (String line : s.address().split("\n")) {
                small.addAll(p.wrap(p.regular, 9.5f, line, width));
            }
        }
        String contact = contactLine(s, language);
        if (!contact.isEmpty()) {
            small.addAll(p.wrap(p.regular, 9.5f, contact, width));
        }
        for (String line : small) {
            y -= 12.5f;
            p.text(p.regular, 9.5f, line, textX, y);
        }
        p.y = Math.min(y, top - logoHeight) - 10f;
        p.stream.setStrokingColor(0.55f, 0.55f, 0.55f);
        p.stream.setLineWidth(0.8f);
        p.stream.moveTo(MARGIN_X, p.y);
        p.stream.lineTo(p.paper.width() - MARGIN_X, p.y);
        p.stream.stroke();
        p.stream.setStrokingColor(0f, 0f, 0f);
        p.y -= 14f;
    }

    private static String contactLine(ShopSettings s, Language language) {
        List<String> parts = new ArrayList<>();
        if (s.phone() != null) {
            parts.add((language == Language.ID ? "Telp. " : "Tel. ") + s.phone());
        }
        if (s.email() != null) {
            parts.add(s.email());
        }
        return String.join("  ·  ", parts);
    }

    private static void signatureBlock(Pages p, ShopSettings s, PDImageXObject signature) throws IOException {
        float sigHeight = 0;
        float sigWidth = 0;
        if (signature != null) {
            float scale = Math.min(1f, Math.min(170f / signature.getWidth(), 56f / signature.getHeight()));
            sigWidth = signature.getWidth() * scale;
            sigHeight = signature.getHeight() * scale;
        } else {
            sigHeight = 34f; // room to sign by hand
        }
        int lines = (s.ownerName() == null ? 0 : 1) + (s.ownerTitle() == null ? 0 : 1) + (s.shopName() == null ? 0 : 1);
        p.ensure(8f + sigHeight + lines * LEADING);
        p.y -= 6f;
        if (signature != null) {
            p.stream.drawImage(signature, MARGIN_X, p.y - sigHeight, sigWidth, sigHeight);
        }
        p.y -= sigHeight;
        if (s.ownerName() != null) {
            p.paragraph(p.bold, BODY_SIZE, s.ownerName());
        }
        if (s.ownerTitle() != null) {
            p.paragraph(p.regular, BODY_SIZE, s.ownerTitle());
        }
        if (s.shopName() != null) {
            p.paragraph(p.regular, BODY_SIZE, s.shopName());
        }
    }

    private static void pageNumbers(PDDocument doc, PDFont font, PaperSize paper) throws IOException {
        int n = doc.getNumberOfPages();
        if (n < 2) {
            return;
        }
        for (int i = 0; i < n; i++) {
            try (PDPageContentStream cs = new PDPageContentStream(doc, doc.getPage(i), AppendMode.APPEND, true, true)) {
                String label = (i + 1) + " / " + n;
                float w = font.getStringWidth(label) / 1000f * 8.5f;
                cs.beginText();
                cs.setFont(font, 8.5f);
                cs.newLineAtOffset((paper.width() - w) / 2f, MARGIN_BOTTOM / 2f);
                cs.showText(label);
                cs.endText();
            }
        }
    }

    private static PDImageXObject image(PDDocument doc, String path, String missingKey, String unreadableKey,
            List<RenderWarning> warnings) {
        if (path == null) {
            return null;
        }
        Path file;
        try {
            file = Path.of(path);
        } catch (RuntimeException e) { // not a path on this system, e.g. settings copied from another PC
            warnings.add(new RenderWarning(missingKey, path));
            return null;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            warnings.add(new RenderWarning(missingKey, path));
            return null;
        }
        try {
            return PDImageXObject.createFromFileByContent(file.toFile(), doc);
        } catch (IOException | RuntimeException e) {
            warnings.add(new RenderWarning(unreadableKey, path));
            return null;
        }
    }

    private enum Align { LEFT, RIGHT }

    /** The pages being written: the current page's stream and the baseline cursor {@code y}, moving down. */
    private static final class Pages {
        final PDDocument doc;
        final PaperSize paper;
        final PDFont regular;
        final PDFont bold;
        final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
        PDPageContentStream stream;
        float y;

        Pages(PDDocument doc, PaperSize paper, PDFont regular, PDFont bold) {
            this.doc = doc;
            this.paper = paper;
            this.regular = regular;
            this.bold = bold;
        }

        void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            y = paper.height() - MARGIN_TOP;
        }

        void ensure(float height) throws IOException {
            if (y - height < MARGIN_BOTTOM) {
                newPage();
            }
        }

        void gap(float height) {
            y -= height;
        }

        void paragraph(PDFont font, float size, String text) throws IOException {
            List<String> lines = wrap(font, size, text, paper.width() - 2 * MARGIN_X);
            if (lines.isEmpty()) {
                lines = List.of("");
            }
            for (String line : lines) {
                line(font, size, line, Align.LEFT);
            }
        }

        void line(PDFont font, float size, String text, Align align) throws IOException {
            float leading = Math.max(LEADING, size * 1.4f);
            ensure(leading);
            y -= leading;
            String safe = printable(font, text);
            float x = align == Align.RIGHT ? paper.width() - MARGIN_X - width(font, size, safe) : MARGIN_X;
            text(font, size, safe, x, y);
        }

        void text(PDFont font, float size, String text, float x, float baseline) throws IOException {
            String safe = printable(font, text);
            if (safe.isEmpty()) {
                return;
            }
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, baseline);
            stream.showText(safe);
            stream.endText();
        }

        /** Breaks a paragraph into lines no wider than {@code width}; a word longer than a line is cut. */
        List<String> wrap(PDFont font, float size, String paragraph, float width) throws IOException {
            String text = printable(font, paragraph.replace("\t", "    ").stripTrailing());
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : text.split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (width(font, size, candidate) <= width) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (width(font, size, rest) > width) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && width(font, size, rest.substring(0, cut)) > width) {
                        cut--;
                    }
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            if (line.length() > 0) {
                lines.add(line.toString());
            }
            return lines;
        }

        float width(PDFont font, float size, String text) throws IOException {
            return font.getStringWidth(text) / 1000f * size;
        }

        /** The text with every character the font cannot draw (an emoji, a control character) replaced by "?". */
        String printable(PDFont font, String text) {
            Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                boolean ok = known.computeIfAbsent(cp, c -> {
                    if (Character.isISOControl(c)) {
                        return false;
                    }
                    try {
                        font.encode(new String(Character.toChars(c)));
                        return true;
                    } catch (IOException | IllegalArgumentException e) {
                        return false;
                    }
                });
                if (ok) {
                    out.appendCodePoint(cp);
                } else if (!Character.isISOControl(cp)) {
                    out.append('?');
                }
            });
            return out.toString();
        }

        void close() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
        }
    }
}
