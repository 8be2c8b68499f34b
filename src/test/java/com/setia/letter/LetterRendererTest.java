package com.setia.letter;

import static com.setia.letter.LetterTestData.facts;
import static com.setia.letter.LetterTestData.shop;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.customer.Salutation;
import com.setia.i18n.Language;
import com.setia.shop.ShopSettings;

class LetterRendererTest {
    final LetterRenderer renderer = new LetterRenderer();
    final LetterDrafter drafter = new LetterDrafter();

    @TempDir
    Path dir;

    private LetterContent letter(Language language) {
        return drafter.draft(facts(Salutation.MRS, language), DefaultTemplates.of(language), shop());
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static List<PDFont> fonts(byte[] pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName name : res.getFontNames()) {
                    fonts.add(res.getFont(name));
                }
            }
        }
        return fonts;
    }

    @Test
    void theMalayLetterReadsBackWithNameApologyAndSignatureBlock() throws IOException {
        RenderedLetter r = renderer.render(letter(Language.MS), shop(), PaperSize.A4);
        String text = text(r.pdf());
        assertThat(r.pageCount()).isEqualTo(1);
        assertThat(r.warnings()).isEmpty();
        assertThat(text).contains("Kedai Runcit Setia", "Tel. 03-8736 1234", "2 Mac 2026", "Puan Siti Aminah",
                "Yang dihormati Puan Siti Aminah,", "Aminah binti Yusof", "Pemilik");
        assertThat(text.replaceAll("\\s+", " ")).contains("saya ingin memohon maaf dengan setulus hati");
    }

    @Test
    void indonesianAndEnglishLettersReadBackToo() throws IOException {
        assertThat(text(renderer.render(letter(Language.ID), shop(), PaperSize.A4).pdf()).replaceAll("\\s+", " "))
                .contains("Yth. Ibu Siti Aminah", "Dengan hormat,", "permohonan maaf yang sebesar-besarnya", "Telp. 03-8736 1234");
        assertThat(text(renderer.render(letter(Language.EN), shop(), PaperSize.LETTER).pdf()).replaceAll("\\s+", " "))
                .contains("Dear Mrs Siti Aminah,", "I am writing personally to apologise");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        List<PDFont> fonts = fonts(renderer.render(letter(Language.MS), shop(), PaperSize.A4).pdf());
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f.isEmbedded()).as(f.getName()).isTrue());
    }

    @Test
    void pagesHaveTheChosenPaperSize() throws IOException {
        for (PaperSize paper : PaperSize.values()) {
            try (PDDocument doc = Loader.loadPDF(renderer.render(letter(Language.EN), shop(), paper).pdf())) {
                assertThat(doc.getPage(0).getMediaBox().getWidth()).isEqualTo(paper.width(), org.assertj.core.data.Offset.offset(0.5f));
                assertThat(doc.getPage(0).getMediaBox().getHeight()).isEqualTo(paper.height(), org.assertj.core.data.Offset.offset(0.5f));
            }
        }
    }

    @Test
    void longLettersWrapAndFlowOntoMorePagesWithoutLosingWords() throws IOException {
        StringBuilder body = new StringBuilder("Dear Mrs Siti Aminah,\n\n");
        for (int i = 1; i <= 60; i++) {
            body.append("Paragraph ").append(i).append(" says sorry again in a rather long sentence that must wrap over ")
                    .append("the width of the page more than once, so that wrapping is really exercised here.\n\n");
        }
        body.append("Supercalifragilisticexpialidocious".repeat(8)).append("\n\nYours sincerely,");
        LetterContent c = new LetterContent(Language.EN, LocalDate.of(2026, 3, 2), "Mrs Siti Aminah", "Sorry", body.toString());
        RenderedLetter r = renderer.render(c, shop(), PaperSize.A4);
        assertThat(r.pageCount()).isGreaterThan(2);
        String text = text(r.pdf()).replaceAll("\\s+", " ");
        for (int i = 1; i <= 60; i++) {
            assertThat(text).contains("Paragraph " + i + " says sorry again");
        }
        assertThat(text).contains("Yours sincerely,", "Aminah binti Yusof", "1 / " + r.pageCount());
    }

    @Test
    void charactersNoFontHasAreLeftOutNamedInAWarningAndTheRestPrints() throws IOException {
        LetterContent c = new LetterContent(Language.EN, LocalDate.of(2026, 3, 2), "Siti",
                "Sorry \uD83D\uDE4F", "Terima kasih \uD83D\uDE4F\u0007 ok \u0627\u0644\u0633\u0644\u0627\u0645 \u05E9\u05DC\u05D5\u05DD end");
        RenderedLetter r = renderer.render(c, shop(), PaperSize.A4);
        String text = text(r.pdf()).replaceAll("\\s+", " ");
        assertThat(text).contains("Terima kasih ok", "end").doesNotContain("?");
        assertThat(r.warnings()).hasSize(1);
        RenderWarning w = r.warnings().get(0);
        assertThat(w.messageKey()).isEqualTo(RenderWarning.CHARACTERS_MISSING);
        assertThat(w.path()).contains("U+1F64F", "U+0627", "U+05E9").doesNotContain("U+0007");
    }

    @Test
    void chineseAndTamilNamesPrintAndReadBackFromThePdf() throws IOException {
        String chinese = "\u9648\u7F8E\u73B2 Tan Mei Ling";
        String tamil = "\u0B9A\u0BC1\u0BAA\u0BCD\u0BAA\u0BBF\u0BB0\u0BAE\u0BA3\u0BBF\u0BAF\u0BAE\u0BCD";
        LetterContent c = new LetterContent(Language.MS, LocalDate.of(2026, 3, 2), chinese + "\n" + tamil,
                "Terima kasih", "Yang dihormati " + chinese + ",\n\nTerima kasih, " + tamil + ".\n\nYang ikhlas,");
        RenderedLetter r = renderer.render(c, shop(), PaperSize.A4);
        assertThat(r.warnings()).isEmpty();
        assertThat(text(r.pdf())).contains(chinese, "Yang dihormati " + chinese + ",");
        // Tamil is shaped (vowel signs reordered and joined), so its text rides along as /ActualText.
        assertThat(actualTexts(r.pdf())).contains(tamil);
        assertThat(fonts(r.pdf())).extracting(f -> f.getName().replaceFirst("^[A-Z]{6}\\+", ""))
                .contains("DejaVuSerif", "NotoSerifTamil-Regular", "DroidSansFallback");
    }

    @Test
    void tamilIsShapedNotDrawnLetterByLetter() {
        // "\u0B95\u0BCA" (ko) is written with a vowel sign on each side of the consonant: shaping gives three glyphs
        // in the order e-sign, ka, aa-sign; a renderer without shaping would draw ka and a dotted vowel sign.
        LetterText.Line line = LetterText.shape("\u0B95\u0BCA", false);
        assertThat(line.runs()).hasSize(1);
        LetterText.Run run = line.runs().get(0);
        assertThat(run.font()).isEqualTo(LetterFonts.TAMIL);
        int ka = LetterFonts.TAMIL.awt().createGlyphVector(new java.awt.font.FontRenderContext(null, true, true), "\u0B95")
                .getGlyphCode(0);
        assertThat(run.glyphs()).hasSize(3);
        assertThat(run.glyphs()[1]).isEqualTo(ka);
        assertThat(run.x()[0]).isLessThan(run.x()[1]);
    }

    @Test
    void anEnglishLetterIsSignedWithTheEnglishTitle() throws IOException {
        ShopSettings s = shop();
        ShopSettings titled = new ShopSettings(s.shopName(), s.address(), s.phone(), s.email(), null, s.ownerName(),
                "Pemilik", "Pemilik", "Owner and founder", null);
        String en = text(renderer.render(letter(Language.EN), titled, PaperSize.A4).pdf());
        assertThat(en).contains("Owner and founder").doesNotContain("Pemilik");
        assertThat(text(renderer.render(letter(Language.MS), titled, PaperSize.A4).pdf())).contains("Pemilik")
                .doesNotContain("Owner and founder");
        // Only a Malay title given: the English letter says "Owner", not "Pemilik".
        assertThat(text(renderer.render(letter(Language.EN), shop(), PaperSize.A4).pdf())).contains("Owner")
                .doesNotContain("Pemilik");
    }

    @Test
    void theClosingStaysWithTheSignatureAndLaterPagesCarryNameAndDate() throws IOException {
        for (int paragraphs = 20; paragraphs <= 34; paragraphs++) {
            StringBuilder body = new StringBuilder("Dear Mrs Siti Aminah,\n\n");
            for (int i = 1; i <= paragraphs; i++) {
                body.append("Paragraph ").append(i).append(" is one line.\n\n");
            }
            body.append("Yours sincerely,");
            LetterContent c = new LetterContent(Language.EN, LocalDate.of(2026, 3, 2), "Mrs Siti Aminah\nJalan Tun Razak",
                    "Sorry", body.toString());
            RenderedLetter r = renderer.render(c, shop(), PaperSize.A4);
            try (PDDocument doc = Loader.loadPDF(r.pdf())) {
                PDFTextStripper last = new PDFTextStripper();
                last.setStartPage(doc.getNumberOfPages());
                last.setEndPage(doc.getNumberOfPages());
                String lastPage = last.getText(doc);
                assertThat(lastPage).as("%d paragraphs", paragraphs).contains("Yours sincerely,", "Aminah binti Yusof");
                for (int p = 2; p <= doc.getNumberOfPages(); p++) {
                    PDFTextStripper page = new PDFTextStripper();
                    page.setStartPage(p);
                    page.setEndPage(p);
                    assertThat(page.getText(doc).lines().findFirst().orElse(""))
                            .contains("Mrs Siti Aminah", "2 March 2026");
                }
            }
        }
    }

    @Test
    void noParagraphLeavesASingleLineAloneOnAPage() throws IOException {
        String sentence = "This sentence is long enough that several of them wrap over a good number of lines. ";
        for (int lead = 18; lead <= 26; lead++) {
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < lead; i++) {
                body.append("Short line ").append(i).append(".\n");
            }
            body.append(sentence.repeat(12)).append("\n\nYours sincerely,");
            LetterContent c = new LetterContent(Language.EN, LocalDate.of(2026, 3, 2), "Mrs Siti Aminah", "Sorry",
                    body.toString());
            try (PDDocument doc = Loader.loadPDF(renderer.render(c, shop(), PaperSize.A4).pdf())) {
                if (doc.getNumberOfPages() < 2) {
                    continue;
                }
                PDFTextStripper first = new PDFTextStripper();
                first.setEndPage(1);
                long onFirst = first.getText(doc).lines().filter(l -> l.contains("This sentence") || l.contains("lines.")).count();
                assertThat(onFirst).as("lines of the long paragraph on page 1 with %d short lines", lead)
                        .isNotEqualTo(1);
            }
        }
    }

    @Test
    void anEnvelopeCarriesTheRecipientAndTheShopsAddressOnADlPage() throws IOException {
        RenderedLetter env = renderer.renderEnvelope("Puan \u9648\u7F8E\u73B2\nJalan Tun Razak 12\n50400 Kuala Lumpur", shop());
        assertThat(env.paper()).isEqualTo(PaperSize.ENVELOPE_DL);
        try (PDDocument doc = Loader.loadPDF(env.pdf())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
        assertThat(text(env.pdf())).contains("Kedai Runcit Setia", "43000 Kajang, Selangor", "Puan \u9648\u7F8E\u73B2",
                "50400 Kuala Lumpur");
    }

    static List<String> actualTexts(byte[] pdf) throws IOException {
        List<String> texts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                org.apache.pdfbox.text.PDFMarkedContentExtractor extractor = new org.apache.pdfbox.text.PDFMarkedContentExtractor();
                extractor.processPage(page);
                extractor.getMarkedContents().forEach(m -> {
                    if (m.getActualText() != null) {
                        texts.add(m.getActualText());
                    }
                });
            }
        }
        return texts;
    }

    @Test
    void logoAndSignatureAreDrawnWhenTheFilesExist() throws IOException {
        Path logo = png(dir.resolve("logo.png"), Color.RED);
        Path signature = png(dir.resolve("sign.png"), Color.BLUE);
        ShopSettings s = shop();
        ShopSettings withImages = new ShopSettings(s.shopName(), s.address(), s.phone(), s.email(), logo.toString(),
                s.ownerName(), s.ownerTitleMs(), signature.toString());
        RenderedLetter r = renderer.render(letter(Language.MS), withImages, PaperSize.A4);
        assertThat(r.warnings()).isEmpty();
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            assertThat(doc.getPage(0).getResources().getXObjectNames()).hasSize(2);
        }
    }

    @Test
    void aMissingLogoOrBrokenSignatureIsReportedAndTheLetterStillRenders() throws IOException {
        Path broken = dir.resolve("sign.png");
        java.nio.file.Files.writeString(broken, "not an image");
        ShopSettings s = shop();
        ShopSettings bad = new ShopSettings(s.shopName(), s.address(), s.phone(), s.email(), dir.resolve("gone.png").toString(),
                s.ownerName(), s.ownerTitleMs(), broken.toString());
        RenderedLetter r = renderer.render(letter(Language.MS), bad, PaperSize.A4);
        assertThat(r.warnings()).containsExactly(
                new RenderWarning(RenderWarning.LOGO_MISSING, dir.resolve("gone.png").toString()),
                new RenderWarning(RenderWarning.SIGNATURE_UNREADABLE, broken.toString()));
        assertThat(text(r.pdf())).contains("Puan Siti Aminah", "Aminah binti Yusof");
    }

    @Test
    void rendersWithEmptySettings() throws IOException {
        RenderedLetter r = renderer.render(letter(Language.EN), ShopSettings.EMPTY, PaperSize.A4);
        assertThat(text(r.pdf())).contains("Dear Mrs Siti Aminah,");
    }

    private static Path png(Path file, Color color) throws IOException {
        BufferedImage img = new BufferedImage(200, 80, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 80);
        g.setColor(color);
        g.fillOval(10, 10, 180, 60);
        g.dispose();
        ImageIO.write(img, "png", file.toFile());
        return file;
    }
}
