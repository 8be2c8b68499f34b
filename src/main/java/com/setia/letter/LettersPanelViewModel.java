package com.setia.letter;

import java.nio.file.Path;
import java.util.Objects;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;

/** The "Letters" tab of a customer's page: the letters kept for the customer, to open, print again or save again. */
public final class LettersPanelViewModel {
    private final LetterService letters;
    private final LetterOutput output;
    private final TaskRunner runner;
    private final long customerId;

    private final ObservableList<StoredLetter> items = FXCollections.observableArrayList();
    private final ObservableList<StoredLetter> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<LetterMessage> message = new ReadOnlyObjectWrapper<>(this, "message");

    public LettersPanelViewModel(LetterService letters, LetterOutput output, TaskRunner runner, long customerId) {
        this.letters = Objects.requireNonNull(letters);
        this.output = Objects.requireNonNull(output);
        this.runner = Objects.requireNonNull(runner);
        this.customerId = customerId;
    }

    public void refresh() {
        runner.run(() -> letters.forCustomer(customerId), items::setAll, t -> message.set(LetterMessage.of(t)));
    }

    /** Prints a stored letter again, exactly as it was kept. */
    public void printAgain(StoredLetter letter, String printerName, int copies) {
        busy.set(true);
        runner.run(() -> output.print(letter, printerName, copies), done -> {
            busy.set(false);
            message.set(LetterMessage.success("letter.printed", printerName == null ? "" : printerName));
            warn(done);
            refresh();
        }, this::fail);
    }

    public void savePdf(StoredLetter letter, Path file) {
        busy.set(true);
        runner.run(() -> output.savePdf(letter, file), done -> {
            busy.set(false);
            message.set(LetterMessage.success("letter.pdfSaved", done.file().toString()));
            warn(done);
            refresh();
        }, this::fail);
    }

    public void noPrinter() {
        message.set(LetterMessage.error("letter.error.noPrinter"));
    }

    public void clearMessage() {
        message.set(null);
    }

    private void warn(LetterOutput.Done done) {
        if (!done.warnings().isEmpty()) {
            RenderWarning w = done.warnings().get(0);
            message.set(LetterMessage.warning(w.messageKey(), w.path()));
        }
    }

    private void fail(Throwable t) {
        busy.set(false);
        message.set(LetterMessage.of(t));
    }

    public long customerId() {
        return customerId;
    }

    public ObservableList<StoredLetter> items() { return itemsView; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LetterMessage> messageProperty() { return message.getReadOnlyProperty(); }
}
