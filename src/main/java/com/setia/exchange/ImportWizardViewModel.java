package com.setia.exchange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.CancelledException;
import com.setia.common.Message;
import com.setia.common.Progress;
import com.setia.common.Refusal;
import com.setia.common.TaskRunner;
import com.setia.transfer.ColumnMapping;
import com.setia.transfer.ImportPreview;
import com.setia.transfer.PreviewRow;
import com.setia.transfer.TransferException;

/**
 * The customer import wizard's state: choose the file, map its columns (CSV only), look at every row with its
 * problems, import the good rows (progress, cancel), then the report and "undo this import". No window here: the
 * view binds to it and tests drive it directly.
 */
public final class ImportWizardViewModel {
    public enum Step { CHOOSE, MAP, PREVIEW, IMPORTING, DONE }

    private final CustomerImportService service;
    private final TaskRunner runner;
    private final Executor ui;
    private final Function<Message, String> words;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final ObjectProperty<ContactFile> file = new SimpleObjectProperty<>();
    private final ObjectProperty<ColumnMapping<ContactField>> mapping = new SimpleObjectProperty<>();
    private final ObjectProperty<ImportPreview<Contact>> preview = new SimpleObjectProperty<>();
    private final ObservableList<PreviewRow<Contact>> rows = FXCollections.observableArrayList();
    private final BooleanProperty merge = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private Path source;

    /**
     * {@code ui}: runs progress updates where the view can take them (Platform::runLater; Runnable::run in tests);
     * {@code words}: translates problems for the report of rows left out.
     */
    public ImportWizardViewModel(CustomerImportService service, TaskRunner runner, Executor ui, Function<Message, String> words) {
        this.service = service;
        this.runner = runner;
        this.ui = ui;
        this.words = words;
    }

    /** Reads the chosen file; a CSV goes to the mapping step, a vCard straight to the preview. */
    public void open(Path path) {
        if (busy.get()) return;
        busy.set(true);
        say(null, false);
        source = path;
        runner.run(() -> {
            ContactFile f = service.open(path);
            ColumnMapping<ContactField> m = service.mappingFor(f);
            return new Object[] {f, m, service.preview(f, m, Progress.NONE)};
        }, r -> {
            busy.set(false);
            file.set((ContactFile) r[0]);
            @SuppressWarnings("unchecked")
            ColumnMapping<ContactField> m = (ColumnMapping<ContactField>) r[1];
            mapping.set(m);
            @SuppressWarnings("unchecked")
            ImportPreview<Contact> p = (ImportPreview<Contact>) r[2];
            showPreview(p);
            step.set(file.get().kind() == ContactFile.Kind.CSV ? Step.MAP : Step.PREVIEW);
        }, this::failed);
    }

    /** The owner maps {@code field} to {@code column} (-1: not imported); the preview follows. */
    public void map(ContactField field, int column) {
        if (mapping.get() == null) return;
        ColumnMapping<ContactField> m = mapping.get().with(field, column);
        mapping.set(m);
        ContactFile f = file.get();
        runner.run(() -> service.preview(f, m, Progress.NONE), this::showPreview, this::failed);
    }

    public void toPreview() {
        if (preview.get() != null) step.set(Step.PREVIEW);
    }

    public void back() {
        if (step.get() == Step.PREVIEW && file.get() != null && file.get().kind() == ContactFile.Kind.CSV) step.set(Step.MAP);
        else if (step.get() == Step.MAP || step.get() == Step.PREVIEW) step.set(Step.CHOOSE);
    }

    private void showPreview(ImportPreview<Contact> p) {
        preview.set(p);
        rows.setAll(p.rows());
    }

    /** Imports the good rows in one transaction (a safety backup first); the rows left out go to a report beside the file. */
    public void importNow() {
        ImportPreview<Contact> p = preview.get();
        if (p == null || busy.get()) return;
        busy.set(true);
        cancel.set(false);
        progress.set(0);
        step.set(Step.IMPORTING);
        ContactFile f = file.get();
        ColumnMapping<ContactField> m = mapping.get();
        boolean doMerge = merge.get();
        Path reportFile = reportPath();
        Progress tell = new Progress() {
            @Override
            public void update(long done, long total) {
                ui.execute(() -> progress.set(total == 0 ? 1 : (double) done / total));
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        runner.run(() -> service.commit(f, m, p, doMerge, reportFile, words, tell), r -> {
            busy.set(false);
            report.set(r);
            progress.set(1);
            step.set(Step.DONE);
            say(Message.of("exchange.done", r.imported(), r.merged(), r.leftOut()), false);
        }, e -> {
            busy.set(false);
            step.set(Step.PREVIEW);
            if (e instanceof CancelledException) say(Message.of("exchange.cancelled"), false);
            else failed(e);
        });
    }

    private Path reportPath() {
        String name = source.getFileName().toString().replaceAll("\\.[^.]*$", "") + "-left-out.csv";
        Path beside = source.toAbsolutePath().resolveSibling(name);
        return Files.isWritable(beside.getParent()) ? beside : Path.of(System.getProperty("java.io.tmpdir"), name);
    }

    /** Stops the import; nothing of it is kept. */
    public void cancel() {
        cancel.set(true);
    }

    /** Undoes the import just made: the customers it added go again (those used since stay). */
    public void undo() {
        ImportReport r = report.get();
        if (r == null || busy.get()) return;
        busy.set(true);
        runner.run(() -> service.undo(r.batchId()), n -> {
            busy.set(false);
            report.set(null);
            say(Message.of("exchange.undone", n[0], n[1]), false);
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof TransferException t) say(t.problem(), true);
        else if (e instanceof Refusal r) say(r.messages().get(0), true);
        else say(Message.of("exchange.error.failed"), true);
    }

    private void say(Message m, boolean error) {
        messageIsError.set(error);
        message.set(m);
    }

    /** How many rows would be added, would complete an existing customer, would be left out. */
    public int[] counts() {
        ImportPreview<Contact> p = preview.get();
        if (p == null) return new int[] {0, 0, 0};
        int fresh = 0, matches = 0;
        for (PreviewRow<Contact> r : p.rows()) {
            if (!r.ok()) continue;
            if (r.value().matchesExisting()) matches++; else fresh++;
        }
        return new int[] {fresh, matches, p.rows().size() - fresh - matches};
    }

    public List<String> headers() {
        return file.get() == null ? List.of() : file.get().headers();
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step;
    }

    public ReadOnlyObjectProperty<ColumnMapping<ContactField>> mappingProperty() {
        return mapping;
    }

    public ReadOnlyObjectProperty<ImportPreview<Contact>> previewProperty() {
        return preview;
    }

    public ObservableList<PreviewRow<Contact>> rows() {
        return rows;
    }

    public BooleanProperty mergeProperty() {
        return merge;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message;
    }

    public boolean messageIsError() {
        return messageIsError.get();
    }

    public ReadOnlyObjectProperty<ImportReport> reportProperty() {
        return report;
    }

    public ReadOnlyObjectProperty<ContactFile> fileProperty() {
        return file;
    }
}
