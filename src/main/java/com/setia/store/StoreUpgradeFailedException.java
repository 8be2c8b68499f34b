package com.setia.store;

/**
 * Upgrading the store to this Setia's schema failed (a full disk, an error in a step); the store was put back as it
 * was before the upgrade from the backup taken just before it, so it opens again with the previous Setia, or with
 * this one once the cause (disk space) is fixed.
 */
public final class StoreUpgradeFailedException extends StoreException {
    private final boolean restored;

    public StoreUpgradeFailedException(boolean restored, Throwable cause) {
        super(restored ? "Upgrading the store failed; it was put back as it was before the upgrade"
                : "Upgrading the store failed and it could not be put back", cause);
        this.restored = restored;
    }

    public boolean restored() {
        return restored;
    }
}
