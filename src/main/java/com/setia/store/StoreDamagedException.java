package com.setia.store;

import java.nio.file.Path;

/** The store file is there but cannot be read (damaged pages, not an H2 file, cut short): offer the backups. */
public final class StoreDamagedException extends StoreException {
    private final Path folder;

    public StoreDamagedException(Path folder, Throwable cause) {
        super("The store in " + folder + " is damaged", cause);
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }
}
