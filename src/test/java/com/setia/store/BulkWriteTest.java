package com.setia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk write keeps H2's pages in memory only for its own transaction, and a failure leaves nothing of it. */
class BulkWriteTest {
    @TempDir
    Path dir;

    @Test
    void theWriteDelayIsRaisedForTheTransactionOnlyAndAFailureLeavesNothing() {
        try (Database db = Database.openFolder(dir)) {
            assertThat(db.jdbi().withHandle(BulkWrite::h2WriteDelay)).isZero(); // the file store: every write at once
            Integer inside = BulkWrite.<Integer, RuntimeException>inTransaction(db.jdbi(), h -> {
                h.execute("CREATE TABLE bulk_probe (n INT)");
                h.execute("INSERT INTO bulk_probe VALUES (1)");
                return BulkWrite.h2WriteDelay(h);
            });
            assertThat(inside).isEqualTo(BulkWrite.BULK_WRITE_DELAY_MS);
            assertThat(db.jdbi().withHandle(BulkWrite::h2WriteDelay)).isZero();

            assertThatThrownBy(() -> BulkWrite.<Integer, RuntimeException>inTransaction(db.jdbi(), h -> {
                h.execute("INSERT INTO bulk_probe VALUES (2)");
                throw new IllegalStateException("killed half-way");
            })).hasMessage("killed half-way");
            int rows = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM bulk_probe").mapTo(Integer.class).one());
            assertThat(rows).isEqualTo(1);
            assertThat(db.jdbi().withHandle(BulkWrite::h2WriteDelay)).isZero();
        }
    }
}
