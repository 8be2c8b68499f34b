package com.setia.staff;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.Message;
import com.setia.common.Refusal;
import com.setia.common.TaskRunner;

/**
 * Settings, the shop's staff: who can look after customers, each with how many customers they look after now;
 * adding someone, correcting a name, taking someone off the staff when they leave.
 */
public final class StaffListViewModel {
    /** A staff member and how many customers they look after now. */
    public record Row(Staff staff, int customers) {
    }

    private final StaffService service;
    private final TaskRunner runner;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty newName = new SimpleStringProperty("");
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final BooleanProperty error = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public StaffListViewModel(StaffService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    public void load() {
        runner.run(this::read, rows::setAll, e -> fail("staff.error.loadFailed"));
    }

    public void add() {
        String name = newName.get();
        act(() -> service.addStaff(name), s -> {
            newName.set("");
            say(Message.of("staff.list.added", s.name()));
        });
    }

    public void rename(Row row, String name) {
        if (row == null) return;
        act(() -> service.rename(row.staff().id(), name), s -> say(Message.of("staff.list.renamed", s.name())));
    }

    public void retire(Row row) {
        if (row == null) return;
        act(() -> service.retire(row.staff().id()), still -> say(still == 0
                ? Message.of("staff.list.retired", row.staff().name())
                : Message.of("staff.list.retiredStill", row.staff().name(), still)));
    }

    private List<Row> read() {
        List<Row> out = new ArrayList<>();
        for (Staff s : service.staff()) out.add(new Row(s, service.customersLookedAfter(s.id())));
        return out;
    }

    private <T> void act(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> then) {
        if (busy.get()) return;
        busy.set(true);
        message.set(null);
        runner.run(() -> {
            T result = work.call();
            return new Done<>(result, read());
        }, d -> {
            busy.set(false);
            rows.setAll(d.rows());
            then.accept(d.result());
        }, e -> {
            busy.set(false);
            error.set(true);
            message.set(e instanceof Refusal x && !x.messages().isEmpty() ? x.messages().get(0)
                    : Message.of("staff.error.saveFailed"));
        });
    }

    private record Done<T>(T result, List<Row> rows) {
    }

    private void say(Message m) {
        error.set(false);
        message.set(m);
    }

    private void fail(String key, Object... args) {
        error.set(true);
        message.set(Message.of(key, args));
    }

    public ObservableList<Row> rows() { return rows; }
    public StringProperty newNameProperty() { return newName; }
    public ObjectProperty<Message> messageProperty() { return message; }
    public BooleanProperty errorProperty() { return error; }
    public BooleanProperty busyProperty() { return busy; }
}
