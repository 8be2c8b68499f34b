package com.setia.staff;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.Refusal;
import com.setia.common.TaskRunner;

/** The contact person part of a customer's page: who it is, choosing another, adding staff, the introduction owed. */
public final class ContactPersonViewModel {
    private final StaffService service;
    private final TaskRunner runner;
    private final ObjectProperty<ContactPerson> current = new SimpleObjectProperty<>();
    private final ObservableList<Staff> staff = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> chosen = new SimpleObjectProperty<>();
    private final StringProperty newName = new SimpleStringProperty("");
    private final StringProperty errorKey = new SimpleStringProperty();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private long customerId;

    public ContactPersonViewModel(StaffService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    private record Loaded(ContactPerson current, java.util.List<Staff> staff) {
    }

    public void load(long customerId) {
        this.customerId = customerId;
        runner.run(() -> new Loaded(service.current(customerId).orElse(null), service.staff()), l -> {
            staff.setAll(l.staff());
            current.set(l.current());
            chosen.set(l.current() == null ? null
                    : l.staff().stream().filter(s -> s.id() == l.current().staffId()).findFirst().orElse(null));
        }, e -> errorKey.set("staff.error.loadFailed"));
    }

    public void addStaff() {
        if (busy.get()) return;
        String name = newName.get();
        act(() -> service.addStaff(name), s -> {
            newName.set("");
            staff.add(s);
            chosen.set(s);
            messageKey.set("staff.added");
        });
    }

    public void assign() {
        Staff s = chosen.get();
        if (s == null) {
            errorKey.set("staff.error.chooseStaff");
            return;
        }
        act(() -> service.assign(customerId, s.id()), p -> {
            current.set(p);
            messageKey.set(p.introductionPending() ? "staff.assigned.introduce" : "staff.assigned");
        });
    }

    public void markIntroduced(IntroHow how) {
        ContactPerson p = current.get();
        if (p == null) return;
        act(() -> service.markIntroduced(p.id(), how, service.today()), done -> {
            current.set(done);
            messageKey.set("staff.intro.saved");
        });
    }

    private <T> void act(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        if (busy.get()) return;
        busy.set(true);
        errorKey.set(null);
        messageKey.set(null);
        runner.run(work, r -> {
            busy.set(false);
            then.accept(r);
        }, e -> {
            busy.set(false);
            errorKey.set(e instanceof Refusal x && !x.messageKeys().isEmpty() ? x.messageKeys().get(0) : "staff.error.saveFailed");
        });
    }

    public ObjectProperty<ContactPerson> currentProperty() { return current; }
    public ObservableList<Staff> staff() { return staff; }
    public ObjectProperty<Staff> chosenProperty() { return chosen; }
    public StringProperty newNameProperty() { return newName; }
    public StringProperty errorKeyProperty() { return errorKey; }
    public StringProperty messageKeyProperty() { return messageKey; }
    public BooleanProperty busyProperty() { return busy; }
}
