package com.setia.letter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    private final FileOpener opener;
    private final long customerId;

    private final ObservableList<StoredLetter> items = FXCollections.observableArrayList();
    private final ObservableList<StoredLetter> itemsView = FXCollections.unmodifiableObservableList(items);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyObjectWrapper<LetterMessage> message = new ReadOnlyObjectWrapper<>(this, "message");

    public LettersPanelViewModel(LetterService letters, LetterOutput output, TaskRunner runner, FileOpener opener,
            long customerId) {
        this.letters = Objects.requireNonNull(letters);
        this.output = Objects.requireNonNull(output);
        this.runner = Objects.requireNonNull(runner);
        this.opener = Objects.requireNonNull(opener);
        this.customerId = customerId;
    }

    private com.setia.customer.CustomerService customers;

    /** Where the customer is read again before a letter is written (the owner may have just changed the name). */
    public void setCustomers(com.setia.customer.CustomerService customers) {
        this.customers = customers;
    }

    /** The customer as stored now ({@code fallback} when it cannot be read), handed to {@code then} on the FX thread. */
    public void withCurrentCustomer(com.setia.customer.Customer fallback, java.util.function.Consumer<com.setia.customer.Customer> then) {
        if (customers == null) {
            then.accept(fallback);
            return;
        }
        runner.run(() -> customers.find(customerId).orElse(fallback), then::accept, t -> then.accept(fallback));
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

    /**
     * Opens the letter's PDF: the file it was saved as, if it is still there, else the PDF kept when it went out
     * (or, never sent, as it would print now) written to a temporary file.
     */
    public void openPdf(StoredLetter letter) {
        busy.set(true);
        runner.run(() -> {
            Path saved = savedFile(letter);
            if (saved != null && Files.isRegularFile(saved)) {
                opener.open(saved);
                return saved;
            }
            try {
                Path temp = Files.createTempFile("setia-letter-" + letter.id() + "-", ".pdf");
                Files.write(temp, output.asSent(letter).pdf());
                temp.toFile().deleteOnExit();
                opener.open(temp);
                return temp;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, opened -> busy.set(false), this::fail);
    }

    /** Opens the folder the letter's PDF was saved in. */
    public void openFolder(StoredLetter letter) {
        Path saved = savedFile(letter);
        Path folder = saved == null ? null : saved.getParent();
        if (folder == null) {
            message.set(LetterMessage.error("letter.error.folderGone", letter.pdfPath() == null ? "" : letter.pdfPath()));
            return;
        }
        busy.set(true);
        runner.run(() -> {
            if (!Files.isDirectory(folder)) {
                throw new LetterProblem("letter.error.folderGone", folder.toString());
            }
            opener.open(folder);
            return folder;
        }, opened -> busy.set(false), this::fail);
    }

    private static Path savedFile(StoredLetter letter) {
        if (letter.pdfPath() == null) {
            return null;
        }
        try {
            return Path.of(letter.pdfPath());
        } catch (RuntimeException e) {
            return null; // a name this system cannot use (another PC's path, another locale)
        }
    }

    /** The system's printers, default first. */
    public List<String> printerNames() {
        return output.printerNames();
    }

    /** The file name the owner chose cannot be used on this system (its characters, its length). */
    public void refusePath(String name) {
        message.set(LetterMessage.error("letter.error.pathNotUsable", name));
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
