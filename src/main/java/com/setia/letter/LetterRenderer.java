package com.setia.letter;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import com.setia.i18n.Language;
import com.setia.shop.ShopSettings;

/**
 * The one renderer of letters: letterhead (logo, shop name, address, phone), date, recipient, subject, the body
 * wrapped to the page, then the owner's signature, name and title. The same PDF is previewed, printed and saved,
 * so what the owner sees is what prints.
 *
 * <p>Text is set by {@link LetterText}: fonts shipped in the jar (DejaVu Serif; Noto Serif Tamil; Droid Sans
 * Fallback for Chinese), shaped by java.awt (PDFBox does not shape), drawn as glyph ids and embedded as subsets.
 * Shaped runs (Tamil) also carry their text as /ActualText, so copying and searching the PDF give the name back.
 * Characters no font has are left out and named in a warning. A closing paragraph is never split from the
 * signature, no paragraph leaves a single line alone on a page, and pages after the first carry the
 * recipient's name and the date at the top.
 */
public final class LetterRenderer {
    static final float MARGIN_X = 62f;
    static final float MARGIN_TOP = 50f;
    static final float MARGIN_BOTTOM = 64f;
    static final float BODY_SIZE = 10.5f;
    static final float LEADING = 15f;
    private static final float SMALL = 8.5f;
    private static final int MISSING_NAMED = 12;

    public LetterRenderer() {
        // fonts are read on first use (LetterFonts)
    }

    public RenderedLetter render(LetterContent content, ShopSettings shop, PaperSize paper) {
        ShopSettings s = shop.normalised();
        Language lang = content.language();
        List<RenderWarning> warnings = new ArrayList<>();
        Set<Integer> missing = new LinkedHashSet<>();
        try (PDDocument doc = new PDDocument()) {
            PDImageXObject logo = image(doc, s.logoPath(), RenderWarning.LOGO_MISSING, RenderWarning.LOGO_UNREADABLE, warnings);
            PDImageXObject signature = image(doc, s.signaturePath(), RenderWarning.SIGNATURE_MISSING,
                    RenderWarning.SIGNATURE_UNREADABLE, warnings);
            String date = LetterWords.date(content.date(), lang);
            String name = content.recipient().split("\n", 2)[0].strip();
            Pages pages = new Pages(doc, paper, missing, name.isEmpty() ? date : name + "  ·  " + date);
            pages.newPage();
            letterhead(pages, s, logo, lang);
            pages.line(false, BODY_SIZE, date, Align.RIGHT);
            pages.gap(LEADING * 0.6f);
            for (String line : content.recipient().split("\n", -1)) {
                pages.paragraph(false, BODY_SIZE, line, 0);
            }
            pages.gap(LEADING);

            List<String> paragraphs = List.of(content.body().split("\n", -1));
            int closing = paragraphs.size() - 1;
            while (closing >= 0 && paragraphs.get(closing).isBlank()) {
                closing--;
            }
            if (!content.subject().isBlank()) {
                // The subject stays with the first two lines of what follows it.
                float next = paragraphs.isEmpty() ? 0 : Math.min(2, pages.lines(false, BODY_SIZE, paragraphs.get(0)).size()) * LEADING;
                pages.paragraph(true, 11f, content.subject(), next + LEADING * 0.6f);
                pages.gap(LEADING * 0.6f);
            }
            for (int i = 0; i < closing; i++) {
                String line = paragraphs.get(i);
                if (line.isBlank()) {
                    pages.gap(LEADING * 0.7f);
                } else {
                    pages.paragraph(false, BODY_SIZE, line, 0);
                }
            }
            // The closing words ("Yang ikhlas,") and the signature block are kept on one page.
            List<LetterText.Line> closingLines = closing >= 0 ? pages.lines(false, BODY_SIZE, paragraphs.get(closing)) : List.of();
            SignOff signOff = signOff(pages, s, signature, lang);
            pages.ensure(closingLines.size() * LEADING + signOff.height());
            for (LetterText.Line l : closingLines) {
                pages.draw(l, BODY_SIZE, Align.LEFT);
            }
            signOff.draw(pages);
            pages.finish();

            if (!missing.isEmpty()) {
                warnings.add(new RenderWarning(RenderWarning.CHARACTERS_MISSING, LetterText.describe(missing, MISSING_NAMED)));
            }
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

    /**
     * A DL envelope for posting the letter: the shop's name and address small at the top left (where the post
     * office returns it to), the recipient's name and address large, right of centre. Saved or printed like a letter.
     */
    public RenderedLetter renderEnvelope(String recipient, ShopSettings shop) {
        ShopSettings s = shop.normalised();
        Set<Integer> missing = new LinkedHashSet<>();
        PaperSize paper = PaperSize.ENVELOPE_DL;
        try (PDDocument doc = new PDDocument()) {
            Pages pages = new Pages(doc, paper, missing, "");
            pages.newPage();
            float y = paper.height() - 34f;
            List<String> sender = new ArrayList<>();
            if (s.shopName() != null) {
                sender.add(s.shopName());
            }
            if (s.address() != null) {
                sender.addAll(List.of(s.address().split("\n")));
            }
            for (String line : sender) {
                for (LetterText.Line l : pages.lines(false, 8.5f, line, 220f)) {
                    y -= 11f;
                    pages.drawAt(l, 8.5f, 34f, y, 0f);
                }
            }
            float x = paper.width() * 0.45f;
            float width = paper.width() - x - 34f;
            List<LetterText.Line> to = new ArrayList<>();
            String[] lines = recipient.strip().split("\n");
            for (int i = 0; i < lines.length; i++) {
                to.addAll(pages.lines(i == 0, 12f, lines[i], width));
            }
            float ty = paper.height() * 0.55f;
            for (LetterText.Line l : to) {
                ty -= 16f;
                pages.drawAt(l, 12f, x, ty, 0f);
            }
            pages.finish();
            List<RenderWarning> warnings = new ArrayList<>();
            if (!missing.isEmpty()) {
                warnings.add(new RenderWarning(RenderWarning.CHARACTERS_MISSING, LetterText.describe(missing, MISSING_NAMED)));
            }
            doc.getDocumentInformation().setCreator("Setia");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return new RenderedLetter(out.toByteArray(), 1, paper, warnings);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the envelope", e);
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
            for (LetterText.Line line : p.lines(true, 17f, s.shopName(), width)) {
                y -= 19f;
                p.drawAt(line, 17f, textX, y, 0f);
            }
            y -= 4f;
        }
        List<LetterText.Line> small = new ArrayList<>();
        if (s.address() != null) {
            for (String line : s.address().split("\n")) {
                small.addAll(p.lines(false, 9.5f, line, width));
            }
        }
        String contact = contactLine(s, language);
        if (!contact.isEmpty()) {
            small.addAll(p.lines(false, 9.5f, contact, width));
        }
        for (LetterText.Line line : small) {
            y -= 12.5f;
            p.drawAt(line, 9.5f, textX, y, 0f);
        }
        p.y = Math.min(y, top - logoHeight) - 10f;
        p.rule(p.y);
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

    /** The signature picture (or room to sign by hand), the owner's name, title in the letter's language, shop. */
    private record SignOff(PDImageXObject signature, float sigWidth, float sigHeight, List<LetterText.Line> name,
            List<LetterText.Line> rest) {
        float height() {
            return 6f + sigHeight + (name.size() + rest.size()) * LEADING;
        }

        void draw(Pages p) throws IOException {
            p.y -= 6f;
            if (signature != null) {
                p.stream.drawImage(signature, MARGIN_X, p.y - sigHeight, sigWidth, sigHeight);
            }
            p.y -= sigHeight;
            for (LetterText.Line l : name) {
                p.draw(l, BODY_SIZE, Align.LEFT);
            }
            for (LetterText.Line l : rest) {
                p.draw(l, BODY_SIZE, Align.LEFT);
            }
        }
    }

    private static SignOff signOff(Pages p, ShopSettings s, PDImageXObject signature, Language lang) throws IOException {
        float sigWidth = 0;
        float sigHeight = 34f; // room to sign by hand
        if (signature != null) {
            float scale = Math.min(1f, Math.min(170f / signature.getWidth(), 56f / signature.getHeight()));
            sigWidth = signature.getWidth() * scale;
            sigHeight = signature.getHeight() * scale;
        }
        List<LetterText.Line> name = s.ownerName() == null ? List.of() : p.lines(true, BODY_SIZE, s.ownerName());
        List<LetterText.Line> rest = new ArrayList<>();
        String title = s.ownerTitle(lang);
        if (title == null && s.hasOwnerTitle()) {
            title = LetterWords.ownerTitle(lang);
        }
        if (title != null) {
            rest.addAll(p.lines(false, BODY_SIZE, title));
        }
        if (s.shopName() != null) {
            rest.addAll(p.lines(false, BODY_SIZE, s.shopName()));
        }
        return new SignOff(signature, sigWidth, sigHeight, name, rest);
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

    /**
     * The pages being written: the current page's stream (pictures, rules) and the baseline cursor {@code y},
     * moving down. Text is collected per page as glyph-id operators and added to each page as its own content
     * stream when the document is finished, together with the page numbers and the later pages' header.
     */
    private static final class Pages {
        final PDDocument doc;
        final PaperSize paper;
        final Set<Integer> missing;
        final String runningHead;
        final Map<LetterFonts, PDType0Font> fonts = new EnumMap<>(LetterFonts.class);
        final List<PDPage> pageList = new ArrayList<>();
        final List<StringBuilder> text = new ArrayList<>();
        PDPageContentStream stream;
        float y;
        /** Where the current page's text starts: the cursor is still here when nothing was set on the page. */
        float pageTop;

        Pages(PDDocument doc, PaperSize paper, Set<Integer> missing, String runningHead) {
            this.doc = doc;
            this.paper = paper;
            this.missing = missing;
            this.runningHead = runningHead;
        }

        void newPage() throws IOException {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
            doc.addPage(page);
            pageList.add(page);
            text.add(new StringBuilder(8192));
            stream = new PDPageContentStream(doc, page);
            y = paper.height() - MARGIN_TOP;
            if (pageList.size() > 1) {
                // Page 2 onwards: whose letter and of what date, so loose pages find each other.
                for (LetterText.Line l : lines(false, SMALL, runningHead)) {
                    y -= SMALL * 1.4f;
                    drawAt(l, SMALL, MARGIN_X, y, 0.4f);
                }
                y -= 5f;
                rule(y);
                y -= 10f;
            }
            pageTop = y;
        }

        void rule(float at) throws IOException {
            stream.setStrokingColor(0.55f, 0.55f, 0.55f);
            stream.setLineWidth(0.8f);
            stream.moveTo(MARGIN_X, at);
            stream.lineTo(paper.width() - MARGIN_X, at);
            stream.stroke();
            stream.setStrokingColor(0f, 0f, 0f);
        }

        void ensure(float height) throws IOException {
            float room = paper.height() - MARGIN_TOP - MARGIN_BOTTOM - 40f;
            if (y - height < MARGIN_BOTTOM && height <= room) {
                newPage();
            }
        }

        void gap(float height) {
            y -= height;
        }

        /** The lines of a paragraph at the body's width. */
        List<LetterText.Line> lines(boolean bold, float size, String paragraph) {
            return lines(bold, size, paragraph, paper.width() - 2 * MARGIN_X);
        }

        List<LetterText.Line> lines(boolean bold, float size, String paragraph, float width) {
            String cleaned = LetterText.clean(paragraph, bold, missing);
            List<LetterText.Line> out = new ArrayList<>();
            for (String line : LetterText.wrap(cleaned, bold, width * 1000f / size)) {
                out.add(LetterText.shape(line, bold));
            }
            return out;
        }

        /**
         * A paragraph, kept whole when it has three lines or fewer, otherwise split so that neither page has a
         * single line of it. {@code keepWithNext}: room needed below it for what must follow on the same page.
         */
        void paragraph(boolean bold, float size, String paragraph, float keepWithNext) throws IOException {
            List<LetterText.Line> lines = lines(bold, size, paragraph);
            float leading = Math.max(LEADING, size * 1.4f);
            if (lines.isEmpty()) {
                ensure(leading);
                y -= leading;
                return;
            }
            int from = 0;
            while (from < lines.size()) {
                int left = lines.size() - from;
                if (y - left * leading - keepWithNext >= MARGIN_BOTTOM || y >= pageTop) {
                    // It fits with what must follow, or it is longer than a whole page: set it here.
                    for (int i = from; i < lines.size(); i++) {
                        draw(lines.get(i), size, Align.LEFT);
                    }
                    return;
                }
                int fit = (int) Math.floor((y - MARGIN_BOTTOM) / leading);
                int take = left <= 3 || fit < 2 ? 0 : Math.min(fit, left - 2);
                for (int i = from; i < from + take; i++) {
                    draw(lines.get(i), size, Align.LEFT);
                }
                from += take;
                newPage();
            }
        }

        /** One line of text (cut to the width if it is longer). */
        void line(boolean bold, float size, String text, Align align) throws IOException {
            List<LetterText.Line> lines = lines(bold, size, text);
            if (!lines.isEmpty()) {
                draw(lines.get(0), size, align);
            }
        }

        void draw(LetterText.Line line, float size, Align align) throws IOException {
            float leading = Math.max(LEADING, size * 1.4f);
            if (y - leading < MARGIN_BOTTOM) {
                newPage();
            }
            y -= leading;
            float w = line.width() * size / 1000f;
            float x = align == Align.RIGHT ? paper.width() - MARGIN_X - w : MARGIN_X;
            drawAt(line, size, x, y, 0f);
        }

        /** Writes the line's glyphs at (x, baseline) on the current page; {@code gray} 0 is black. */
        void drawAt(LetterText.Line line, float size, float x, float baseline, float gray) throws IOException {
            drawOn(pageList.size() - 1, line, size, x, baseline, gray);
        }

        void drawOn(int pageIndex, LetterText.Line line, float size, float x, float baseline, float gray)
                throws IOException {
            if (line.runs().isEmpty()) {
                return;
            }
            StringBuilder ops = text.get(pageIndex);
            PDPage page = pageList.get(pageIndex);
            float scale = size / 1000f;
            float runX = x;
            for (LetterText.Run run : line.runs()) {
                PDType0Font font = font(run.font());
                run.text().codePoints().forEach(font::addToSubset);
                Set<Integer> used = new java.util.HashSet<>();
                for (int g : run.glyphs()) {
                    if (g > 0 && g < 0xFFFE) {
                        used.add(g);
                    }
                }
                font.addGlyphsToSubset(used);
                COSName name = page.getResources().add(font);
                if (run.font().complex()) {
                    ops.append("/Span <</ActualText <").append(utf16Hex(run.text())).append(">>> BDC\n");
                }
                ops.append("BT\n").append(num(gray)).append(" g\n/").append(name.getName()).append(' ')
                        .append(num(size)).append(" Tf\n");
                int[] glyphs = run.glyphs();
                for (int i = 0; i < glyphs.length; i++) {
                    int g = glyphs[i];
                    if (g <= 0 || g >= 0xFFFE) {
                        continue; // .notdef and the layout engine's invisible glyphs
                    }
                    ops.append("1 0 0 1 ").append(num(runX + run.x()[i] * scale)).append(' ')
                            .append(num(baseline - run.y()[i] * scale)).append(" Tm <")
                            .append(hex(font.encodeGlyphId(g))).append("> Tj\n");
                }
                ops.append("ET\n");
                if (run.font().complex()) {
                    ops.append("EMC\n");
                }
                runX += run.advance() * scale;
            }
        }

        PDType0Font font(LetterFonts face) throws IOException {
            PDType0Font f = fonts.get(face);
            if (f == null) {
                f = PDType0Font.load(doc, new ByteArrayInputStream(face.bytes()), true);
                fonts.put(face, f);
            }
            return f;
        }

        /** Page numbers when there is more than one page, then every page's text as its own content stream. */
        void finish() throws IOException {
            if (stream != null) {
                stream.close();
                stream = null;
            }
            int n = pageList.size();
            if (n > 1) {
                for (int i = 0; i < n; i++) {
                    String label = (i + 1) + " / " + n;
                    LetterText.Line l = LetterText.shape(LetterText.clean(label, false, missing), false);
                    float w = l.width() * SMALL / 1000f;
                    drawOn(i, l, SMALL, (paper.width() - w) / 2f, MARGIN_BOTTOM / 2f, 0f);
                }
            }
            for (int i = 0; i < n; i++) {
                PDPage page = pageList.get(i);
                List<PDStream> streams = new ArrayList<>();
                page.getContentStreams().forEachRemaining(streams::add);
                PDStream textStream = new PDStream(doc);
                try (OutputStream out = textStream.createOutputStream(COSName.FLATE_DECODE)) {
                    out.write(("q\n" + text.get(i) + "Q\n").getBytes(StandardCharsets.US_ASCII));
                }
                streams.add(textStream);
                page.setContents(streams);
            }
            // Glyphs were added by id, not through PDPageContentStream.setFont, so the document does not know these
            // fonts are to be subset: subset (and embed) them here.
            for (PDType0Font f : fonts.values()) {
                f.subset();
            }
        }

        private static String num(float v) {
            return String.format(Locale.ROOT, "%.2f", v);
        }

        private static String hex(byte[] bytes) {
            StringBuilder sb = new StringBuilder(bytes.length * 2);
            for (byte b : bytes) {
                sb.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
            }
            return sb.toString();
        }

        private static String utf16Hex(String s) {
            return "FEFF" + hex(s.getBytes(StandardCharsets.UTF_16BE));
        }
    }
}
