package com.setia.winback;

import java.time.Clock;
import java.util.function.Supplier;
import java.time.LocalDate;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.MoneyStyle;
import com.setia.common.Message;
import com.setia.common.TaskRunner;

/**
 * The today list: late cases and due follow-ups, oldest first. Choosing a late case shows it; choosing a
 * follow-up shows the follow-up form (what happened, the next date, or "the customer is back").
 */
public final class TodayViewModel {
    private final WinbackService service;
    private final TaskRunner runner;
    private final ObservableList<TodayItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<TodayItem> selected = new SimpleObjectProperty<>();
    private final CaseViewModel caseVm;
    private final StringProperty followUpNote = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> nextFollowUp = new SimpleObjectProperty<>();
    private final BooleanProperty nextFollowUpUnreadable = new SimpleBooleanProperty();
    private final BooleanProperty wonBack = new SimpleBooleanProperty();
    private final ObservableList<Message> followUpErrors = FXCollections.observableArrayList();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final StringProperty errorKey = new SimpleStringProperty();

    public TodayViewModel(WinbackService service, TaskRunner runner, Clock clock) {
        this(service, runner, clock, () -> WinbackModule.DEFAULT_MONEY);
    }

    public TodayViewModel(WinbackService service, TaskRunner runner, Clock clock, Supplier<MoneyStyle> money) {
        this.service = service;
        this.runner = runner;
        this.caseVm = new CaseViewModel(service, runner, clock, money);
        this.caseVm.setOnChange(this::load);
    }

    public void load() {
        runner.run(service::today, list -> {
            errorKey.set(null);
            TodayItem was = selected.get();
            items.setAll(list);
            if (was != null) {
                list.stream().filter(i -> i.caseId() == was.caseId() && i.kind() == was.kind()).findFirst()
                        .ifPresent(selected::set);
            }
        }, e -> errorKey.set("winback.error.loadFailed"));
    }

    public void select(TodayItem item) {
        if (item != null && selected.get() != null && selected.get().caseId() == item.caseId()
                && selected.get().kind() == item.kind()) {
            return;
        }
        selected.set(item);
        followUpNote.set("");
        nextFollowUp.set(null);
        wonBack.set(false);
        followUpErrors.clear();
        messageKey.set(null);
        if (item == null) {
            caseVm.clear();
        } else {
            caseVm.load(item.caseId());
        }
    }

    public void recordFollowUp() {
        TodayItem item = selected.get();
        if (item == null || item.kind() != TodayItem.Kind.FOLLOW_UP) return;
        followUpErrors.clear();
        if (nextFollowUpUnreadable.get() && !wonBack.get()) {
            followUpErrors.add(Message.of("winback.error.dateUnreadable"));
            return;
        }
        String note = followUpNote.get();
        LocalDate next = nextFollowUp.get();
        boolean back = wonBack.get();
        runner.run(() -> service.recordFollowUp(item.caseId(), note, next, back), saved -> {
            messageKey.set(back ? "today.followUp.doneWonBack" : next == null ? "today.followUp.doneNoMore" : "today.followUp.done");
            selected.set(null);
            caseVm.clear();
            load();
        }, e -> followUpErrors.setAll(CaseViewModel.messages(e)));
    }

    public ObservableList<TodayItem> items() { return items; }
    public ObjectProperty<TodayItem> selectedProperty() { return selected; }
    public CaseViewModel caseViewModel() { return caseVm; }
    public StringProperty followUpNoteProperty() { return followUpNote; }
    public ObjectProperty<LocalDate> nextFollowUpProperty() { return nextFollowUp; }
    public BooleanProperty nextFollowUpUnreadableProperty() { return nextFollowUpUnreadable; }
    public BooleanProperty wonBackProperty() { return wonBack; }
    public ObservableList<Message> followUpErrors() { return followUpErrors; }
    public StringProperty messageKeyProperty() { return messageKey; }
    public StringProperty errorKeyProperty() { return errorKey; }
}
