package com.setia.letter;

import static com.setia.letter.LetterTestData.shop;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.i18n.Language;

class LetterOutputTest {
    @TempDir
    Path dir;

    final RenderedLetter letter = new LetterRenderer().render(
            new LetterContent(Language.EN, LocalDate.of(2026, 3, 2), "Mrs Siti Aminah", "Sorry", "Dear Mrs Siti Aminah,"),
            shop(), PaperSize.A4);

    @Test
    void writesThePdfAndReplacesAnOldOne() throws Exception {
        Path target = dir.resolve("letter.pdf");
        Files.writeString(target, "old");
        Path written = new LetterFiles().writePdf(letter, target);
        assertThat(written).isEqualTo(target.toAbsolutePath());
        assertThat(Files.readAllBytes(target)).isEqualTo(letter.pdf());
        assertThat(LetterRendererTest.text(Files.readAllBytes(target))).contains("Dear Mrs Siti Aminah,");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void anUnwritablePlaceIsAClearProblemAndLeavesNothingBehind() throws Exception {
        Path notAFolder = dir.resolve("file.txt");
        Files.writeString(notAFolder, "x");
        Path target = notAFolder.resolve("letter.pdf");
        assertThatThrownBy(() -> new LetterFiles().writePdf(letter, target))
                .isInstanceOfSatisfying(LetterProblem.class, p -> {
                    assertThat(p.messageKey()).isEqualTo("letter.error.pdfNotWritable");
                    assertThat(p.args()).containsExactly(target.toAbsolutePath().toString());
                });
        assertThatThrownBy(() -> new LetterFiles().writePdf(letter, dir.resolve("missing/letter.pdf")))
                .isInstanceOf(LetterProblem.class);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(notAFolder);
        }
    }

    @Test
    void printingToAPrinterThatDoesNotExistIsAClearProblem() {
        assertThatThrownBy(() -> new SystemLetterPrinter().print(letter, "No such printer 42", 1, "test"))
                .isInstanceOfSatisfying(LetterProblem.class, p -> assertThat(p.messageKey())
                        .isIn("letter.error.noPrinter", "letter.error.printerNotFound"));
    }
}
