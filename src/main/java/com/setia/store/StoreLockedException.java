package com.setia.store;

import java.nio.file.Path;

/** The store is already open in another copy of Setia (H2 holds a file lock while a database is open). */
public final class StoreLockedException extends StoreException {
    private final Path location;

    public StoreLockedException(Path location, Throwable cause) {
        super("The store at " + location + " is already open in another program", cause);
        this.location = location;
    }

    public Path location() {
        return location;
    }
}
