package com.setia.loyalty;

import com.setia.common.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;

/**
 * The six loyalty signs of one customer: ticking stores the sign at once with the row's day (today unless the
 * owner picked another); changing the day of a ticked sign stores it again.
 */
public final class LoyaltyViewModel {
    private final LoyaltyService service;
    private final TaskRunner runner;
    private final Clock clock;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final StringProperty errorKey = new SimpleStringProperty();
    private long customerId;

    public LoyaltyViewModel(LoyaltyService service, TaskRunner runner, Clock clock) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        for (LoyaltySign s : LoyaltySign.values()) rows.add(new Row(s));
    }

    public void load(long customerId) {
        this.customerId = customerId;
        runner.run(() -> service.forCustomer(customerId), this::show, e -> errorKey.set("loyalty.error.loadFailed"));
    }

    private void show(Map<LoyaltySign, LoyaltyMark> marks) {
        errorKey.set(null);
        for (Row row : rows) {
            LoyaltyMark m = marks.get(row.sign);
            row.ticked.set(m != null);
            row.day.set(m != null ? m.seenOn() : LocalDate.now(clock));
            row.dayUnreadable.set(false);
        }
    }

    /** Ticks or unticks a sign as the owner clicked it. */
    private Runnable onChanged = () -> { };

    /** Runs on the FX thread after a sign was stored as ticked or unticked. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged == null ? () -> { } : onChanged;
    }

    public void setTicked(Row row, boolean ticked) {
        errorKey.set(null);
        if (!ticked) {
            runner.run(() -> {
                service.untick(customerId, row.sign);
                return Boolean.TRUE;
            }, ok -> {
                row.ticked.set(false);
                onChanged.run();
            }, e -> failed(row, e));
            return;
        }
        save(row);
    }

    /** Stores a ticked row with its day; a refused day says why and leaves what is stored. */
    public void save(Row row) {
        errorKey.set(null);
        if (row.dayUnreadable.get()) {
            errorKey.set("loyalty.error.dateUnreadable");
            load(customerId);
            return;
        }
        LocalDate day = row.day.get() == null ? LocalDate.now(clock) : row.day.get();
        runner.run(() -> service.tick(customerId, row.sign, day, null), mark -> {
            row.ticked.set(true);
            row.day.set(mark.seenOn());
            onChanged.run();
        }, e -> failed(row, e));
    }

    private void failed(Row row, Throwable e) {
        List<String> keys = e instanceof Refusal l ? l.messageKeys() : List.of("loyalty.error.loadFailed");
        errorKey.set(keys.get(0));
        load(customerId);
    }

    public ObservableList<Row> rows() { return rows; }
    public StringProperty errorKeyProperty() { return errorKey; }

    /** One sign: ticked or not, and its day. */
    public static final class Row {
        private final LoyaltySign sign;
        private final BooleanProperty ticked = new SimpleBooleanProperty();
        private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>();
        private final BooleanProperty dayUnreadable = new SimpleBooleanProperty();

        Row(LoyaltySign sign) {
            this.sign = sign;
        }

        public LoyaltySign sign() { return sign; }
        public BooleanProperty tickedProperty() { return ticked; }
        public ObjectProperty<LocalDate> dayProperty() { return day; }
        public BooleanProperty dayUnreadableProperty() { return dayUnreadable; }
    }
}
