package com.setia.relationship;

import com.setia.common.Refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;
import com.setia.contact.Contact;
import com.setia.contact.ContactKind;
import com.setia.contact.ContactService;
import com.setia.contact.KeepInTouch;
import com.setia.contact.WhatsAppMessage;
import com.setia.contact.WhatsAppSender;
import com.setia.i18n.Language;
import com.setia.visit.Visit;
import com.setia.visit.VisitAmounts;
import com.setia.visit.VisitDraft;
import com.setia.visit.VisitService;

/**
 * The relationship with one customer, on their page: the facts at a glance, their visits and contacts, and the
 * forms to record a visit (any past day), log a contact (the day it happened), send a WhatsApp, and set how often
 * to keep in touch (or pause it).
 */
public final class RelationshipPanelViewModel {
    static final int LIST_LIMIT = 50;

    private final RelationshipService relationship;
    private final VisitService visits;
    private final ContactService contacts;
    private final WhatsAppSender whatsApp;
    private final TaskRunner runner;
    private final ObjectProperty<RelationshipFacts> facts = new SimpleObjectProperty<>();
    private final ObjectProperty<KeepInTouch> plan = new SimpleObjectProperty<>();
    private final ObservableList<Visit> visitRows = FXCollections.observableArrayList();
    private final ObservableList<Contact> contactRows = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> visitDay = new SimpleObjectProperty<>();
    private final BooleanProperty visitDayUnreadable = new SimpleBooleanProperty();
    private final StringProperty visitAmount = new SimpleStringProperty("");
    private final StringProperty visitNote = new SimpleStringProperty("");
    private final ObjectProperty<ContactKind> contactKind = new SimpleObjectProperty<>(ContactKind.CALL);
    private final ObjectProperty<LocalDate> contactDay = new SimpleObjectProperty<>();
    private final BooleanProperty contactDayUnreadable = new SimpleBooleanProperty();
    private final StringProperty contactNote = new SimpleStringProperty("");
    private final StringProperty cadence = new SimpleStringProperty("");
    private final StringProperty messageKey = new SimpleStringProperty();
    private final StringProperty errorKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private long customerId;

    public RelationshipPanelViewModel(RelationshipService relationship, VisitService visits, ContactService contacts,
            WhatsAppSender whatsApp, TaskRunner runner) {
        this.relationship = relationship;
        this.visits = visits;
        this.contacts = contacts;
        this.whatsApp = whatsApp;
        this.runner = runner;
    }

    public void load(long customerId) {
        this.customerId = customerId;
        runner.run(() -> new Loaded(relationship.facts(customerId), contacts.keepInTouch(customerId),
                visits.visitsOf(customerId, LIST_LIMIT), contacts.contactsOf(customerId, LIST_LIMIT)), l -> {
                    facts.set(l.facts());
                    plan.set(l.plan());
                    cadence.set(l.plan().ownCadence() == null ? "" : Integer.toString(l.plan().ownCadence()));
                    visitRows.setAll(l.visits());
                    contactRows.setAll(l.contacts());
                    LocalDate today = relationship.today();
                    if (visitDay.get() == null) visitDay.set(today);
                    if (contactDay.get() == null) contactDay.set(today);
                }, e -> errorKey.set("rel.error.loadFailed"));
    }

    private record Loaded(RelationshipFacts facts, KeepInTouch plan, List<Visit> visits, List<Contact> contacts) {
    }

    /** Records a visit on the form's day (today unless changed), with the optional amount and note. */
    public void recordVisit(Language language) {
        clear();
        if (visitDayUnreadable.get()) {
            errorKey.set("visit.error.dateUnreadable");
            return;
        }
        BigDecimal amount;
        try {
            amount = VisitAmounts.parse(visitAmount.get(), language);
        } catch (Refusal e) {
            errorKey.set(e.messageKeys().get(0));
            return;
        }
        VisitDraft draft = new VisitDraft(customerId, visitDay.get(), amount, visitNote.get());
        List<String> problems = visits.check(draft);
        if (!problems.isEmpty()) {
            errorKey.set(problems.get(0));
            return;
        }
        act(() -> visits.record(draft), "rel.done.visit", () -> {
            visitAmount.set("");
            visitNote.set("");
            visitDay.set(relationship.today());
        });
    }

    /** Logs a contact on the day it happened. */
    public void logContact() {
        clear();
        if (contactDayUnreadable.get()) {
            errorKey.set("contact.error.dateRequired");
            return;
        }
        ContactKind kind = contactKind.get();
        LocalDate day = contactDay.get();
        String note = contactNote.get();
        act(() -> contacts.record(customerId, kind, day, note), "rel.done.contact", () -> {
            contactNote.set("");
            contactDay.set(relationship.today());
        });
    }

    /** Sends a WhatsApp of this kind (offline: to the clipboard); the contact is logged. */
    public void sendWhatsApp(WhatsAppMessage.Kind kind) {
        RelationshipFacts f = facts.get();
        if (f == null || busy.get()) return;
        clear();
        busy.set(true);
        whatsApp.send(f.customer(), kind, result -> {
            busy.set(false);
            if (result == WhatsAppSender.Result.FAILED || result == WhatsAppSender.Result.NO_NUMBER) {
                errorKey.set(result.messageKey());
            } else {
                messageKey.set(result.messageKey());
            }
            load(customerId);
        });
    }

    /** Saves the customer's own cadence in days; empty goes back to the status's. */
    public void saveCadence() {
        clear();
        String text = cadence.get() == null ? "" : cadence.get().strip();
        Integer days;
        try {
            days = text.isEmpty() ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            errorKey.set("contact.error.cadenceRange");
            return;
        }
        act(() -> contacts.setCadence(customerId, days), "rel.done.cadence", () -> { });
    }

    public void setPaused(boolean paused) {
        clear();
        act(() -> contacts.setPaused(customerId, paused), paused ? "rel.done.paused" : "rel.done.resumed", () -> { });
    }

    private void act(java.util.concurrent.Callable<?> work, String doneKey, Runnable after) {
        if (busy.get()) return;
        busy.set(true);
        runner.run(work, ok -> {
            busy.set(false);
            messageKey.set(doneKey);
            after.run();
            load(customerId);
        }, e -> {
            busy.set(false);
            List<String> keys = e instanceof Refusal v ? v.messageKeys()
                    : e instanceof Refusal c ? c.messageKeys() : List.of("rel.error.saveFailed");
            errorKey.set(keys.get(0));
        });
    }

    private void clear() {
        messageKey.set(null);
        errorKey.set(null);
    }

    public ObjectProperty<RelationshipFacts> factsProperty() { return facts; }
    public ObjectProperty<KeepInTouch> planProperty() { return plan; }
    public ObservableList<Visit> visitRows() { return visitRows; }
    public ObservableList<Contact> contactRows() { return contactRows; }
    public ObjectProperty<LocalDate> visitDayProperty() { return visitDay; }
    public BooleanProperty visitDayUnreadableProperty() { return visitDayUnreadable; }
    public StringProperty visitAmountProperty() { return visitAmount; }
    public StringProperty visitNoteProperty() { return visitNote; }
    public ObjectProperty<ContactKind> contactKindProperty() { return contactKind; }
    public ObjectProperty<LocalDate> contactDayProperty() { return contactDay; }
    public BooleanProperty contactDayUnreadableProperty() { return contactDayUnreadable; }
    public StringProperty contactNoteProperty() { return contactNote; }
    public StringProperty cadenceProperty() { return cadence; }
    public StringProperty messageKeyProperty() { return messageKey; }
    public StringProperty errorKeyProperty() { return errorKey; }
    public BooleanProperty busyProperty() { return busy; }
}
