package com.setia.storage;

import java.sql.SQLException;

/** A store choice or move that could not be done; the message is a bundle key saying why, in the owner's words. */
public final class StorageException extends RuntimeException {
    public StorageException(String messageKey, Throwable cause) {
        super(messageKey, cause);
    }

    public String messageKey() {
        return getMessage();
    }

    /** The reason a server login failed, as a bundle key (SQLSTATE: 28 = login refused, 08 = not reachable, 3D = no such database). */
    static StorageException from(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT);
        String key;
        if (state.startsWith("28") || text.contains("password")) {
            key = "storage.error.login";
        } else if (state.startsWith("3D")) {
            key = "storage.error.noDatabase";
        } else {
            key = "storage.error.unreachable";
        }
        return new StorageException(key, e);
    }
}
