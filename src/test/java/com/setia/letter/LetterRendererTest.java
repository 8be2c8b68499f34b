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
    void charactersTheFontLacksBecomeQuestionMarksInsteadOfFailing() throws IOException {
        LetterContent c = new LetterContent(Language.EN, LocalDate.of(2026, 3, 2), "Siti", "Sorry 🙏", "Terima kasih 🙏\u0007 ok");
        String text = text(renderer.render(c, shop(), PaperSize.A4).pdf());
        assertThat(text).contains("Terima kasih ? ok");
    }

    @Test
    void logoAndSignatureAreDrawnWhenTheFilesExist() throws IOException {
        Path logo = png(dir.resolve("logo.png"), Color.RED);
        Path signature = png(dir.resolve("sign.png"), Color.BLUE);
        ShopSettings s = shop();
        ShopSettings withImages = new ShopSettings(s.shopName(), s.address(), s.phone(), s.email(), logo.toString(),
                s.ownerName(), s.ownerTitle(), signature.toString());
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
                s.ownerName(), s.ownerTitle(), broken.toString());
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
