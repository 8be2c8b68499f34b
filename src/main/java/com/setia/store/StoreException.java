package com.setia.store;

/** The local store could not be opened or upgraded. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
