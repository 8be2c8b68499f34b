package com.setia.incident;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

import com.setia.common.Message;
import com.setia.common.Problem;
import com.setia.common.Refusal;
import com.setia.common.TaskRunner;

/**
 * The incident form: what the owner types, checked by the service when saved. On a refusal the typed text stays
 * and each field gets its message key.
 */
public final class IncidentFormViewModel {
    public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final IncidentService service;
    private final TaskRunner runner;
    private final Clock clock;

    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final BooleanProperty dateUnreadable = new SimpleBooleanProperty();
    private final StringProperty time = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty customerSaid = new SimpleStringProperty("");
    private final ObjectProperty<Severity> severity = new SimpleObjectProperty<>();
    private final StringProperty customerWants = new SimpleStringProperty("");
    private final StringProperty cues = new SimpleStringProperty("");
    private final ObservableMap<IncidentField, Message> errors = FXCollections.observableHashMap();
    private final StringProperty bannerKey = new SimpleStringProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public IncidentFormViewModel(IncidentService service, TaskRunner runner, Clock clock) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        reset();
        // A field's message goes once the owner changes that field.
        date.addListener((o, a, b) -> errors.remove(IncidentField.OCCURRED_AT));
        dateUnreadable.addListener((o, a, b) -> errors.remove(IncidentField.OCCURRED_AT));
        time.addListener((o, a, b) -> errors.remove(IncidentField.OCCURRED_AT));
        channel.addListener((o, a, b) -> errors.remove(IncidentField.CHANNEL));
        customerSaid.addListener((o, a, b) -> errors.remove(IncidentField.CUSTOMER_SAID));
        severity.addListener((o, a, b) -> errors.remove(IncidentField.SEVERITY));
        customerWants.addListener((o, a, b) -> errors.remove(IncidentField.CUSTOMER_WANTS));
        cues.addListener((o, a, b) -> errors.remove(IncidentField.CUES));
    }

    /** An empty form, dated now, from the counter, medium severity. */
    public void reset() {
        var now = clock.instant().atZone(clock.getZone()).truncatedTo(ChronoUnit.MINUTES);
        date.set(now.toLocalDate());
        dateUnreadable.set(false);
        time.set(TIME.format(now.toLocalTime()));
        channel.set(Channel.COUNTER);
        customerSaid.set("");
        severity.set(Severity.MEDIUM);
        customerWants.set("");
        cues.set("");
        errors.clear();
        bannerKey.set(null);
    }

    /** Checks and stores the incident for this customer; {@code onSaved} gets it. On refusal the form keeps everything. */
    public void save(long customerId, Consumer<Incident> onSaved) {
        errors.clear();
        bannerKey.set(null);
        LocalTime parsedTime = parseTime(time.get());
        if (dateUnreadable.get()) {
            errors.put(IncidentField.OCCURRED_AT, Message.of("incident.error.dateUnreadable"));
        } else if (parsedTime == null && time.get() != null && !time.get().isBlank()) {
            errors.put(IncidentField.OCCURRED_AT, Message.of("incident.error.timeUnreadable"));
        }
        var when = date.get() == null ? null
                : date.get().atTime(parsedTime == null ? LocalTime.NOON : parsedTime).atZone(clock.getZone()).toInstant();
        IncidentDraft draft = new IncidentDraft(customerId, when, channel.get(), customerSaid.get(), severity.get(),
                customerWants.get(), cues.get());
        service.check(draft).forEach(this::show);
        if (!errors.isEmpty()) {
            bannerKey.set("incident.error.fixFields");
            return;
        }
        busy.set(true);
        runner.run(() -> service.log(draft), saved -> {
            busy.set(false);
            reset();
            onSaved.accept(saved);
        }, error -> {
            busy.set(false);
            if (error instanceof Refusal v) {
                v.problems().forEach(this::show);
                bannerKey.set("incident.error.fixFields");
            } else {
                bannerKey.set("incident.error.saveFailed");
            }
        });
    }

    private void show(Problem p) {
        if (p.field() instanceof IncidentField f) errors.putIfAbsent(f, p.message());
    }

    static LocalTime parseTime(String text) {
        if (text == null || text.isBlank()) return null;
        String t = text.strip().replace('.', ':');
        for (DateTimeFormatter f : List.of(TIME, DateTimeFormatter.ofPattern("HHmm"))) {
            try {
                return LocalTime.parse(t, f);
            } catch (DateTimeParseException e) {
                // try the next pattern
            }
        }
        return null;
    }

    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public BooleanProperty dateUnreadableProperty() { return dateUnreadable; }
    public StringProperty timeProperty() { return time; }
    public ObjectProperty<Channel> channelProperty() { return channel; }
    public StringProperty customerSaidProperty() { return customerSaid; }
    public ObjectProperty<Severity> severityProperty() { return severity; }
    public StringProperty customerWantsProperty() { return customerWants; }
    public StringProperty cuesProperty() { return cues; }
    public ObservableMap<IncidentField, Message> errors() { return errors; }
    public StringProperty bannerKeyProperty() { return bannerKey; }
    public BooleanProperty busyProperty() { return busy; }
}
