package com.setia.storage;

import java.util.concurrent.Executor;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.Message;
import com.setia.common.TaskRunner;
import com.setia.store.StoreAddress;
import com.setia.store.StoreMover;

/**
 * The "Data store" page: this PC only, or the shop's PostgreSQL server (server, port, database, user, password).
 * Test the login, keep the choice for the next start, or move this PC's data to the server (progress, cancel, then
 * every table's count on both sides). Messages are bundle keys with their values.
 */
public final class StorageViewModel {
    private final StorageService service;
    private final TaskRunner runner;
    private final Executor uiThread;

    private final BooleanProperty server = new SimpleBooleanProperty(this, "server");
    private final StringProperty host = new SimpleStringProperty(this, "host", "");
    private final StringProperty port = new SimpleStringProperty(this, "port", Integer.toString(StoreAddress.Server.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty(this, "database", "setia");
    private final StringProperty user = new SimpleStringProperty(this, "user", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyObjectWrapper<Message> message = new ReadOnlyObjectWrapper<>(this, "message");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(this, "messageIsError");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper moving = new ReadOnlyBooleanWrapper(this, "moving");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", -1);
    private final ReadOnlyObjectWrapper<StoreAddress> next = new ReadOnlyObjectWrapper<>(this, "next");
    private final ObservableList<StoreMover.TableCount> counts = FXCollections.observableArrayList();
    private volatile boolean cancelled;

    /** {@code uiThread}: where progress from the worker is shown ({@code Platform::runLater}; {@code Runnable::run} in tests). */
    public StorageViewModel(StorageService service, TaskRunner runner, Executor uiThread) {
        this.service = service;
        this.runner = runner;
        this.uiThread = uiThread;
        load();
    }

    /** The fields as the saved choice has them. */
    public void load() {
        StoreAddress saved = service.saved();
        next.set(saved);
        if (saved instanceof StoreAddress.Server s) {
            server.set(true);
            host.set(s.host());
            port.set(Integer.toString(s.port()));
            database.set(s.database());
            user.set(s.user());
        } else {
            server.set(false);
        }
        password.set("");
    }

    /** The server address the fields describe, or empty (and a message) when one is missing or wrong. */
    private java.util.Optional<StoreAddress.Server> typed() {
        try {
            return java.util.Optional.of(new StoreAddress.Server(host.get().strip(), Integer.parseInt(port.get().strip()),
                    database.get().strip(), user.get().strip()));
        } catch (RuntimeException e) {
            say(Message.of("storage.error.fields"), true);
            return java.util.Optional.empty();
        }
    }

    /** True when the pgpass file has a password for the server the fields describe. */
    public boolean passwordKept() {
        try {
            return service.hasPassword(new StoreAddress.Server(host.get().strip(), Integer.parseInt(port.get().strip()),
                    database.get().strip(), user.get().strip()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    public String passwordFile() {
        return String.valueOf(service.passwordFile());
    }

    public String runningDescription() {
        return service.runningDescription();
    }

    public boolean onServer() {
        return service.onServer();
    }

    /** Tries to log in to the server with what is typed (the password, if typed, is kept in the pgpass file). */
    public void test() {
        typed().ifPresent(s -> work(() -> {
            service.connect(s, password.get());
            return Message.of("storage.connected");
        }));
    }

    /** Keeps the choice (this PC, or the typed server after a successful login) for the next start. */
    public void choose() {
        if (!server.get()) {
            work(() -> {
                service.choose(StoreAddress.embedded(), null);
                return Message.of("storage.chosen");
            });
            return;
        }
        typed().ifPresent(s -> work(() -> {
            service.choose(s, password.get());
            return Message.of("storage.chosen");
        }));
    }

    /** Copies this PC's data onto the typed server, counts both sides, and makes it the store for the next start. */
    public void move() {
        java.util.Optional<StoreAddress.Server> target = typed();
        if (target.isEmpty()) return;
        StoreAddress.Server s = target.get();
        String pw = password.get();
        cancelled = false;
        counts.clear();
        progress.set(-1);
        moving.set(true);
        busy.set(true);
        say(null, false);
        runner.run(() -> service.moveToServer(s, pw, new StoreMover.Listener() {
            @Override
            public void copied(long rows, long total) {
                double done = total == 0 ? 1 : (double) rows / total;
                uiThread.execute(() -> progress.set(done));
            }

            @Override
            public boolean cancelled() {
                return cancelled;
            }
        }), report -> {
            moving.set(false);
            busy.set(false);
            counts.setAll(report.tables());
            if (report.allSame()) {
                say(Message.of("storage.move.done", report.rows(), s.text()), false);
                password.set("");
                next.set(service.saved());
            } else {
                say(Message.of("storage.move.mismatch"), true);
            }
        }, error -> {
            moving.set(false);
            busy.set(false);
            failed(error);
        });
    }

    /** Stops a move; the server is left as it was. */
    public void cancel() {
        cancelled = true;
    }

    private void work(java.util.concurrent.Callable<Message> action) {
        busy.set(true);
        say(null, false);
        runner.run(action, done -> {
            busy.set(false);
            password.set("");
            next.set(service.saved());
            say(done, false);
        }, error -> {
            busy.set(false);
            failed(error);
        });
    }

    private void failed(Throwable error) {
        if (error instanceof StorageException e) {
            say(Message.of(e.messageKey()), !"storage.move.cancelled".equals(e.messageKey()));
        } else {
            say(Message.of("storage.error.moveFailed"), true);
        }
    }

    private void say(Message m, boolean error) {
        messageIsError.set(error);
        message.set(m);
    }

    public BooleanProperty serverProperty() { return server; }
    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty userProperty() { return user; }
    public StringProperty passwordProperty() { return password; }
    public ReadOnlyObjectProperty<Message> messageProperty() { return message.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty messageIsErrorProperty() { return messageIsError.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty movingProperty() { return moving.getReadOnlyProperty(); }
    public DoubleProperty progressProperty() { return progress; }
    /** The store Setia opens at the next start. */
    public ReadOnlyObjectProperty<StoreAddress> nextProperty() { return next.getReadOnlyProperty(); }
    public ObservableList<StoreMover.TableCount> counts() { return counts; }
}
