package com.setia.letter;

import java.util.List;
import java.util.Optional;

import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import com.setia.i18n.I18n;
import com.setia.ui.Theme;

/**
 * Setia's own print dialog: which printer, how many copies. It offers only what is honoured: the letter is sent as
 * the PDF the preview showed, on the letter's own paper (chosen in the letter), so there is no "print to file"
 * (that is "Save PDF") and no page setup that would be ignored, as the system dialog's were.
 */
public final class SystemPrintDialog {
    static final int MAX_COPIES = 20;

    private SystemPrintDialog() {
    }

    public enum Outcome { CHOSEN, CANCELLED, NO_PRINTER }

    public record Choice(Outcome outcome, String printerName, int copies) {
    }

    /** {@code printers}: the system's printers, default first (see {@link LetterPrinter#printerNames()}). */
    public static Choice ask(Window owner, I18n i18n, List<String> printers, PaperSize paper) {
        if (printers.isEmpty()) {
            return new Choice(Outcome.NO_PRINTER, null, 0);
        }
        ComboBox<String> printer = new ComboBox<>();
        printer.setId("print-printer");
        printer.getItems().setAll(printers);
        printer.getSelectionModel().selectFirst();
        printer.setMaxWidth(Double.MAX_VALUE);
        Spinner<Integer> copies = new Spinner<>(1, MAX_COPIES, 1);
        copies.setId("print-copies");
        copies.setEditable(true);
        Label paperNote = new Label(i18n.t("letter.printDialog.paper", i18n.t(paper.messageKey())));
        paperNote.setWrapText(true);
        paperNote.getStyleClass().add("text-muted");

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        grid.setPadding(new Insets(16, 20, 8, 20));
        grid.addRow(0, new Label(i18n.t("letter.printDialog.printer")), printer);
        grid.addRow(1, new Label(i18n.t("letter.printDialog.copies")), copies);
        grid.add(paperNote, 0, 2, 2, 1);

        ButtonType print = new ButtonType(i18n.t("letter.print"), ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("common.cancel"), ButtonData.CANCEL_CLOSE);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(i18n.t("letter.printDialog.title"));
        dialog.setHeaderText(i18n.t("letter.printDialog.title"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(print, cancel);
        dialog.getDialogPane().setId("print-dialog");
        if (owner != null) {
            dialog.initOwner(owner);
        }
        Theme.decorate(dialog);
        Optional<ButtonType> answer = dialog.showAndWait();
        if (answer.isEmpty() || answer.get() != print || printer.getValue() == null) {
            return new Choice(Outcome.CANCELLED, null, 0);
        }
        copies.increment(0); // commits a typed number
        return new Choice(Outcome.CHOSEN, printer.getValue(), Math.max(1, Math.min(MAX_COPIES, copies.getValue())));
    }
}
