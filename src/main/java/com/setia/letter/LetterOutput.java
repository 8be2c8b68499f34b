package com.setia.letter;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import com.setia.shop.ShopService;

/**
 * Renders, prints and saves stored letters: the one path every screen uses. The letter is already stored when it
 * gets here, so a failure (no printer, unwritable folder) loses nothing; success is recorded on the letter.
 * Plain Java, called off the FX thread.
 */
public final class LetterOutput {
    private final LetterService letters;
    private final ShopService shop;
    private final LetterRenderer renderer;
    private final LetterPrinter printer;
    private final LetterFiles files;

    public LetterOutput(LetterService letters, ShopService shop, LetterRenderer renderer, LetterPrinter printer,
            LetterFiles files) {
        this.letters = Objects.requireNonNull(letters);
        this.shop = Objects.requireNonNull(shop);
        this.renderer = Objects.requireNonNull(renderer);
        this.printer = Objects.requireNonNull(printer);
        this.files = Objects.requireNonNull(files);
    }

    /** A letter (stored or not) as it will print, with today's letterhead. */
    public RenderedLetter render(LetterContent content, PaperSize paper) {
        return renderer.render(content, shop.load(), paper);
    }

    /** What happened to a stored letter, and what the owner should know (e.g. the logo was left out). */
    public record Done(StoredLetter letter, List<RenderWarning> warnings, Path file) {
    }

    public Done print(StoredLetter letter, String printerName, int copies) {
        RenderedLetter rendered = render(letter.content(), letter.paperSize());
        printer.print(rendered, printerName, copies, jobName(letter));
        return new Done(letters.markPrinted(letter.id()), rendered.warnings(), null);
    }

    public Done savePdf(StoredLetter letter, Path target) {
        letters.checkPdfPath(target); // before anything is written
        RenderedLetter rendered = render(letter.content(), letter.paperSize());
        Path written = files.writePdf(rendered, target);
        return new Done(letters.markSavedAsPdf(letter.id(), written), rendered.warnings(), written);
    }

    public List<String> printerNames() {
        return printer.printerNames();
    }

    static String jobName(StoredLetter letter) {
        String subject = letter.subject().isBlank() ? "Setia" : letter.subject();
        return subject.length() > 80 ? subject.substring(0, 80) : subject;
    }

    /** A file name for the letter's PDF: "Siti Aminah 2026-03-02.pdf", without characters Windows refuses. */
    public static String fileName(String customerName, java.time.LocalDate date) {
        String safe = customerName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", " ").replaceAll("\\s+", " ").strip();
        if (safe.isEmpty()) {
            safe = "letter";
        }
        if (safe.length() > 60) {
            safe = safe.substring(0, 60).strip();
        }
        return safe + " " + date + ".pdf";
    }
}
