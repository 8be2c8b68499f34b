package com.setia.winback;

import java.time.Clock;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.Message;
import com.setia.common.MoneyStyle;
import com.setia.common.TaskRunner;

/** The win-back board: open cases with their step progress, the chosen case, and the act-fast thresholds. */
public final class CasesViewModel {
    private final WinbackService service;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<WinbackCase> openCases = FXCollections.observableArrayList();
    private final ObjectProperty<WinbackCase> selected = new SimpleObjectProperty<>();
    private final CaseViewModel caseVm;
    private final ObjectProperty<ActFastThresholds> thresholds = new SimpleObjectProperty<>(ActFastThresholds.DEFAULT);
    private final ObjectProperty<Integer> amberHours = new SimpleObjectProperty<>(ActFastThresholds.DEFAULT.amberHours());
    private final ObjectProperty<Integer> redHours = new SimpleObjectProperty<>(ActFastThresholds.DEFAULT.redHours());
    private final ObservableList<Message> thresholdErrors = FXCollections.observableArrayList();
    private final StringProperty thresholdMessageKey = new SimpleStringProperty();
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
    private final StringProperty errorKey = new SimpleStringProperty();
    private final ObservableList<WinbackCase> closedCases = FXCollections.observableArrayList();
    private final ObjectProperty<WinbackCase> selectedClosed = new SimpleObjectProperty<>();
    private final CaseViewModel closedCaseVm;

    /** How many closed cases the history shows, the latest first. */
    static final int CLOSED_SHOWN = 500;

    public CasesViewModel(WinbackService service, TaskRunner runner, Clock clock) {
        this(service, runner, clock, () -> WinbackModule.DEFAULT_MONEY);
    }

    public CasesViewModel(WinbackService service, TaskRunner runner, Clock clock, Supplier<MoneyStyle> money) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        this.caseVm = new CaseViewModel(service, runner, clock, money);
        this.caseVm.setOnChange(this::reloadList);
        this.closedCaseVm = new CaseViewModel(service, runner, clock, money);
    }

    /** Reads the lists, the thresholds and the case on screen again (it may have moved on elsewhere). */
    public void load() {
        thresholdMessageKey.set(null);
        reloadList();
        runner.run(service::thresholds, this::showThresholds, e -> errorKey.set("winback.error.loadFailed"));
        caseVm.reload();
    }

    private void reloadList() {
        runner.run(() -> new Lists(service.openCases(), service.closedCases(CLOSED_SHOWN)), lists -> {
            errorKey.set(null);
            openCases.setAll(lists.open());
            closedCases.setAll(lists.closed());
        }, e -> errorKey.set("winback.error.loadFailed"));
    }

    private record Lists(java.util.List<WinbackCase> open, java.util.List<WinbackCase> closed) {
    }

    /** Shows a closed case from the history, read-only (a closed case has no forms). */
    public void selectClosed(WinbackCase c) {
        if (c != null && selectedClosed.get() != null && selectedClosed.get().id() == c.id()) return;
        selectedClosed.set(c);
        if (c == null) closedCaseVm.clear();
        else closedCaseVm.load(c.id());
    }

    private void showThresholds(ActFastThresholds t) {
        thresholds.set(t);
        amberHours.set(t.amberHours());
        redHours.set(t.redHours());
    }

    public void select(WinbackCase c) {
        if (c != null && selected.get() != null && selected.get().id() == c.id()) return;
        selected.set(c);
        if (c == null) caseVm.clear();
        else caseVm.load(c.id());
    }

    public void saveThresholds() {
        thresholdErrors.clear();
        thresholdMessageKey.set(null);
        if (amberHours.get() == null || redHours.get() == null) {
            thresholdErrors.add(Message.of("winback.error.thresholdTooSmall", 1));
            return;
        }
        if (busy.get()) return;
        ActFastThresholds wanted = new ActFastThresholds(amberHours.get(), redHours.get());
        busy.set(true);
        runner.run(() -> service.saveThresholds(wanted), saved -> {
            busy.set(false);
            showThresholds(saved);
            thresholdMessageKey.set("winback.settings.saved");
            caseVm.thresholdsProperty().set(saved);
            caseVm.tick();
        }, e -> {
            busy.set(false);
            thresholdErrors.setAll(CaseViewModel.messages(e));
        });
    }

    /** The level of an open case's clock right now, for the list. */
    public ActFastLevel levelOf(WinbackCase c) {
        return c.firstActionAt() != null ? ActFastLevel.CALM : thresholds.get().level(c.actFastElapsed(clock.instant()));
    }

    public ObservableList<WinbackCase> openCases() { return openCases; }
    /** Closed cases, the latest closed first (at most {@link #CLOSED_SHOWN}). */
    public ObservableList<WinbackCase> closedCases() { return closedCases; }
    public ObjectProperty<WinbackCase> selectedClosedProperty() { return selectedClosed; }
    public CaseViewModel closedCaseViewModel() { return closedCaseVm; }
    public ObjectProperty<WinbackCase> selectedProperty() { return selected; }
    public CaseViewModel caseViewModel() { return caseVm; }
    public ObjectProperty<ActFastThresholds> thresholdsProperty() { return thresholds; }
    public ObjectProperty<Integer> amberHoursProperty() { return amberHours; }
    public ObjectProperty<Integer> redHoursProperty() { return redHours; }
    public ObservableList<Message> thresholdErrors() { return thresholdErrors; }
    public StringProperty thresholdMessageKeyProperty() { return thresholdMessageKey; }
    public StringProperty errorKeyProperty() { return errorKey; }
    /** True while the thresholds are being stored. */
    public javafx.beans.property.BooleanProperty busyProperty() { return busy; }
}
