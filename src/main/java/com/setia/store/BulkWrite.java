package com.setia.store;

import java.sql.SQLException;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;

/**
 * A large write in one transaction (an import of 100,000 rows). The embedded store opens with H2's WRITE_DELAY 0,
 * which writes the store file after every statement: for one transaction of thousands of batched inserts that is
 * thousands of writes of pages nobody may read yet (three times the time of the inserts themselves). For the
 * length of the transaction the delay is raised, so H2 keeps those pages in memory, and put back afterwards.
 * Durability is unchanged: every commit is still followed by CHECKPOINT SYNC ({@link DurableConnections}), a kill
 * before the commit still leaves nothing of the transaction, and other connections' commits meanwhile are synced
 * as always. On PostgreSQL there is nothing to change.
 */
public final class BulkWrite {
    /** How long H2 may keep the transaction's pages before writing them, in milliseconds. */
    static final int BULK_WRITE_DELAY_MS = 2000;

    private BulkWrite() {
    }

    public static <T, X extends Exception> T inTransaction(Jdbi jdbi, HandleCallback<T, X> work) throws X {
        return jdbi.withHandle(h -> {
            Integer before = h2WriteDelay(h);
            if (before == null) return h.inTransaction(work);
            h.execute("SET WRITE_DELAY " + Math.max(before, BULK_WRITE_DELAY_MS));
            try {
                return h.inTransaction(work);
            } finally {
                h.execute("SET WRITE_DELAY " + before);
            }
        });
    }

    /** The store's WRITE_DELAY when it is H2, else null. */
    static Integer h2WriteDelay(Handle h) {
        try {
            if (!"H2".equals(h.getConnection().getMetaData().getDatabaseProductName())) return null;
        } catch (SQLException e) {
            return null;
        }
        return h.createQuery("SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")
                .mapTo(String.class).findFirst().map(Integer::valueOf).orElse(null);
    }
}
