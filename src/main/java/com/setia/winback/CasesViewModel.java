package com.setia.winback;

import java.time.Clock;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.MoneyStyle;
import com.setia.common.Message;
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
    private final StringProperty errorKey = new SimpleStringProperty();

    public CasesViewModel(WinbackService service, TaskRunner runner, Clock clock) {
        this(service, runner, clock, () -> WinbackModule.DEFAULT_MONEY);
    }

    public CasesViewModel(WinbackService service, TaskRunner runner, Clock clock, Supplier<MoneyStyle> money) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        this.caseVm = new CaseViewModel(service, runner, clock, money);
        this.caseVm.setOnChange(this::reloadList);
    }

    public void load() {
        reloadList();
        runner.run(service::thresholds, this::showThresholds, e -> errorKey.set("winback.error.loadFailed"));
    }

    private void reloadList() {
        runner.run(service::openCases, list -> {
            errorKey.set(null);
            openCases.setAll(list);
        }, e -> errorKey.set("winback.error.loadFailed"));
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
        ActFastThresholds wanted = new ActFastThresholds(amberHours.get(), redHours.get());
        runner.run(() -> service.saveThresholds(wanted), saved -> {
            showThresholds(saved);
            thresholdMessageKey.set("winback.settings.saved");
            caseVm.thresholdsProperty().set(saved);
            caseVm.tick();
        }, e -> thresholdErrors.setAll(CaseViewModel.messages(e)));
    }

    /** The level of an open case's clock right now, for the list. */
    public ActFastLevel levelOf(WinbackCase c) {
        return c.firstActionAt() != null ? ActFastLevel.CALM : thresholds.get().level(c.actFastElapsed(clock.instant()));
    }

    public ObservableList<WinbackCase> openCases() { return openCases; }
    public ObjectProperty<WinbackCase> selectedProperty() { return selected; }
    public CaseViewModel caseViewModel() { return caseVm; }
    public ObjectProperty<ActFastThresholds> thresholdsProperty() { return thresholds; }
    public ObjectProperty<Integer> amberHoursProperty() { return amberHours; }
    public ObjectProperty<Integer> redHoursProperty() { return redHours; }
    public ObservableList<Message> thresholdErrors() { return thresholdErrors; }
    public StringProperty thresholdMessageKeyProperty() { return thresholdMessageKey; }
    public StringProperty errorKeyProperty() { return errorKey; }
}
