package com.setia.store;

/** The shop's PostgreSQL server could not be reached, refused the login, or its store could not be upgraded. */
public final class StoreServerException extends StoreException {
    private final String address;

    public StoreServerException(String address, Throwable cause) {
        super("Cannot open the store on the server " + address, cause);
        this.address = address;
    }

    /** The server's address, without any password. */
    public String address() {
        return address;
    }
}
