package com.setia.reasons;

import java.util.List;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;

/** How often each of the ten reasons is ticked across all customers: which habits cost the shop the most. */
public final class ReasonOverviewViewModel {
    private final ReasonService service;
    private final TaskRunner runner;
    private final ObservableList<ReasonCount> counts = FXCollections.observableArrayList();
    private final IntegerProperty max = new SimpleIntegerProperty();
    private final StringProperty errorKey = new SimpleStringProperty();

    public ReasonOverviewViewModel(ReasonService service, TaskRunner runner) {
        this.service = service;
        this.runner = runner;
    }

    public void load() {
        runner.run(service::overview, this::show, e -> errorKey.set("reasons.error.loadFailed"));
    }

    private void show(List<ReasonCount> list) {
        errorKey.set(null);
        max.set(list.stream().mapToInt(ReasonCount::customers).max().orElse(0));
        counts.setAll(list);
    }

    public ObservableList<ReasonCount> counts() { return counts; }
    /** The highest count, to scale the bars. */
    public IntegerProperty maxProperty() { return max; }
    public StringProperty errorKeyProperty() { return errorKey; }
}
