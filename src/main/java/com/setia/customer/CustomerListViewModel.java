package com.setia.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

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
 *
 * <p>An answer comes in two steps: the rows a screen shows first, found by a scan that stops once it has them and
 * read in a few milliseconds, so the list follows the keys; then the whole search for the count, which stops as soon
 * as a newer search starts, so the next keystroke never waits behind it. The rest of the page (up to its size) is
 * read only as the owner scrolls to it ({@link #showMore()}).
 */
public final class CustomerListViewModel {
    private final CustomerService service;
    private final TaskRunner runner;
    private final int pageSize;
    /** How many rows the first step reads: a few more than the list shows (the view says how many it shows). */
    private int screenful;
    /** The ids of the page (at most pageSize) once known; the first {@code read} of them are in rows. */
    private List<Long> pageIds = List.of();
    private int read;
    private boolean readingMore;
    /** The newest search, for the background steps to see when theirs is stale. */
    private final AtomicInteger newest = new AtomicInteger();

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
        this(service, visitStandings, runner, pageSize, SCREENFUL);
    }

    /** The rows read first until the view says how many it shows: more than a tall screen shows. */
    static final int SCREENFUL = 60;
    /** Rows read beyond those on screen, to scroll a little before the next ones are read. */
    static final int BEYOND_SCREEN = 8;

    CustomerListViewModel(CustomerService service, VisitStandings visitStandings, TaskRunner runner, int pageSize,
            int screenful) {
        this.service = service;
        this.visitStandings = visitStandings;
        this.runner = runner;
        this.pageSize = pageSize;
        this.screenful = Math.max(1, Math.min(screenful, pageSize));
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
        return totalMatches.get() > pageSize;
    }

    /** How many customers the list shows (or is reading the rest of): at most a page. */
    public int shownCount() {
        return Math.min(totalMatches.get(), pageSize);
    }

    public void refresh() {
        refresh(null);
    }

    /** Searches again; {@code then} runs once the rows are in (for "select the customer just saved"). */
    public void refresh(Runnable then) {
        int mine = generation.get() + 1;
        generation.set(mine);
        newest.set(mine);
        readingMore = false;
        String q = query.get();
        boolean archived = includeArchived.get();
        CustomerStatus status = statusFilter.get();
        ListOrder sort = order.get();
        loading.set(true);
        runner.run(() -> {
            VisitStandings.Snapshot now = visitStandings.snapshot();
            CustomerSearchIndex.Hits hits = service.firstHits(q, archived, status, screenful, sort);
            boolean whole = hits == null || hits.total() >= 0 && hits.total() <= hits.ids().size();
            if (hits == null) hits = service.hits(q, archived, status, pageSize, sort, now); // sorted by visits
            List<Long> first = List.copyOf(hits.ids().subList(0, Math.min(screenful, hits.ids().size())));
            return new Found(hits, whole, first, service.rows(first), now);
        }, found -> {
            if (generation.get() != mine) {
                return;
            }
            standings.set(found.standings());
            rows.setAll(found.first());
            errorKey.set(null);
            loaded.set(true);
            CustomerSearchIndex.Hits hits = found.hits();
            List<Long> shown = found.firstIds();
            read = shown.size();
            if (found.whole()) { // every id of the page is known, and so is the count
                pageIds = hits.ids();
                totalMatches.set(hits.total());
                answered(then);
                return;
            }
            pageIds = shown;
            // The first step stopped once it had a screenful: the whole search, for the count and the page's ids.
            runner.run(() -> {
                try {
                    return service.hits(q, archived, status, pageSize, sort, found.standings(), () -> newest.get() != mine);
                } catch (CancellationException stale) {
                    return null; // a newer search started: nobody will see this one's count
                }
            }, all -> {
                if (generation.get() != mine || all == null) {
                    return;
                }
                if (all.ids().size() < shown.size() || !all.ids().subList(0, shown.size()).equals(shown)) {
                    refresh(then); // the book changed between the two steps (a save): search again
                    return;
                }
                pageIds = all.ids();
                totalMatches.set(all.total());
                answered(then);
            }, error -> failed(mine));
        }, error -> failed(mine));
    }

    /**
     * How many rows the list shows at its present height: the next searches read that many (and a few more) first,
     * so typing reads no row the owner cannot see.
     */
    public void setRowsOnScreen(int rows) {
        screenful = Math.max(1, Math.min(pageSize, rows + BEYOND_SCREEN));
    }

    /**
     * Reads the next rows of the page, when the owner has scrolled near the end of those read (the view asks); does
     * nothing while a read is under way or when the page is all read.
     */
    public void showMore() {
        if (readingMore || read >= pageIds.size()) {
            return;
        }
        readUpTo(read + MORE_BATCH, () -> { });
    }

    /**
     * Makes sure the row of this customer is read when the page has it (a customer just saved, to select it), then
     * runs {@code then}; at once when it is read already or not on the page.
     */
    public void reveal(long customerId, Runnable then) {
        int at = pageIds.indexOf(customerId);
        if (at < read || readingMore) {
            then.run();
            return;
        }
        readUpTo(at + 1 + BEYOND_SCREEN, then);
    }

    /** Reads the page's rows from those read up to {@code end} (or the page's end), adds them, then runs {@code then}. */
    private void readUpTo(int end, Runnable then) {
        int mine = generation.get();
        List<Long> next = List.copyOf(pageIds.subList(read, Math.min(pageIds.size(), end)));
        readingMore = true;
        runner.run(() -> service.rows(next), more -> {
            if (generation.get() != mine) {
                return;
            }
            readingMore = false;
            read += next.size();
            rows.addAll(more);
            then.run();
        }, error -> {
            if (generation.get() == mine) readingMore = false;
            failed(mine);
        });
    }

    /** Rows read at a time as the owner scrolls: a few milliseconds each. */
    private static final int MORE_BATCH = 100;

    private void answered(Runnable then) {
        loading.set(false);
        if (then != null) then.run();
    }

    private void failed(int mine) {
        if (generation.get() != mine) {
            return;
        }
        errorKey.set("customer.error.loadFailed");
        loading.set(false);
    }

    /**
     * The first step's answer: {@code whole} when its hits are the whole page's (else only its first ids), and the
     * rows of the first ids.
     */
    private record Found(CustomerSearchIndex.Hits hits, boolean whole, List<Long> firstIds, List<Customer> first,
            VisitStandings.Snapshot standings) {
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
