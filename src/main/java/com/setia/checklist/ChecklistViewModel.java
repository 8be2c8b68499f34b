package com.setia.checklist;

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

import com.setia.common.Refusal;
import com.setia.common.TaskRunner;

/**
 * A per-customer checklist: one row per item in the fixed order. Ticking stores the item at once with the row's day
 * (today unless changed) and note; a changed day or note is stored with {@link #save(Row)}. Messages are bundle keys
 * under the checklist's prefix ({@code prefix + ".error.loadFailed"} ...).
 */
public final class ChecklistViewModel<I extends ChecklistItem> {
    private final ChecklistStore<I> store;
    private final TaskRunner runner;
    private final Clock clock;
    private final String prefix;
    private final ObservableList<Row<I>> rows = FXCollections.observableArrayList();
    private final StringProperty errorKey = new SimpleStringProperty();
    private long customerId;

    public ChecklistViewModel(ChecklistStore<I> store, TaskRunner runner, Clock clock, String prefix) {
        this.store = store;
        this.runner = runner;
        this.clock = clock;
        this.prefix = prefix;
        for (I item : store.items()) rows.add(new Row<>(item));
    }

    public void load(long customerId) {
        this.customerId = customerId;
        runner.run(() -> store.ticksOf(customerId), this::show, e -> errorKey.set(prefix + ".error.loadFailed"));
    }

    private void show(Map<I, Tick<I>> ticks) {
        errorKey.set(null);
        for (Row<I> row : rows) row.showStored(ticks.get(row.item), LocalDate.now(clock));
    }

    public void setTicked(Row<I> row, boolean ticked) {
        row.errorKey.set(null);
        if (!ticked) {
            runner.run(() -> {
                store.untick(customerId, row.item);
                return Boolean.TRUE;
            }, ok -> row.showStored(null, LocalDate.now(clock)), e -> failed(row, e));
            return;
        }
        if (row.date.get() == null) row.date.set(LocalDate.now(clock));
        save(row);
    }

    public void save(Row<I> row) {
        row.errorKey.set(null);
        if (row.dateUnreadable.get()) {
            row.errorKey.set(prefix + ".error.dateUnreadable");
            row.ticked.set(row.stored.get() != null);
            return;
        }
        LocalDate day = row.date.get();
        String note = row.note.get();
        runner.run(() -> store.tick(customerId, row.item, day, note), row::stored, e -> failed(row, e));
    }

    private void failed(Row<I> row, Throwable e) {
        row.ticked.set(row.stored.get() != null);
        row.errorKey.set(e instanceof Refusal r && !r.messageKeys().isEmpty() ? r.messageKeys().get(0)
                : prefix + ".error.saveFailed");
    }

    public ObservableList<Row<I>> rows() { return rows; }
    public StringProperty errorKeyProperty() { return errorKey; }

    /** One item of the checklist. */
    public static final class Row<I extends ChecklistItem> {
        private final I item;
        private final BooleanProperty ticked = new SimpleBooleanProperty();
        private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
        private final BooleanProperty dateUnreadable = new SimpleBooleanProperty();
        private final StringProperty note = new SimpleStringProperty("");
        private final ObjectProperty<Tick<I>> stored = new SimpleObjectProperty<>();
        private final StringProperty errorKey = new SimpleStringProperty();
        private final BooleanBinding dirty;

        Row(I item) {
            this.item = item;
            this.dirty = Bindings.createBooleanBinding(() -> {
                Tick<I> t = stored.get();
                return t != null && (!Objects.equals(t.on(), date.get())
                        || !Objects.equals(t.note() == null ? "" : t.note(), note.get() == null ? "" : note.get().strip())
                        || dateUnreadable.get());
            }, stored, date, note, dateUnreadable);
        }

        void showStored(Tick<I> tick, LocalDate today) {
            stored.set(tick);
            ticked.set(tick != null);
            date.set(tick == null ? today : tick.on());
            note.set(tick == null || tick.note() == null ? "" : tick.note());
        }

        void stored(Tick<I> tick) {
            stored.set(tick);
            ticked.set(true);
            date.set(tick.on());
            note.set(tick.note() == null ? "" : tick.note());
        }

        public I item() { return item; }
        public BooleanProperty tickedProperty() { return ticked; }
        public ObjectProperty<LocalDate> dateProperty() { return date; }
        public BooleanProperty dateUnreadableProperty() { return dateUnreadable; }
        public StringProperty noteProperty() { return note; }
        public StringProperty errorKeyProperty() { return errorKey; }
        public BooleanBinding dirtyBinding() { return dirty; }
    }
}
