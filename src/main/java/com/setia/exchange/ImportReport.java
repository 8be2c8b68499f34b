package com.setia.exchange;

/**
 * What an import did: the batch (for "undo this import"), how many customers it added, how many existing customers
 * it completed (merged), and how many rows it left out (listed in the report file, when one was written).
 */
public record ImportReport(long batchId, int imported, int merged, int leftOut, java.nio.file.Path leftOutReport) {
}
