package com.setia.staff;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;

/** Today's reminders: new contact persons who still owe their customer an introduction. */
public final class IntroductionsViewModel {
    private final StaffService service;
    private final TaskRunner runner;
    private final ObservableList<StaffService.PendingIntroduction> pending = FXCollections.observableArrayList();
    private final StringProperty errorKey = new SimpleStringProperty();

    public IntroductionsViewModel(StaffService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    public void load() {
        runner.run(service::pendingIntroductions, list -> {
            errorKey.set(null);
            pending.setAll(list);
        }, e -> errorKey.set("staff.error.loadFailed"));
    }

    public void markIntroduced(StaffService.PendingIntroduction p, IntroHow how) {
        runner.run(() -> service.markIntroduced(p.person().id(), how, service.today()), done -> load(),
                e -> errorKey.set("staff.error.saveFailed"));
    }

    public ObservableList<StaffService.PendingIntroduction> pending() { return pending; }
    public StringProperty errorKeyProperty() { return errorKey; }
}
