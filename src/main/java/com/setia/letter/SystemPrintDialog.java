package com.setia.letter;

import javafx.print.PrinterJob;
import javafx.stage.Window;

/**
 * The operating system's printer dialog, through JavaFX: the owner picks the printer and the number of copies.
 * Also used by the dashboard's print. The letter itself is then sent by {@link LetterOutput} to that printer, as the PDF the preview showed.
 */
public final class SystemPrintDialog {
    private SystemPrintDialog() {
    }

    public enum Outcome { CHOSEN, CANCELLED, NO_PRINTER }

    public record Choice(Outcome outcome, String printerName, int copies) {
    }

    public static Choice ask(Window owner) {
        PrinterJob job;
        try {
            job = PrinterJob.createPrinterJob();
        } catch (RuntimeException e) {
            job = null;
        }
        if (job == null) {
            return new Choice(Outcome.NO_PRINTER, null, 0);
        }
        try {
            if (!job.showPrintDialog(owner)) {
                return new Choice(Outcome.CANCELLED, null, 0);
            }
            return new Choice(Outcome.CHOSEN, job.getPrinter().getName(), Math.max(1, job.getJobSettings().getCopies()));
        } finally {
            job.cancelJob(); // this job only asked; nothing was sent through it
        }
    }
}
