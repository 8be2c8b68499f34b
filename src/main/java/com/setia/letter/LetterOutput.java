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

    /**
     * The letter as it goes out: the PDF kept when it first went out, byte for byte (with that day's letterhead
     * and signature); a letter not sent yet is rendered now.
     */
    public RenderedLetter asSent(StoredLetter letter) {
        return letters.sentPdf(letter).orElseGet(() -> render(letter.content(), letter.paperSize()));
    }

    public Done print(StoredLetter letter, String printerName, int copies) {
        RenderedLetter rendered = asSent(letter);
        printer.print(rendered, printerName, copies, jobName(letter));
        return new Done(letters.markPrinted(letter.id(), rendered), rendered.warnings(), null);
    }

    public Done savePdf(StoredLetter letter, Path target) {
        letters.checkPdfPath(target); // before anything is written
        RenderedLetter rendered = asSent(letter);
        Path written = files.writePdf(rendered, target);
        return new Done(letters.markSavedAsPdf(letter.id(), written, rendered), rendered.warnings(), written);
    }

    /** The envelope for a letter (DL, its recipient block and the shop's address), written to {@code target}. */
    public Done saveEnvelope(StoredLetter letter, Path target) {
        RenderedLetter envelope = renderer.renderEnvelope(letter.recipient(), shop.load());
        Path written = files.writePdf(envelope, target);
        return new Done(letter, envelope.warnings(), written);
    }

    public List<String> printerNames() {
        return printer.printerNames();
    }

    static String jobName(StoredLetter letter) {
        String subject = letter.subject().isBlank() ? "Setia" : letter.subject();
        return subject.length() > 80 ? subject.substring(0, 80) : subject;
    }

    /**
     * A file name for the letter's PDF: "Siti Aminah 2026-03-02.pdf", without characters Windows refuses, and
     * only with characters this system can put in a file name: with no UTF-8 locale (LANG unset) Java cannot name
     * a file "陈美玲 Tan Mei Ling", so it becomes "Tan Mei Ling 2026-03-02.pdf" (the PDF inside still says 陈美玲).
     */
    public static String fileName(String customerName, java.time.LocalDate date) {
        return fileName(customerName, date, fileNameCharset());
    }

    static String fileName(String customerName, java.time.LocalDate date, java.nio.charset.Charset fileNames) {
        String safe = customerName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}\\p{Cf}]", " ");
        java.nio.charset.CharsetEncoder encoder = fileNames.newEncoder();
        if (!encoder.canEncode(safe)) {
            String plain = java.text.Normalizer.normalize(safe, java.text.Normalizer.Form.NFD);
            StringBuilder b = new StringBuilder(plain.length());
            plain.codePoints().forEach(cp -> {
                String c = new String(Character.toChars(cp));
                if (Character.getType(cp) == Character.NON_SPACING_MARK) {
                    return; // é -> e
                }
                b.append(encoder.canEncode(c) ? c : " ");
            });
            safe = b.toString();
        }
        safe = safe.replaceAll("\\s+", " ").strip();
        if (safe.length() > 60) {
            safe = safe.substring(0, 60).strip();
        }
        if (safe.isEmpty()) {
            safe = "letter";
        }
        return safe + " " + date + ".pdf";
    }

    /** The character set Java uses for file names here (sun.jnu.encoding: ANSI_X3.4-1968 when LANG is unset). */
    static java.nio.charset.Charset fileNameCharset() {
        try {
            return java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return java.nio.charset.StandardCharsets.UTF_8;
        }
    }
}
