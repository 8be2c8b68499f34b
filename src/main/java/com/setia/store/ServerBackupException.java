package com.setia.store;

import java.io.IOException;

/**
 * Setia's own backup (a zip of the H2 store file) does not apply to a store on a PostgreSQL server: the server's own
 * backup, {@code pg_dump}, keeps it (see README, "A shop with several PCs").
 */
public final class ServerBackupException extends IOException {
    public ServerBackupException(String server) {
        super("The store is on the server " + server + ": back it up with the server's pg_dump");
    }
}
