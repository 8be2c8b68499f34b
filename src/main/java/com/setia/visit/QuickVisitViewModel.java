package com.setia.visit;

import com.setia.common.Refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
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

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.i18n.Language;

/**
 * "Came today" in two keystrokes: the owner types part of a name or phone, the first match is chosen, Enter
 * records a visit for today. Amount, note and another day (never a future one) are optional. An answer to an
 * older query is dropped, so the matches always belong to what is in the box.
 */
public final class QuickVisitViewModel {
    static final int MATCHES = 8;

    private final CustomerService customers;
    private final VisitService visits;
    private final TaskRunner runner;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<Customer> matches = FXCollections.observableArrayList();
    private final ObjectProperty<Customer> chosen = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
    private final BooleanProperty dayUnreadable = new SimpleBooleanProperty();
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final StringProperty doneKey = new SimpleStringProperty();
    private final StringProperty doneName = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> doneDay = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private int generation;
    private Runnable onRecorded = () -> { };

    public QuickVisitViewModel(CustomerService customers, VisitService visits, TaskRunner runner) {
        this.customers = customers;
        this.visits = visits;
        this.runner = runner;
        query.addListener((o, a, now) -> search());
    }

    /** Called after each visit recorded (e.g. Today reads its lists again). */
    public void setOnRecorded(Runnable r) {
        this.onRecorded = r;
    }

    /** A fresh form: empty box, today's date. */
    public void reset() {
        query.set("");
        matches.clear();
        chosen.set(null);
        day.set(visits.today());
        dayUnreadable.set(false);
        amount.set("");
        note.set("");
        errors.clear();
        doneKey.set(null);
    }

    private void search() {
        int mine = ++generation;
        String q = query.get() == null ? "" : query.get().strip();
        if (q.isEmpty()) {
            matches.clear();
            chosen.set(null);
            return;
        }
        runner.run(() -> customers.search(q, false, MATCHES).rows(), rows -> {
            if (mine != generation) return;
            matches.setAll(rows);
            chosen.set(rows.isEmpty() ? null : rows.get(0));
        }, e -> errors.setAll("visit.error.searchFailed"));
    }

    /** Records the visit for the chosen customer; the form stays ready for the next one. */
    public void record(Language language) {
        errors.clear();
        doneKey.set(null);
        Customer c = chosen.get();
        List<String> problems = new ArrayList<>();
        if (c == null) problems.add("visit.error.chooseCustomer");
        if (dayUnreadable.get()) problems.add("visit.error.dateUnreadable");
        BigDecimal money = null;
        try {
            money = VisitAmounts.parse(amount.get(), language);
        } catch (Refusal e) {
            problems.addAll(e.messageKeys());
        }
        if (problems.isEmpty()) problems.addAll(visits.check(new VisitDraft(c.id(), day.get(), money, note.get())));
        if (!problems.isEmpty()) {
            errors.setAll(problems);
            return;
        }
        if (busy.get()) return;
        busy.set(true);
        VisitDraft draft = new VisitDraft(c.id(), day.get(), money, note.get());
        runner.run(() -> visits.record(draft), saved -> {
            busy.set(false);
            doneName.set(c.name());
            doneDay.set(saved.visitedOn());
            doneKey.set(saved.visitedOn().equals(visits.today()) ? "visit.quick.doneToday" : "visit.quick.doneOn");
            query.set("");
            amount.set("");
            note.set("");
            day.set(visits.today());
            onRecorded.run();
        }, e -> {
            busy.set(false);
            errors.setAll(e instanceof Refusal v ? v.messageKeys() : List.of("visit.error.saveFailed"));
        });
    }

    public StringProperty queryProperty() { return query; }
    public ObservableList<Customer> matches() { return matches; }
    public ObjectProperty<Customer> chosenProperty() { return chosen; }
    public ObjectProperty<LocalDate> dayProperty() { return day; }
    public BooleanProperty dayUnreadableProperty() { return dayUnreadable; }
    public StringProperty amountProperty() { return amount; }
    public StringProperty noteProperty() { return note; }
    public ObservableList<String> errors() { return errors; }
    public StringProperty doneKeyProperty() { return doneKey; }
    public StringProperty doneNameProperty() { return doneName; }
    public BooleanProperty busyProperty() { return busy; }
    /** The day of the visit just recorded, for the message. */
    public ObjectProperty<LocalDate> doneDayProperty() { return doneDay; }
}
