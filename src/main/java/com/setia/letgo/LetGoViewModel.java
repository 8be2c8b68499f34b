package com.setia.letgo;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import com.setia.common.Refusal;
import com.setia.common.TaskRunner;

/** The "let go" part of a customer's page: the decision in force, or the reason to type and the button. */
public final class LetGoViewModel {
    private final LetGoService service;
    private final TaskRunner runner;
    private final ObjectProperty<LetGoDecision> decision = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty errorKey = new SimpleStringProperty();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private long customerId;

    public LetGoViewModel(LetGoService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    public void load(long customerId) {
        this.customerId = customerId;
        runner.run(() -> service.current(customerId).orElse(null), decision::set, e -> errorKey.set("letgo.error.loadFailed"));
    }

    /** Lets the customer go with the typed reason; {@code done} runs after (the page reads the customer again). */
    public void letGo(Runnable done) {
        if (busy.get()) return;
        errorKey.set(null);
        String r = reason.get();
        busy.set(true);
        runner.run(() -> service.letGo(customerId, r), d -> {
            busy.set(false);
            decision.set(d);
            reason.set("");
            messageKey.set("letgo.done");
            done.run();
        }, e -> {
            busy.set(false);
            errorKey.set(e instanceof Refusal x && !x.messageKeys().isEmpty() ? x.messageKeys().get(0) : "letgo.error.saveFailed");
        });
    }

    public void takeBack(Runnable done) {
        if (busy.get()) return;
        errorKey.set(null);
        busy.set(true);
        runner.run(() -> {
            service.takeBack(customerId);
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            decision.set(null);
            messageKey.set("letgo.takenBack");
            done.run();
        }, e -> {
            busy.set(false);
            errorKey.set(e instanceof Refusal x && !x.messageKeys().isEmpty() ? x.messageKeys().get(0) : "letgo.error.saveFailed");
        });
    }

    public ObjectProperty<LetGoDecision> decisionProperty() { return decision; }
    public StringProperty reasonProperty() { return reason; }
    public StringProperty errorKeyProperty() { return errorKey; }
    public StringProperty messageKeyProperty() { return messageKey; }
    public BooleanProperty busyProperty() { return busy; }
}
