package com.setia.customer;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customers the list showed lately, by id, so a keystroke that narrows the search mostly shows rows already read.
 * Kept right by {@link CustomerService}: every change it makes to a customer forgets that customer here (again once
 * the change commits or rolls back), and rows read while something was forgotten are not kept, so a row read just
 * before a change landed can never stay.
 */
final class RecentCustomers {
    private final Map<Long, Customer> rows;
    private long generation;

    RecentCustomers(int capacity) {
        this.rows = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Customer> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized Customer get(long id) {
        return rows.get(id);
    }

    /** Taken before reading rows from the store; see {@link #keep}. */
    synchronized long generation() {
        return generation;
    }

    /** Keeps rows read from the store, unless something was forgotten since {@code readFrom} was taken. */
    synchronized void keep(Collection<Customer> read, long readFrom) {
        if (generation == readFrom) {
            read.forEach(c -> rows.put(c.id(), c));
        }
    }

    synchronized void forget(long id) {
        rows.remove(id);
        generation++;
    }

    synchronized void clear() {
        rows.clear();
        generation++;
    }
}
