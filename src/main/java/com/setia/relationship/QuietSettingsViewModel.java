package com.setia.relationship;

import com.setia.common.Refusal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;
import com.setia.contact.ContactService;
import com.setia.customer.CustomerStatus;
import com.setia.visit.QuietSettings;
import com.setia.visit.VisitService;

/**
 * The owner's numbers for going quiet (factor times the usual gap, never fewer than the minimum days) and the
 * keep-in-touch pace per customer status. Numbers are typed as text and read here, so a wrong one says why.
 */
public final class QuietSettingsViewModel {
    private final VisitService visits;
    private final ContactService contacts;
    private final TaskRunner runner;
    private final StringProperty factor = new SimpleStringProperty("");
    private final StringProperty minimumDays = new SimpleStringProperty("");
    private final Map<CustomerStatus, StringProperty> cadences = new EnumMap<>(CustomerStatus.class);
    private final ObservableList<String> errors = FXCollections.observableArrayList();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public QuietSettingsViewModel(VisitService visits, ContactService contacts, TaskRunner runner) {
        this.visits = visits;
        this.contacts = contacts;
        this.runner = runner;
        for (CustomerStatus s : CustomerStatus.values()) cadences.put(s, new SimpleStringProperty(""));
    }

    public void load() {
        runner.run(() -> new Loaded(visits.quietSettings(), contacts.statusCadences()), l -> {
            factor.set(l.settings().factor().stripTrailingZeros().toPlainString());
            minimumDays.set(Integer.toString(l.settings().minimumDays()));
            cadences.forEach((s, p) -> p.set(l.cadences().containsKey(s) ? Integer.toString(l.cadences().get(s)) : ""));
        }, e -> errors.setAll("settings.quiet.error.loadFailed"));
    }

    private record Loaded(QuietSettings settings, Map<CustomerStatus, Integer> cadences) {
    }

    public void save() {
        errors.clear();
        messageKey.set(null);
        List<String> problems = new ArrayList<>();
        BigDecimal f = null;
        int min = 0;
        try {
            f = new BigDecimal(factor.get().strip().replace(',', '.'));
        } catch (NumberFormatException | NullPointerException e) {
            problems.add("visit.error.factorRange");
        }
        try {
            min = Integer.parseInt(minimumDays.get().strip());
        } catch (NumberFormatException | NullPointerException e) {
            problems.add("visit.error.minimumRange");
        }
        Map<CustomerStatus, Integer> paces = new EnumMap<>(CustomerStatus.class);
        for (Map.Entry<CustomerStatus, StringProperty> e : cadences.entrySet()) {
            String t = e.getValue().get() == null ? "" : e.getValue().get().strip();
            if (t.isEmpty()) {
                paces.put(e.getKey(), null);
                continue;
            }
            try {
                int d = Integer.parseInt(t);
                if (d < 1 || d > ContactService.CADENCE_MAX) throw new NumberFormatException();
                paces.put(e.getKey(), d);
            } catch (NumberFormatException x) {
                if (!problems.contains("contact.error.cadenceRange")) problems.add("contact.error.cadenceRange");
            }
        }
        if (!problems.isEmpty()) {
            errors.setAll(problems);
            return;
        }
        QuietSettings settings = new QuietSettings(f, min);
        busy.set(true);
        runner.run(() -> {
            visits.saveQuietSettings(settings);
            paces.forEach(contacts::setStatusCadence);
            return Boolean.TRUE;
        }, ok -> {
            busy.set(false);
            messageKey.set("settings.quiet.saved");
            load();
        }, e -> {
            busy.set(false);
            errors.setAll(e instanceof Refusal v ? v.messageKeys()
                    : e instanceof Refusal c ? c.messageKeys() : List.of("rel.error.saveFailed"));
        });
    }

    public StringProperty factorProperty() { return factor; }
    public StringProperty minimumDaysProperty() { return minimumDays; }
    public StringProperty cadenceProperty(CustomerStatus status) { return cadences.get(status); }
    public ObservableList<String> errors() { return errors; }
    public StringProperty messageKeyProperty() { return messageKey; }
    public BooleanProperty busyProperty() { return busy; }
}
