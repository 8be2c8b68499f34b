package com.setia.customer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the list searches: for each customer, its id, sort key and search text, held in memory in list order
 * (current before archived, then by name). A substring scan over 100,000 of these takes milliseconds where the
 * same LIKE in the store takes hundreds; see {@code CustomerSearchBenchmark}. Built from the store on first use;
 * {@link CustomerService} keeps it in step with every change it commits, and, on a store shared by several PCs,
 * with every change the others commit (the store's change feed names the customers; see
 * {@code CustomerService.changedElsewhere}).
 */
final class CustomerSearchIndex {
    /** One customer as the index sees it. */
    record Entry(long id, String sortKey, String searchText, boolean archived) {
        static Entry of(long id, String name, String searchText, boolean archived) {
            return new Entry(id, name == null ? "" : name.toLowerCase(Locale.ROOT), searchText, archived);
        }
    }

    /** The ids to show (at most the limit asked), in list order, and how many match in all. */
    record Hits(List<Long> ids, int total) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::archived)
            .thenComparing(Entry::sortKey).thenComparingLong(Entry::id);

    private final Supplier<List<Entry>> loader;
    private List<Entry> entries;
    private Map<Long, Entry> byId;

    CustomerSearchIndex(Supplier<List<Entry>> loader) {
        this.loader = loader;
    }

    synchronized Hits search(List<String> terms, boolean includeArchived, int limit) {
        ensureLoaded();
        List<Long> ids = new ArrayList<>(Math.min(limit, 1024));
        int total = 0;
        for (Entry e : entries) {
            if (e.archived() && !includeArchived) {
                break; // archived entries come last
            }
            if (matches(e.searchText(), terms)) {
                if (ids.size() < limit) ids.add(e.id());
                total++;
            }
        }
        return new Hits(ids, total);
    }

    /** Adds the customer, or moves it to where its new name and state belong. */
    synchronized void put(Entry entry) {
        if (entries == null) {
            return; // not loaded yet: the first search reads the store, this change included
        }
        Entry old = byId.put(entry.id(), entry);
        if (old != null) {
            entries.remove(Collections.binarySearch(entries, old, ORDER));
        }
        int at = Collections.binarySearch(entries, entry, ORDER);
        entries.add(at < 0 ? -at - 1 : at, entry);
    }

    synchronized boolean loaded() {
        return entries != null;
    }

    /** Takes out a customer that is gone from the store. */
    synchronized void remove(long id) {
        if (entries == null) return;
        Entry old = byId.remove(id);
        if (old != null) {
            entries.remove(Collections.binarySearch(entries, old, ORDER));
        }
    }

    /** Forgets everything; the next search reads the store again. */
    synchronized void invalidate() {
        entries = null;
        byId = null;
    }

    private void ensureLoaded() {
        if (entries != null) {
            return;
        }
        List<Entry> loaded = new ArrayList<>(loader.get());
        loaded.sort(ORDER);
        Map<Long, Entry> ids = new HashMap<>(loaded.size() * 2);
        for (Entry e : loaded) ids.put(e.id(), e);
        entries = loaded;
        byId = ids;
    }

    private static boolean matches(String text, List<String> terms) {
        for (String term : terms) {
            if (!text.contains(term)) return false;
        }
        return true;
    }
}
