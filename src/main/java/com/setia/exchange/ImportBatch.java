package com.setia.exchange;

import java.time.Instant;

/** One import as remembered, for "undo this import". */
public record ImportBatch(long id, String sourceName, int importedCount, int mergedCount, int leftOutCount,
        Instant createdAt, Instant undoneAt) {
    public boolean undone() {
        return undoneAt != null;
    }
}
