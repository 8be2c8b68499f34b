package com.setia.letter;

import java.util.List;

/** Sends rendered letters to the operating system's printers. */
public interface LetterPrinter {
    /** The names of the printers the system knows, default first; empty when there is none. */
    List<String> printerNames();

    /**
     * Prints the letter on the named printer.
     *
     * @throws LetterProblem {@code letter.error.noPrinter}, {@code letter.error.printerNotFound} or
     *         {@code letter.error.printFailed}, to show to the owner
     */
    void print(RenderedLetter letter, String printerName, int copies, String jobName);
}
