package com.setia.relationship;

import java.time.LocalDate;

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
import com.setia.contact.WhatsAppMessage;
import com.setia.contact.WhatsAppSender;

/**
 * Today's going-quiet list: customers who stayed away longer than usual, most overdue first, with one click to
 * send a WhatsApp, log a call or another contact, open a win-back case, or leave them for a while. Each action
 * takes the customer off the list (a contact answers the signal; see RelationshipService).
 */
public final class GoingQuietViewModel {
    public static final int LIMIT = 200;

    private final RelationshipService service;
    private final WhatsAppSender whatsApp;
    private final TaskRunner runner;
    private final ObservableList<QuietRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final StringProperty messageArg = new SimpleStringProperty("");
    private final StringProperty errorKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Runnable onCaseOpened = () -> { };

    public GoingQuietViewModel(RelationshipService service, WhatsAppSender whatsApp, TaskRunner runner) {
        this.service = service;
        this.whatsApp = whatsApp;
        this.runner = runner;
    }

    /** Called after a case was opened from the list (Today reloads its win-back items). */
    public void setOnCaseOpened(Runnable r) {
        this.onCaseOpened = r;
    }

    public void load() {
        runner.run(() -> service.goingQuiet(LIMIT), page -> {
            errorKey.set(null);
            rows.setAll(page.rows());
            total.set(page.total());
        }, e -> errorKey.set("quiet.error.loadFailed"));
    }

    /** Opens WhatsApp with a greeting in the customer's language (offline: number and text to the clipboard). */
    public void sendWhatsApp(QuietRow row) {
        if (busy.get()) return;
        busy.set(true);
        whatsApp.send(row.customer(), WhatsAppMessage.Kind.GREETING, result -> {
            busy.set(false);
            say(result.messageKey(), row);
            if (result == WhatsAppSender.Result.OPENED || result == WhatsAppSender.Result.COPIED) load();
        });
    }

    /** Logs a contact made today (a call, a visit to the customer...). */
    public void logContact(QuietRow row, ContactKind kind) {
        act(() -> service.logContact(row.customer().id(), kind, service.today(), null), "quiet.done.contact", row);
    }

    public void openCase(QuietRow row) {
        act(() -> service.openCase(row.customer().id()), "quiet.done.caseOpened", row);
    }

    /** Leaves the customer off the list for {@code days} days. */
    public void dismiss(QuietRow row, int days) {
        LocalDate until = service.today().plusDays(days);
        act(() -> {
            service.dismissQuiet(row.customer().id(), until);
            return until;
        }, "quiet.done.dismissed", row);
    }

    private void act(java.util.concurrent.Callable<?> work, String doneKey, QuietRow row) {
        if (busy.get()) return;
        busy.set(true);
        runner.run(work, ok -> {
            busy.set(false);
            say(doneKey, row);
            if ("quiet.done.caseOpened".equals(doneKey)) onCaseOpened.run();
            load();
        }, e -> {
            busy.set(false);
            messageKey.set(null);
            errorKey.set("quiet.error.actionFailed");
        });
    }

    private void say(String key, QuietRow row) {
        errorKey.set(null);
        messageArg.set(row.customer().name());
        messageKey.set(key);
    }

    public ObservableList<QuietRow> rows() { return rows; }
    public IntegerProperty totalProperty() { return total; }
    public StringProperty messageKeyProperty() { return messageKey; }
    /** The customer's name, for the message. */
    public StringProperty messageArgProperty() { return messageArg; }
    public StringProperty errorKeyProperty() { return errorKey; }
    public BooleanProperty busyProperty() { return busy; }
}
