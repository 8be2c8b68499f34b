package com.setia.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.i18n.Language;

/** Saving a letter's PDF does not depend on the system's locale: with LANG unset, Java can name files in ASCII only. */
class LetterFileNameTest {
    static final LocalDate DATE = LocalDate.of(2026, 3, 2);

    @TempDir
    Path dir;

    @Test
    void namesKeepWhatTheSystemCanWriteInAFileName() {
        assertThat(LetterOutput.fileName("\u9648\u7F8E\u73B2 Tan Mei Ling", DATE, StandardCharsets.UTF_8))
                .isEqualTo("\u9648\u7F8E\u73B2 Tan Mei Ling 2026-03-02.pdf");
        assertThat(LetterOutput.fileName("\u9648\u7F8E\u73B2 Tan Mei Ling", DATE, StandardCharsets.US_ASCII))
                .isEqualTo("Tan Mei Ling 2026-03-02.pdf");
        assertThat(LetterOutput.fileName("Ren\u00E9e Nur\u2019Ain", DATE, StandardCharsets.US_ASCII))
                .isEqualTo("Renee Nur Ain 2026-03-02.pdf");
        assertThat(LetterOutput.fileName("\u0B9A\u0BC1\u0BAA\u0BCD\u0BAA\u0BBF\u0BB0\u0BAE\u0BA3\u0BBF", DATE,
                StandardCharsets.US_ASCII)).isEqualTo("letter 2026-03-02.pdf");
        assertThat(LetterOutput.fileName("A/B:C*\u200B", DATE, StandardCharsets.UTF_8)).isEqualTo("A B C 2026-03-02.pdf");
    }

    /** Run in a second JVM with no locale at all, as a shop PC started without LANG runs Setia. */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        String name = "\u9648\u7F8E\u73B2 Tan Mei Ling";
        LetterContent c = new LetterContent(Language.MS, DATE, name, "Terima kasih", "Yang dihormati " + name + ",");
        RenderedLetter r = new LetterRenderer().render(c, LetterTestData.shop(), PaperSize.A4);
        Path written = new LetterFiles().writePdf(r, folder.resolve(LetterOutput.fileName(name, DATE)));
        System.out.println("WROTE " + written.getFileName() + " " + System.getProperty("sun.jnu.encoding"));
    }

    @Test
    void withLangUnsetALetterForAChineseNameIsSavedAndSaysTheName() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
                System.getProperty("java.class.path"), LetterFileNameTest.class.getName(), dir.toString());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE")
                || k.equals("JAVA_TOOL_OPTIONS") || k.equals("JDK_JAVA_OPTIONS"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("WROTE Tan Mei Ling 2026-03-02.pdf");
        Path file = dir.resolve("Tan Mei Ling 2026-03-02.pdf");
        assertThat(file).exists();
        try (var doc = Loader.loadPDF(Files.readAllBytes(file))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("\u9648\u7F8E\u73B2 Tan Mei Ling");
        }
    }
}
