package com.setia.customer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.LongToIntFunction;
import java.util.function.Consumer;

/**
 * What the list searches: for each customer, its id, sort key and search text, held in memory in list order
 * (current before archived, then by name). A substring scan over 100,000 of these takes a few milliseconds where the
 * same LIKE in the store takes hundreds; see {@code CustomerSearchBenchmark}. {@link CustomerService} keeps it in
 * step with every change it commits, and, on a store shared by several PCs, with every change the others commit (the
 * store's change feed names the customers; see {@code CustomerService.changedElsewhere}).
 *
 * <p>Typing narrows: when every word of the last search is still part of a word of the new one (the owner typed one
 * more letter), only the customers the last search found are scanned again. The entries live in parallel arrays
 * (ids, texts, flags) rather than one object each, so a scan walks memory in order.
 */
final class CustomerSearchIndex {
    /** One customer as the index sees it. */
    record Entry(long id, String sortKey, String searchText, boolean archived, CustomerStatus status) {
        static Entry of(long id, String name, String searchText, boolean archived, CustomerStatus status) {
            return new Entry(id, name == null ? "" : name.toLowerCase(Locale.ROOT), searchText, archived, status);
        }

        /**
         * What the index holds: the search text, which begins with the sort key (see {@code CustomerSearch}); when
         * it does not (a name cut short at 700 characters), the sort key, a line break, then the search text.
         */
        String text() {
            return searchText.startsWith(sortKey) ? searchText : sortKey + '\n' + searchText;
        }
    }

    /** The ids to show (at most the limit asked), in list order, and how many match in all. */
    record Hits(List<Long> ids, int total) {
    }

    private static final BooleanSupplier NEVER = () -> false;
    /** How often a scan asks whether to stop: every 4,096 customers, a fraction of a millisecond. */
    private static final int STOP_EVERY = 4095;

    /** Hands every customer in the store to the consumer given, in any order. */
    private final Consumer<Consumer<Entry>> loader;
    /**
     * The customers in list order, as parallel arrays (no object per customer: 100,000 of them would hold 4 MB more);
     * ids is null until first loaded. A customer's sort key is not held apart: its text begins with it (the lower-case
     * name), {@code nameEnds} long, which saves a string per customer (5 MB at 100,000).
     */
    private long[] ids;
    private int[] nameEnds;
    private String[] texts;
    private CustomerStatus[] statuses;
    private int current; // positions [0..current) are not archived

    /** The last search, to narrow from: its terms, whether it took archived customers, and every position it found. */
    private List<String> lastTerms;
    private boolean lastArchived;
    private int[] lastMatches;

    CustomerSearchIndex(Consumer<Consumer<Entry>> loader) {
        this.loader = loader;
    }

    synchronized Hits search(List<String> terms, boolean includeArchived, int limit) {
        return search(terms, includeArchived, null, limit);
    }

    /** {@code status}: only customers of that status (the words narrow as usual); null for every status. */
    synchronized Hits search(List<String> terms, boolean includeArchived, CustomerStatus status, int limit) {
        return search(terms, includeArchived, status, limit, NEVER);
    }

    /** {@code stop}: asked as the scan goes; true ends it with a {@link CancellationException} (a newer search came). */
    synchronized Hits search(List<String> terms, boolean includeArchived, CustomerStatus status, int limit,
            BooleanSupplier stop) {
        ensureLoaded();
        int end = includeArchived ? ids.length : current;
        if (terms.isEmpty()) { // everyone (of that status): the first page, without a text scan
            lastMatches = null;
            List<Long> shown = new ArrayList<>(Math.min(limit, end));
            if (status == null) {
                for (int i = 0; i < end && shown.size() < limit; i++) shown.add(ids[i]);
                return new Hits(shown, end);
            }
            int total = 0;
            for (int i = 0; i < end; i++) {
                if (statuses[i] != status) continue;
                if (shown.size() < limit) shown.add(ids[i]);
                total++;
            }
            return new Hits(shown, total);
        }
        int[] matches = matching(terms, includeArchived, end, stop);
        List<Long> shown = new ArrayList<>(Math.min(limit, matches.length));
        if (status == null) {
            for (int i = 0; i < matches.length && shown.size() < limit; i++) {
                shown.add(ids[matches[i]]);
            }
            return new Hits(shown, matches.length);
        }
        int total = 0;
        for (int at : matches) {
            if (statuses[at] != status) continue;
            if (shown.size() < limit) shown.add(ids[at]);
            total++;
        }
        return new Hits(shown, total);
    }

    /**
     * As {@link #search(List, boolean, CustomerStatus, int)}, every match ordered by {@code key} (higher first; equal
     * keys in list order) before the first {@code limit} are taken: sorting by the last visit or by going quiet
     * sorts the whole book, not the screenful. A sort of packed longs: about 10 ms for 100,000 matches.
     */
    synchronized Hits search(List<String> terms, boolean includeArchived, CustomerStatus status, int limit,
            LongToIntFunction key) {
        return search(terms, includeArchived, status, limit, key, NEVER);
    }

    synchronized Hits search(List<String> terms, boolean includeArchived, CustomerStatus status, int limit,
            LongToIntFunction key, BooleanSupplier stop) {
        ensureLoaded();
        int end = includeArchived ? ids.length : current;
        int[] matches;
        if (terms.isEmpty()) {
            lastMatches = null;
            matches = null; // every position below end
        } else {
            matches = matching(terms, includeArchived, end, stop);
        }
        int count = matches == null ? end : matches.length;
        long[] packed = new long[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int at = matches == null ? i : matches[i];
            if (status != null && statuses[at] != status) continue;
            // higher keys first: (2^30 - key) in [1, 2^31) in the high half, the list position in the low half
            long k = Math.max(1 - (1L << 30), Math.min((1L << 30) - 1, key.applyAsInt(ids[at])));
            packed[n++] = (((1L << 30) - k) << 32) | at;
        }
        Arrays.sort(packed, 0, n);
        List<Long> shown = new ArrayList<>(Math.min(limit, n));
        for (int i = 0; i < n && shown.size() < limit; i++) {
            shown.add(ids[(int) (packed[i] & 0xFFFF_FFFFL)]);
        }
        return new Hits(shown, n);
    }

    /**
     * The first {@code count} customers that match, in list order, found by scanning only until they are (a first
     * letter matches half the book: those on screen are among the first thousand scanned). The total is exact when
     * the scan went to the end (no more than {@code count} match), and -1 when it stopped early: {@link #search}
     * then counts them all. A scan that went to the end is kept to narrow from, as a search's is.
     */
    synchronized Hits first(List<String> terms, boolean includeArchived, CustomerStatus status, int count) {
        ensureLoaded();
        if (terms.isEmpty()) {
            return search(terms, includeArchived, status, count);
        }
        int end = includeArchived ? ids.length : current;
        Scan scan = matching(terms, includeArchived, end, NEVER, status, count);
        List<Long> found = ids(scan.positions(), scan.positions().length, status);
        return new Hits(found, scan.complete() ? found.size() : -1);
    }

    private List<Long> ids(int[] positions, int n, CustomerStatus status) {
        List<Long> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            if (status == null || statuses[positions[i]] == status) out.add(ids[positions[i]]);
        }
        return out;
    }

    /**
     * The positions below {@code end} whose text has every term, in list order, narrowing from the last search when
     * it can. {@code wanted}: the scan ends as soon as one more than that many match (of {@code status}, when given),
     * with the positions found before it, not complete. A complete scan is kept to narrow the next one from.
     */
    private Scan matching(List<String> terms, boolean includeArchived, int end, BooleanSupplier stop,
            CustomerStatus status, int wanted) {
        boolean narrowing = lastMatches != null && lastArchived == includeArchived && narrows(lastTerms, terms);
        int length = narrowing ? lastMatches.length : end;
        // narrowing: at most the last matches, one array; afresh: grown as matches come (a rare word finds few)
        int[] found = new int[narrowing && wanted == Integer.MAX_VALUE ? length : Math.min(length, 1024)];
        int n = 0;
        int counted = 0;
        for (int i = 0; i < length; i++) {
            if ((i & STOP_EVERY) == STOP_EVERY && stop.getAsBoolean()) throw new CancellationException();
            int at = narrowing ? lastMatches[i] : i;
            if (!matches(texts[at], terms)) continue;
            if (status == null || statuses[at] == status) {
                if (counted == wanted) return new Scan(Arrays.copyOf(found, n), false);
                counted++;
            }
            if (n == found.length) found = Arrays.copyOf(found, Math.min(length, n * 2));
            found[n++] = at;
        }
        int[] matches = n == found.length ? found : Arrays.copyOf(found, n);
        lastTerms = List.copyOf(terms);
        lastArchived = includeArchived;
        lastMatches = matches;
        return new Scan(matches, true);
    }

    /** What a scan found, and whether it went to the end. */
    private record Scan(int[] positions, boolean complete) {
    }

    /** Every position below {@code end} that matches (a complete scan). */
    private int[] matching(List<String> terms, boolean includeArchived, int end, BooleanSupplier stop) {
        return matching(terms, includeArchived, end, stop, null, Integer.MAX_VALUE).positions();
    }

    /** Builds the index now (if not yet built) and runs a few searches, so the first keystrokes find compiled code. */
    synchronized void warmUp() {
        ensureLoaded();
        List<List<String>> samples = List.of(List.of("a"), List.of("an"), List.of("ah", "a"), List.of("0"),
                List.of("01"), List.of("@"), List.of("zzzz-none"));
        for (int round = 0; round < 20; round++) {
            for (List<String> terms : samples) {
                search(terms, round % 2 == 0, CustomerService.DEFAULT_PAGE);
            }
        }
        lastMatches = null;
    }

    /** Adds the customer, or moves it to where its new name and state belong. */
    synchronized void put(Entry entry) {
        if (ids == null) {
            return; // not loaded yet: the first search reads the store, this change included
        }
        int old = positionOf(entry.id()); // a linear look: 0.1 ms at 100,000, no id map to hold
        if (old >= 0) takeOut(old);
        // where it belongs: current before archived, then by sort key and id (as ensureLoaded orders them)
        int low = entry.archived() ? current : 0;
        int high = entry.archived() ? ids.length : current;
        while (low < high) {
            int mid = (low + high) >>> 1;
            int c = compareName(mid, entry.sortKey());
            if (c < 0 || c == 0 && ids[mid] < entry.id()) low = mid + 1;
            else high = mid;
        }
        int n = ids.length;
        ids = Arrays.copyOf(ids, n + 1);
        nameEnds = Arrays.copyOf(nameEnds, n + 1);
        texts = Arrays.copyOf(texts, n + 1);
        statuses = Arrays.copyOf(statuses, n + 1);
        System.arraycopy(ids, low, ids, low + 1, n - low);
        System.arraycopy(nameEnds, low, nameEnds, low + 1, n - low);
        System.arraycopy(texts, low, texts, low + 1, n - low);
        System.arraycopy(statuses, low, statuses, low + 1, n - low);
        ids[low] = entry.id();
        nameEnds[low] = entry.sortKey().length();
        texts[low] = entry.text();
        statuses[low] = entry.status();
        if (!entry.archived()) current++;
        lastMatches = null; // positions moved
    }

    synchronized boolean loaded() {
        return ids != null;
    }

    /** Takes out a customer that is gone from the store. */
    synchronized void remove(long id) {
        if (ids == null) return;
        int at = positionOf(id);
        if (at >= 0) takeOut(at);
    }

    /** As {@code sortKey.compareTo(key)} for the customer at {@code at}, whose sort key begins its text. */
    private int compareName(int at, String key) {
        return compareNames(texts[at], nameEnds[at], key, key.length());
    }

    /** As {@code a.substring(0, aEnd).compareTo(b.substring(0, bEnd))}, without making either. */
    private static int compareNames(String a, int aEnd, String b, int bEnd) {
        for (int i = 0, n = Math.min(aEnd, bEnd); i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) return x - y;
        }
        return aEnd - bEnd;
    }

    private int positionOf(long id) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == id) return i;
        }
        return -1;
    }

    private void takeOut(int at) {
        int n = ids.length - 1;
        System.arraycopy(ids, at + 1, ids, at, n - at);
        System.arraycopy(nameEnds, at + 1, nameEnds, at, n - at);
        System.arraycopy(texts, at + 1, texts, at, n - at);
        System.arraycopy(statuses, at + 1, statuses, at, n - at);
        ids = Arrays.copyOf(ids, n);
        nameEnds = Arrays.copyOf(nameEnds, n);
        texts = Arrays.copyOf(texts, n);
        statuses = Arrays.copyOf(statuses, n);
        if (at < current) current--;
        lastMatches = null; // positions moved
    }

    /** Forgets everything; the next search reads the store again. */
    synchronized void invalidate() {
        ids = null;
        nameEnds = null;
        texts = null;
        statuses = null;
        lastMatches = null;
    }

    private void ensureLoaded() {
        if (ids != null) {
            return;
        }
        // Read in store order straight into arrays (each row's objects die young, none is kept but its text), then
        // put the arrays in list order: at 100,000 customers no list of rows is ever held whole, so the heap does
        // not grow for a moment's need and stay grown.
        Reading read = new Reading();
        loader.accept(read);
        int n = read.size;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> {
            if (read.archived[a] != read.archived[b]) return read.archived[a] ? 1 : -1;
            int c = compareNames(read.texts[a], read.nameEnds[a], read.texts[b], read.nameEnds[b]);
            return c != 0 ? c : Long.compare(read.ids[a], read.ids[b]);
        });
        ids = new long[n];
        nameEnds = new int[n];
        texts = new String[n];
        statuses = new CustomerStatus[n];
        current = n;
        for (int i = 0; i < n; i++) {
            int from = order[i];
            ids[i] = read.ids[from];
            nameEnds[i] = read.nameEnds[from];
            texts[i] = read.texts[from];
            statuses[i] = read.statuses[from];
            if (read.archived[from] && current == n) current = i;
        }
        lastMatches = null;
    }

    /** The customers as the store gives them, in its order, kept as they come. */
    private static final class Reading implements Consumer<Entry> {
        long[] ids = new long[1024];
        int[] nameEnds = new int[1024];
        String[] texts = new String[1024];
        CustomerStatus[] statuses = new CustomerStatus[1024];
        boolean[] archived = new boolean[1024];
        int size;

        @Override
        public void accept(Entry e) {
            if (size == ids.length) {
                int grown = size * 2;
                ids = Arrays.copyOf(ids, grown);
                nameEnds = Arrays.copyOf(nameEnds, grown);
                texts = Arrays.copyOf(texts, grown);
                statuses = Arrays.copyOf(statuses, grown);
                archived = Arrays.copyOf(archived, grown);
            }
            ids[size] = e.id();
            nameEnds[size] = e.sortKey().length();
            texts[size] = e.text();
            statuses[size] = e.status();
            archived[size] = e.archived();
            size++;
        }
    }

    /** True when whatever matches {@code now} also matched {@code before}: each old word is inside a new one. */
    static boolean narrows(List<String> before, List<String> now) {
        if (before == null || before.isEmpty()) {
            return false; // the empty search finds everyone: nothing to narrow from that is cheaper than a scan
        }
        for (String old : before) {
            boolean kept = false;
            for (String term : now) {
                if (term.contains(old)) {
                    kept = true;
                    break;
                }
            }
            if (!kept) return false;
        }
        return true;
    }

    private static boolean matches(String text, List<String> terms) {
        for (int i = 0, n = terms.size(); i < n; i++) {
            if (!text.contains(terms.get(i))) return false;
        }
        return true;
    }
}
