package com.setia.relationship;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;
import com.setia.contact.ContactKind;
import com.setia.contact.ContactService;
import com.setia.contact.WhatsAppMessage;
import com.setia.contact.WhatsAppSender;

/**
 * Today's keep-in-touch list: customers whose cadence says it is time to be in touch again, most overdue first.
 * Any contact logged resets the cadence; snooze leaves a customer off for a while, pause until resumed.
 */
public final class KeepInTouchViewModel {
    public static final int LIMIT = 200;

    private final RelationshipService service;
    private final ContactService contacts;
    private final WhatsAppSender whatsApp;
    private final TaskRunner runner;
    private final ObservableList<DueRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final StringProperty messageArg = new SimpleStringProperty("");
    private final StringProperty errorKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public KeepInTouchViewModel(RelationshipService service, ContactService contacts, WhatsAppSender whatsApp,
            TaskRunner runner) {
        this.service = service;
        this.contacts = contacts;
        this.whatsApp = whatsApp;
        this.runner = runner;
    }

    public void load() {
        runner.run(() -> service.keepInTouchDue(LIMIT), page -> {
            errorKey.set(null);
            rows.setAll(page.rows());
            total.set(page.total());
        }, e -> errorKey.set("keep.error.loadFailed"));
    }

    public void sendWhatsApp(DueRow row) {
        if (busy.get()) return;
        busy.set(true);
        whatsApp.send(row.customer(), WhatsAppMessage.Kind.GREETING, result -> {
            busy.set(false);
            say(result.messageKey(), row);
            load();
        });
    }

    public void logContact(DueRow row, ContactKind kind) {
        act(() -> service.logContact(row.customer().id(), kind, service.today(), null), "keep.done.contact", row);
    }

    public void snooze(DueRow row, int days) {
        act(() -> contacts.snooze(row.customer().id(), service.today().plusDays(days)), "keep.done.snoozed", row);
    }

    public void pause(DueRow row) {
        act(() -> contacts.setPaused(row.customer().id(), true), "keep.done.paused", row);
    }

    private void act(java.util.concurrent.Callable<?> work, String doneKey, DueRow row) {
        if (busy.get()) return;
        busy.set(true);
        runner.run(work, ok -> {
            busy.set(false);
            say(doneKey, row);
            load();
        }, e -> {
            busy.set(false);
            messageKey.set(null);
            errorKey.set("keep.error.actionFailed");
        });
    }

    private void say(String key, DueRow row) {
        errorKey.set(null);
        messageArg.set(row.customer().name());
        messageKey.set(key);
    }

    public ObservableList<DueRow> rows() { return rows; }
    public IntegerProperty totalProperty() { return total; }
    public StringProperty messageKeyProperty() { return messageKey; }
    public StringProperty messageArgProperty() { return messageArg; }
    public StringProperty errorKeyProperty() { return errorKey; }
    public BooleanProperty busyProperty() { return busy; }
}
