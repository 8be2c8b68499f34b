package com.setia.store;

/**
 * The store (or a backup) was written by a newer Setia: its schema has versions this Setia does not know. It is
 * never opened for writing, so nothing the newer Setia stored is damaged.
 */
public final class StoreTooNewException extends StoreException {
    private final String storeVersion;
    private final String knownVersion;

    public StoreTooNewException(String storeVersion, String knownVersion) {
        super("The store has schema version " + storeVersion + "; this Setia knows up to " + knownVersion, null);
        this.storeVersion = storeVersion;
        this.knownVersion = knownVersion;
    }

    public String storeVersion() {
        return storeVersion;
    }

    public String knownVersion() {
        return knownVersion;
    }
}
