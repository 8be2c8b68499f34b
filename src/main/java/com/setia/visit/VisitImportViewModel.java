package com.setia.visit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.Message;
import com.setia.common.Refusal;
import com.setia.common.TaskRunner;
import com.setia.i18n.Language;
import com.setia.transfer.PreviewRow;
import com.setia.transfer.RejectedRowsReport;

/**
 * Importing visits from a till's or a spreadsheet's CSV, in the window: choose the file, look at every row with its
 * problems (the same checks as {@code import-visits}), import the good rows in one transaction with a progress bar
 * and a cancel that leaves nothing, save the rows left out as a CSV to fix. No window here: the view binds to it.
 */
public final class VisitImportViewModel {
    public enum Step { CHOOSE, PREVIEW, IMPORTING, DONE }

    private final VisitService service;
    private final TaskRunner runner;
    private final Executor ui;
    private final Supplier<Language> language;
    private final Function<Message, String> words;
    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.CHOOSE);
    private final ObservableList<CheckedRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty validCount = new SimpleIntegerProperty();
    private final IntegerProperty refusedCount = new SimpleIntegerProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();
    private final AtomicBoolean cancel = new AtomicBoolean();
    private VisitCsv.VisitFile file;
    private VisitImportCheck check;
    private Runnable onImported = () -> { };

    /**
     * @param ui runs progress updates where the view can take them (Platform::runLater; Runnable::run in tests)
     * @param language the owner's language, for reading amounts as they write them
     * @param words translates the problems for the report of rows left out
     */
    public VisitImportViewModel(VisitService service, TaskRunner runner, Executor ui, Supplier<Language> language,
            Function<Message, String> words) {
        this.service = service;
        this.runner = runner;
        this.ui = ui;
        this.language = language;
        this.words = words;
    }

    /** Called after an import stored visits (Today's lists read again). */
    public void setOnImported(Runnable onImported) {
        this.onImported = onImported;
    }

    /** Reads and checks the file; nothing is stored. */
    public void open(Path path) {
        if (busy.get() || step.get() == Step.IMPORTING) return;
        busy.set(true);
        say(null, false);
        Language lang = language.get();
        runner.run(() -> {
            VisitCsv.VisitFile f = VisitCsv.readFile(path);
            return new Opened(f, service.checkImport(f.rows(), lang));
        }, opened -> {
            busy.set(false);
            file = opened.file();
            check = opened.check();
            rows.setAll(check.rows());
            validCount.set(check.valid().size());
            refusedCount.set(check.refused().size());
            step.set(Step.PREVIEW);
            if (check.valid().isEmpty()) say(Message.of("visit.importer.nothingValid"), true);
        }, this::failed);
    }

    private record Opened(VisitCsv.VisitFile file, VisitImportCheck check) {
    }

    /** Stores the valid rows in one transaction, with progress; cancel() leaves nothing of it. */
    public void importValid() {
        if (check == null || busy.get() || check.valid().isEmpty()) return;
        busy.set(true);
        cancel.set(false);
        progress.set(0);
        say(null, false);
        step.set(Step.IMPORTING);
        VisitImportCheck toStore = check;
        ImportProgress tell = new ImportProgress() {
            @Override
            public void progress(long done, long total) {
                ui.execute(() -> progress.set(total == 0 ? 1 : (double) done / total));
            }

            @Override
            public boolean isCancelled() {
                return cancel.get();
            }
        };
        runner.run(() -> service.importVisits(toStore, tell), result -> {
            busy.set(false);
            progress.set(1);
            step.set(Step.DONE);
            say(Message.of("visit.importer.done", result.imported(), result.customers(), result.leftOut()), false);
            onImported.run();
        }, e -> {
            busy.set(false);
            step.set(Step.PREVIEW);
            if (e instanceof CancellationException) say(Message.of("visit.importer.cancelled"), false);
            else failed(e);
        });
    }

    public void cancel() {
        cancel.set(true);
    }

    /** Writes the rows left out, with why, beside the file's own cells, so the owner can fix and import them again. */
    public void saveLeftOut(Path report) {
        if (check == null || check.refused().isEmpty()) return;
        List<PreviewRow<VisitDraft>> out = new ArrayList<>();
        for (CheckedRow r : check.refused()) {
            out.add(new PreviewRow<>(r.row().line(), r.row().raw(), r.draft(), problems(r)));
        }
        VisitCsv.VisitFile f = file;
        runner.run(() -> {
            RejectedRowsReport.write(report, List.of(words.apply(Message.of("visit.importer.report.row")),
                    words.apply(Message.of("visit.importer.report.problem"))), f.headers(), out, words);
            return report;
        }, saved -> say(Message.of("visit.importer.reportSaved", saved.getFileName().toString()), false), this::failed);
    }

    /** A row's problems as messages of the pipeline. */
    public static List<Message> problems(CheckedRow row) {
        return row.problems().stream().map(p -> new Message(p.key(), p.args())).toList();
    }

    /** Back to the start (another file). */
    public void reset() {
        if (busy.get()) return;
        file = null;
        check = null;
        rows.clear();
        validCount.set(0);
        refusedCount.set(0);
        progress.set(0);
        say(null, false);
        step.set(Step.CHOOSE);
    }

    private void failed(Throwable e) {
        busy.set(false);
        if (e instanceof Refusal r && !r.problems().isEmpty()) {
            var first = r.problems().get(0).message();
            say(first, true);
        } else {
            say(Message.of("visit.importer.failed"), true);
        }
    }

    private void say(Message m, boolean error) {
        messageIsError.set(error);
        message.set(m);
    }

    public ObjectProperty<Step> stepProperty() { return step; }
    public ObservableList<CheckedRow> rows() { return rows; }
    public IntegerProperty validCountProperty() { return validCount; }
    public IntegerProperty refusedCountProperty() { return refusedCount; }
    public BooleanProperty busyProperty() { return busy; }
    public DoubleProperty progressProperty() { return progress; }
    public ObjectProperty<Message> messageProperty() { return message; }
    public BooleanProperty messageIsErrorProperty() { return messageIsError; }

    /** The file's name, once read. */
    public String fileName() {
        return file == null ? "" : file.name();
    }
}
