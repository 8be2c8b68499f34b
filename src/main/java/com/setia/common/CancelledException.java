package com.setia.common;

/** The owner cancelled: the transaction this escapes from is rolled back, so nothing of the work is kept. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("Cancelled by the owner");
    }
}
