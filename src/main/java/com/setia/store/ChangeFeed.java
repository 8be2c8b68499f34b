package com.setia.store;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What other PCs changed in a shared store, as it happens. On PostgreSQL every Setia table has a trigger that sends
 * a notification on commit ({@code db/postgresql}); {@link PgChangeFeed} listens for them and hands them over in
 * batches. The embedded store has one writer, this program, so its feed never says anything.
 */
public interface ChangeFeed extends AutoCloseable {
    /** Rows changed in one table: their ids (the customer's id for a customer's own rows), or all of them. */
    record Change(String table, Set<Long> ids, boolean all) {
        /** True when this change concerns {@code name} (a dropped connection concerns every table). */
        public boolean of(String name) {
            return table.equals(name) || table.equals("*");
        }

        public boolean touches(long id) {
            return all || ids.contains(id);
        }
    }

    /** Calls {@code listener} (on the feed's own thread) with each batch of changes; close the result to stop. */
    AutoCloseable subscribe(Consumer<List<Change>> listener);

    /** True when changes made elsewhere can arrive (a server store); false for the embedded store. */
    boolean live();

    @Override
    void close();

    /** The embedded store's feed: nobody else writes it. */
    ChangeFeed NONE = new ChangeFeed() {
        @Override
        public AutoCloseable subscribe(Consumer<List<Change>> listener) {
            return () -> { };
        }

        @Override
        public boolean live() {
            return false;
        }

        @Override
        public void close() {
        }
    };
}
