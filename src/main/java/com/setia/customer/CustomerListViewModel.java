package com.setia.customer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.TaskRunner;

/**
 * The customer list: searches as the owner types. Each change of the query, the status filter or "show archived"
 * starts a search in the background; an answer that arrives after a newer search started is dropped, so the list
 * always matches the search box. Until the first answer is in, the list is loading, not empty.
 */
public final class CustomerListViewModel {
    private final CustomerService service;
    private final TaskRunner runner;
    private final int pageSize;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final BooleanProperty includeArchived = new SimpleBooleanProperty(this, "includeArchived", false);
    private final ObjectProperty<CustomerStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObservableList<Customer> rows = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper totalMatches = new ReadOnlyIntegerWrapper(this, "totalMatches");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper errorKey = new ReadOnlyStringWrapper(this, "errorKey");
    private final IntegerProperty generation = new SimpleIntegerProperty();
    private final VisitStandings visitStandings;
    private final ObjectProperty<ListOrder> order = new SimpleObjectProperty<>(this, "order", ListOrder.NAME);
    private final ReadOnlyObjectWrapper<VisitStandings.Snapshot> standings = new ReadOnlyObjectWrapper<>(this,
            "standings", VisitStandings.NONE.snapshot());

    public CustomerListViewModel(CustomerService service, TaskRunner runner, int pageSize) {
        this(service, VisitStandings.NONE, runner, pageSize);
    }

    /** @param visitStandings each customer's last visit and going quiet, shown and sorted by in the list */
    public CustomerListViewModel(CustomerService service, VisitStandings visitStandings, TaskRunner runner, int pageSize) {
        this.service = service;
        this.visitStandings = visitStandings;
        this.runner = runner;
        this.pageSize = pageSize;
        query.addListener((obs, old, now) -> refresh());
        includeArchived.addListener((obs, old, now) -> refresh());
        statusFilter.addListener((obs, old, now) -> refresh());
        order.addListener((obs, old, now) -> refresh());
    }

    /** By name (the default), by the last visit, or most overdue first. */
    public ObjectProperty<ListOrder> orderProperty() {
        return order;
    }

    /** The customers' standings the rows were found with (the last visit column reads them). */
    public ReadOnlyObjectProperty<VisitStandings.Snapshot> standingsProperty() {
        return standings.getReadOnlyProperty();
    }

    /** The standing of a listed customer, or null without a visit. */
    public VisitStandings.Standing standing(long customerId) {
        return standings.get().of(customerId);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public BooleanProperty includeArchivedProperty() {
        return includeArchived;
    }

    public ObservableList<Customer> rows() {
        return rows;
    }

    /** Only customers of this status; null shows every status. */
    public ObjectProperty<CustomerStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ReadOnlyIntegerProperty totalMatchesProperty() {
        return totalMatches.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** False until the first search answered: the rows are not known yet (not "no customers"). */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** The bundle key of what went wrong with the last search, or null. */
    public ReadOnlyStringProperty errorKeyProperty() {
        return errorKey.getReadOnlyProperty();
    }

    /** True when more customers match than the list shows. */
    public boolean truncated() {
        return totalMatches.get() > rows.size();
    }

    public void refresh() {
        refresh(null);
    }

    /** Searches again; {@code then} runs once the rows are in (for "select the customer just saved"). */
    public void refresh(Runnable then) {
        int mine = generation.get() + 1;
        generation.set(mine);
        String q = query.get();
        boolean archived = includeArchived.get();
        CustomerStatus status = statusFilter.get();
        ListOrder sort = order.get();
        loading.set(true);
        runner.run(() -> {
            VisitStandings.Snapshot now = visitStandings.snapshot();
            return new Found(service.search(q, archived, status, pageSize, sort, now), now);
        }, found -> {
            if (generation.get() != mine) {
                return;
            }
            CustomerPage page = found.page();
            standings.set(found.standings());
            rows.setAll(page.rows());
            totalMatches.set(page.totalMatches());
            errorKey.set(null);
            loaded.set(true);
            loading.set(false);
            if (then != null) then.run();
        }, error -> {
            if (generation.get() != mine) {
                return;
            }
            errorKey.set("customer.error.loadFailed");
            loading.set(false);
        });
    }

    private record Found(CustomerPage page, VisitStandings.Snapshot standings) {
    }

    /** Replaces one row in place after it was saved elsewhere, without searching again. */
    public void replace(Customer updated) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == updated.id()) {
                rows.set(i, updated);
                return;
            }
        }
    }
}
