package com.setia.reasons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
 * The ten-reason checklist of one customer: one row per reason, i-x. Ticking stores the reason at once with the
 * row's day (today unless changed) and note; a changed day or note is stored with {@link #save(Row)}.
 */
public final class ReasonChecklistViewModel {
    private final ReasonService service;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty errorKey = new SimpleStringProperty();
    private long customerId;

    public ReasonChecklistViewModel(ReasonService service, TaskRunner runner, Clock clock) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        for (LossReason r : LossReason.values()) {
            rows.add(new Row(r));
        }
    }

    public void load(long customerId) {
        this.customerId = customerId;
        runner.run(() -> service.forCustomer(customerId), this::show, e -> errorKey.set("reasons.error.loadFailed"));
    }

    private void show(Map<LossReason, ReasonTick> ticks) {
        errorKey.set(null);
        for (Row row : rows) {
            row.showStored(ticks.get(row.reason), LocalDate.now(clock));
        }
    }

    /** Ticks or unticks a reason, as the owner clicked it. */
    public void setTicked(Row row, boolean ticked) {
        row.error.set(null);
        if (!ticked) {
            runner.run(() -> {
                service.untick(customerId, row.reason);
                return Boolean.TRUE;
            }, ok -> row.showStored(null, LocalDate.now(clock)), e -> failed(row, e));
            return;
        }
        if (row.date.get() == null) row.date.set(LocalDate.now(clock));
        save(row);
    }

    /** Stores the row's day and note; on refusal the row keeps what was typed and says why. */
    public void save(Row row) {
        row.error.set(null);
        if (row.dateUnreadable.get()) {
            row.error.set(Message.of("reasons.error.dateUnreadable"));
            row.ticked.set(row.stored.get() != null);
            return;
        }
        LocalDate day = row.date.get();
        String note = row.note.get();
        row.saving = true;
        runner.run(() -> service.tick(customerId, row.reason, day, note), tick -> {
            row.saving = false;
            row.stored(tick);
        }, e -> {
            row.saving = false;
            failed(row, e);
        });
    }

    private void failed(Row row, Throwable e) {
        row.ticked.set(row.stored.get() != null);
        if (e instanceof Refusal v) {
            row.error.set(v.messages().get(0));
        } else {
            row.error.set(Message.of("reasons.error.saveFailed"));
        }
    }

    /** Stores every ticked reason whose day or note was changed and can be read (the owner is leaving). */
    public void saveTyped() {
        rows.stream().filter(r -> r.dirty.get() && !r.dateUnreadable.get() && !r.saving).forEach(this::save);
    }

    /** True when a ticked reason's day or note was changed and is neither stored nor being stored. */
    public boolean hasUnsavedWork() {
        return rows.stream().anyMatch(r -> r.dirty.get() && !r.saving);
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public StringProperty errorKeyProperty() {
        return errorKey;
    }

    /** One reason of the checklist. */
    public static final class Row {
        private final LossReason reason;
        private final BooleanProperty ticked = new SimpleBooleanProperty();
        private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
        private final BooleanProperty dateUnreadable = new SimpleBooleanProperty();
        private final StringProperty note = new SimpleStringProperty("");
        private final ObjectProperty<ReasonTick> stored = new SimpleObjectProperty<>();
        private final ObjectProperty<Message> error = new SimpleObjectProperty<>();
        private final BooleanBinding dirty;
        private boolean saving;

        Row(LossReason reason) {
            this.reason = reason;
            this.dirty = Bindings.createBooleanBinding(() -> {
                ReasonTick t = stored.get();
                return t != null && (!Objects.equals(t.tickedOn(), date.get())
                        || !Objects.equals(t.note() == null ? "" : t.note(), note.get() == null ? "" : note.get().strip())
                        || dateUnreadable.get());
            }, stored, date, note, dateUnreadable);
        }

        void showStored(ReasonTick tick, LocalDate today) {
            stored.set(tick);
            ticked.set(tick != null);
            date.set(tick == null ? today : tick.tickedOn());
            note.set(tick == null || tick.note() == null ? "" : tick.note());
        }

        void stored(ReasonTick tick) {
            stored.set(tick);
            ticked.set(true);
            date.set(tick.tickedOn());
            note.set(tick.note() == null ? "" : tick.note());
        }

        public LossReason reason() { return reason; }
        public BooleanProperty tickedProperty() { return ticked; }
        public ObjectProperty<LocalDate> dateProperty() { return date; }
        public BooleanProperty dateUnreadableProperty() { return dateUnreadable; }
        public StringProperty noteProperty() { return note; }
        public ObjectProperty<ReasonTick> storedProperty() { return stored; }
        /** Why the row was not stored, while it says so. */
        public ObjectProperty<Message> errorProperty() { return error; }
        public BooleanBinding dirtyBinding() { return dirty; }
    }
}
