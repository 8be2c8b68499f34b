package com.setia.store;

/** The local store could not be opened or upgraded. */
public class StoreException extends RuntimeException {
    private final String where;

    public StoreException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /** @param where the folder or server the store is at, as the owner knows it (for the message they read) */
    public StoreException(String message, String where, Throwable cause) {
        super(message, cause);
        this.where = where;
    }

    /** The folder or server the store is at, or null when not known. */
    public String where() {
        return where;
    }

    /** What kind of trouble, as far as the cause tells: for a message in the owner's words, not Java's. */
    public Trouble trouble() {
        for (Throwable t = this; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.nio.file.AccessDeniedException || t instanceof java.nio.file.ReadOnlyFileSystemException) {
                return Trouble.NOT_ALLOWED;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(java.util.Locale.ROOT);
            if (m.contains("no space left") || m.contains("disk full") || m.contains("not enough space")) {
                return Trouble.DISK_FULL;
            }
            if (m.contains("permission denied") || m.contains("access is denied") || m.contains("read-only file system")
                    || m.contains("access denied")) {
                return Trouble.NOT_ALLOWED;
            }
        }
        return Trouble.OTHER;
    }

    /** The kinds of trouble the owner can do something about, and the rest. */
    public enum Trouble {
        /** The folder may not be written to (permissions, a read-only drive). */
        NOT_ALLOWED,
        /** The disk is full. */
        DISK_FULL,
        /** Anything else: the details are in the log. */
        OTHER
    }
}
