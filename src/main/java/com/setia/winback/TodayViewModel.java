package com.setia.winback;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.Message;
import com.setia.common.MoneyStyle;
import com.setia.common.TaskRunner;
import com.setia.incident.Incident;

/**
 * The today list: incidents with no case yet and late cases, due follow-ups, oldest first. Choosing an incident
 * shows it with "open a case" and "no case needed"; choosing a late case shows it; choosing a follow-up shows the
 * follow-up form (what happened, the next date, or "the customer is back"). While something is being stored the
 * view-model is busy and refuses a second click, so a double click records once.
 */
public final class TodayViewModel {
    private final WinbackService service;
    private final TaskRunner runner;
    private final ObservableList<TodayItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<TodayItem> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Incident> incident = new SimpleObjectProperty<>();
    private final CaseViewModel caseVm;
    private final StringProperty followUpNote = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> nextFollowUp = new SimpleObjectProperty<>();
    private final BooleanProperty nextFollowUpUnreadable = new SimpleBooleanProperty();
    private final BooleanProperty wonBack = new SimpleBooleanProperty();
    private final ObservableList<Message> followUpErrors = FXCollections.observableArrayList();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final StringProperty errorKey = new SimpleStringProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    public TodayViewModel(WinbackService service, TaskRunner runner, Clock clock) {
        this(service, runner, clock, () -> WinbackModule.DEFAULT_MONEY);
    }

    public TodayViewModel(WinbackService service, TaskRunner runner, Clock clock, Supplier<MoneyStyle> money) {
        this.service = service;
        this.runner = runner;
        this.caseVm = new CaseViewModel(service, runner, clock, money);
        this.caseVm.setOnChange(this::load);
    }

    /** Reads the list again, and the case on screen (it may have moved on elsewhere). */
    public void load() {
        runner.run(service::today, list -> {
            errorKey.set(null);
            TodayItem was = selected.get();
            items.setAll(list);
            if (was != null) {
                list.stream().filter(was::sameAs).findFirst().ifPresent(selected::set);
            }
        }, e -> errorKey.set("winback.error.loadFailed"));
        caseVm.reload();
    }

    /** The owner came back to Today: a passing message from before is not shown again. */
    public void shown() {
        messageKey.set(null);
        load();
    }

    public void select(TodayItem item) {
        if (item != null && item.sameAs(selected.get())) {
            return;
        }
        selected.set(item);
        followUpNote.set("");
        nextFollowUp.set(null);
        wonBack.set(false);
        followUpErrors.clear();
        errorKey.set(null);
        incident.set(null);
        if (item == null) {
            caseVm.clear();
        } else if (item.kind() == TodayItem.Kind.INCIDENT) {
            caseVm.clear();
            long id = item.incidentId();
            runner.run(() -> service.incident(id).orElse(null), incident::set, e -> errorKey.set("winback.error.loadFailed"));
        } else {
            caseVm.load(item.caseId());
        }
    }

    /** Opens a win-back case for the chosen incident and shows it, ready for step 1. */
    public void openCase() {
        TodayItem item = selected.get();
        if (busy.get() || item == null || item.kind() != TodayItem.Kind.INCIDENT) return;
        errorKey.set(null);
        busy.set(true);
        runner.run(() -> service.open(item.customerId(), item.incidentId()), opened -> {
            busy.set(false);
            messageKey.set("today.incident.caseOpened");
            incident.set(null);
            TodayItem asCase = new TodayItem(TodayItem.Kind.ACT_FAST, opened.winbackCase().id(), item.customerId(),
                    item.customerName(), item.dueSince(), item.elapsed(), item.level(), null, null, item.customerPhone());
            selected.set(asCase);
            caseVm.show(opened);
            load();
        }, e -> {
            busy.set(false);
            errorKey.set(CaseViewModel.firstKey(e));
            load();
        });
    }

    /** The owner decided the chosen incident needs no case: it leaves the list. */
    public void setIncidentAside() {
        TodayItem item = selected.get();
        if (busy.get() || item == null || item.kind() != TodayItem.Kind.INCIDENT) return;
        errorKey.set(null);
        busy.set(true);
        runner.run(() -> {
            service.setIncidentAside(item.incidentId());
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            messageKey.set("today.incident.setAside.done");
            select(null);
            load();
        }, e -> {
            busy.set(false);
            errorKey.set(CaseViewModel.firstKey(e));
            load();
        });
    }

    public void recordFollowUp() {
        TodayItem item = selected.get();
        if (busy.get() || item == null || item.kind() != TodayItem.Kind.FOLLOW_UP) return;
        followUpErrors.clear();
        if (nextFollowUpUnreadable.get() && !wonBack.get()) {
            followUpErrors.add(Message.of("winback.error.dateUnreadable"));
            return;
        }
        String note = followUpNote.get();
        LocalDate next = nextFollowUp.get();
        boolean back = wonBack.get();
        busy.set(true);
        runner.run(() -> service.recordFollowUp(item.caseId(), note, next, back), saved -> {
            busy.set(false);
            messageKey.set(back ? "today.followUp.doneWonBack" : next == null ? "today.followUp.doneNoMore" : "today.followUp.done");
            select(null);
            load();
        }, e -> {
            busy.set(false);
            followUpErrors.setAll(CaseViewModel.messages(e));
        });
    }

    public ObservableList<TodayItem> items() { return items; }
    public ObjectProperty<TodayItem> selectedProperty() { return selected; }
    /** The chosen incident with no case yet, or null. */
    public ObjectProperty<Incident> incidentProperty() { return incident; }
    public CaseViewModel caseViewModel() { return caseVm; }
    public StringProperty followUpNoteProperty() { return followUpNote; }
    public ObjectProperty<LocalDate> nextFollowUpProperty() { return nextFollowUp; }
    public BooleanProperty nextFollowUpUnreadableProperty() { return nextFollowUpUnreadable; }
    public BooleanProperty wonBackProperty() { return wonBack; }
    public ObservableList<Message> followUpErrors() { return followUpErrors; }
    /** A passing success message (bundle key); the view shows it once and sets it back to null. */
    public StringProperty messageKeyProperty() { return messageKey; }
    public StringProperty errorKeyProperty() { return errorKey; }
    /** True while something is being stored: the action buttons wait. */
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
}
