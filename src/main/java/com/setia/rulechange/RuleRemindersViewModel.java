package com.setia.rulechange;

import java.time.LocalDate;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;

/** Today's reminders of changes to announce: soon in effect (or lately in effect) with customers not yet told. */
public final class RuleRemindersViewModel {
    private final RuleChangeService service;
    private final TaskRunner runner;
    private final ObservableList<RuleChange> reminders = FXCollections.observableArrayList();
    private final StringProperty errorKey = new SimpleStringProperty();

    public RuleRemindersViewModel(RuleChangeService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    public void load() {
        runner.run(service::reminders, list -> {
            errorKey.set(null);
            reminders.setAll(list);
        }, e -> errorKey.set("rules.error.loadFailed"));
    }

    /** Days from today until the change takes effect (negative: it took effect that many days ago). */
    public long daysUntil(RuleChange change) {
        return java.time.temporal.ChronoUnit.DAYS.between(service.today(), change.effectiveOn());
    }

    public LocalDate today() {
        return service.today();
    }

    public ObservableList<RuleChange> reminders() { return reminders; }
    public StringProperty errorKeyProperty() { return errorKey; }
}
