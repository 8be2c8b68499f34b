package com.setia.store;

import java.nio.file.Path;

/**
 * The folder held a Setia store before (its marker file says so) but the store file is gone or empty: a drive not
 * plugged in, a file deleted or cut short. Setia never starts an empty book in its place; the owner is offered the
 * backups.
 */
public final class StoreMissingException extends StoreException {
    private final Path folder;

    public StoreMissingException(Path folder) {
        super("The store in " + folder + " was there before and is missing or empty now", null);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
