package com.setia.winback;

import java.time.Clock;
import java.util.function.Supplier;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.MoneyStyle;
import com.setia.common.TaskRunner;
import com.setia.incident.IncidentFormViewModel;
import com.setia.incident.IncidentService;

/**
 * A customer's timeline: incidents and win-back actions, newest first, with the open case (if any) on top, the
 * incident form, and opening a case from an incident or for a customer who left.
 */
public final class TimelineViewModel {
    private final WinbackService service;
    private final TaskRunner runner;
    private final long customerId;
    private final ObservableList<TimelineEntry> entries = FXCollections.observableArrayList();
    private final CaseViewModel openCase;
    private final BooleanProperty hasOpenCase = new SimpleBooleanProperty();
    private final IncidentFormViewModel incidentForm;
    private final BooleanProperty incidentFormShown = new SimpleBooleanProperty();
    private final StringProperty errorKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final javafx.collections.ObservableSet<Long> incidentsWithCase = FXCollections.observableSet();
    private Runnable onCustomerChanged = () -> { };

    public TimelineViewModel(WinbackService service, IncidentService incidents, TaskRunner runner, Clock clock, long customerId) {
        this(service, incidents, runner, clock, customerId, () -> WinbackModule.DEFAULT_MONEY);
    }

    public TimelineViewModel(WinbackService service, IncidentService incidents, TaskRunner runner, Clock clock, long customerId,
            Supplier<MoneyStyle> money) {
        this.service = service;
        this.runner = runner;
        this.customerId = customerId;
        this.openCase = new CaseViewModel(service, runner, clock, money);
        this.openCase.setOnChange(() -> {
            load();
            CaseDetail d = openCase.detailProperty().get();
            if (d != null && !d.winbackCase().isOpen()) {
                onCustomerChanged.run(); // the outcome set the customer's status
            }
        });
        this.incidentForm = new IncidentFormViewModel(incidents, runner, clock);
    }

    /** Called when something here changed the customer itself (its status), so the page can show it. */
    public void setOnCustomerChanged(Runnable onCustomerChanged) {
        this.onCustomerChanged = onCustomerChanged == null ? () -> { } : onCustomerChanged;
    }

    public void load() {
        runner.run(() -> {
            CustomerHistory history = service.history(customerId); // one read of the whole history
            return new Loaded(history.timeline(), history.openCase().orElse(null));
        }, loaded -> {
                    java.util.Set<Long> withCase = new java.util.HashSet<>();
                    loaded.entries().stream().filter(e -> e.kind() == TimelineEntry.Kind.CASE_OPENED && e.incident() != null)
                            .forEach(e -> withCase.add(e.incident().id()));
                    incidentsWithCase.retainAll(withCase);
                    incidentsWithCase.addAll(withCase);
                    entries.setAll(loaded.entries());
                    if (loaded.open() != null) {
                        openCase.show(loaded.open());
                    } else {
                        // a case on screen that was closed elsewhere (Today, Win-back) shows how it ended; it stays
                        // on screen after it closes, until the owner leaves the page
                        openCase.reload();
                    }
                    hasOpenCase.set(loaded.open() != null);
                }, e -> errorKey.set("winback.error.loadFailed"));
    }

    public void showIncidentForm() {
        incidentForm.reset();
        incidentFormShown.set(true);
    }

    public void hideIncidentForm() {
        incidentFormShown.set(false);
    }

    public void saveIncident() {
        incidentForm.save(customerId, saved -> {
            incidentFormShown.set(false);
            load();
            onCustomerChanged.run(); // a serious incident puts the customer at risk
        });
    }

    /** Opens a win-back case from an incident, or (null) for a customer who left without one. */
    public void openCase(Long incidentId) {
        if (busy.get()) return;
        errorKey.set(null);
        busy.set(true);
        runner.run(() -> service.open(customerId, incidentId), opened -> {
            busy.set(false);
            openCase.show(opened);
            hasOpenCase.set(true);
            load();
            onCustomerChanged.run(); // an active customer is now at risk
        }, e -> {
            busy.set(false);
            errorKey.set(CaseViewModel.firstKey(e));
        });
    }

    private record Loaded(List<TimelineEntry> entries, CaseDetail open) {
    }

    public long customerId() { return customerId; }
    public ObservableList<TimelineEntry> entries() { return entries; }
    public CaseViewModel caseViewModel() { return openCase; }
    public BooleanProperty hasOpenCaseProperty() { return hasOpenCase; }
    public IncidentFormViewModel incidentForm() { return incidentForm; }
    public BooleanProperty incidentFormShownProperty() { return incidentFormShown; }
    public StringProperty errorKeyProperty() { return errorKey; }
    /** True while a case is being opened: the buttons wait. */
    public BooleanProperty busyProperty() { return busy; }
    /** The customer's incidents that have a case (open or closed): none can have a second one. */
    public javafx.collections.ObservableSet<Long> incidentsWithCase() { return incidentsWithCase; }
}
