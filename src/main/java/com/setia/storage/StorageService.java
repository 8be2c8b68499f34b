package com.setia.storage;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

import com.setia.store.Database;
import com.setia.store.PgPass;
import com.setia.store.StoreAddress;
import com.setia.store.StoreMover;
import com.setia.store.StoreSetting;

/**
 * Where the shop's data lives, as the owner chooses it in Settings (or {@code move-to-server} on the command line):
 * the embedded store of this PC or a PostgreSQL server. The choice is kept in the data folder's
 * {@code setia-store.properties} and takes effect at the next start; the server's password goes to the pgpass file, never
 * beside the data. Moving copies this PC's embedded store onto the server and counts both sides.
 */
public final class StorageService {
    private final Database current;
    private final Path dataDir;
    private final StoreSetting setting;
    private final PgPass pgpass;
    private final Function<StoreAddress.Server, Database> openServer;

    /**
     * @param current    the store this copy of Setia runs on now
     * @param dataDir    this PC's data folder (where the choice is kept); null for a store in memory (tests)
     * @param openServer opens (and migrates) a server store: {@code s -> Database.openServer(s, dataDir)} in the app
     */
    public StorageService(Database current, Path dataDir, PgPass pgpass, Function<StoreAddress.Server, Database> openServer) {
        this.current = Objects.requireNonNull(current, "current");
        this.dataDir = dataDir;
        this.setting = dataDir == null ? null : new StoreSetting(dataDir);
        this.pgpass = pgpass;
        this.openServer = openServer;
    }

    /** True when Setia runs on a server now (the move is then already done). */
    public boolean onServer() {
        return current.kind() == Database.Kind.SERVER;
    }

    /** The store Setia runs on now, as the status bar says it. */
    public String runningDescription() {
        return current.description();
    }

    /** The store Setia will open at the next start (the saved setting; embedded when none or unreadable). */
    public StoreAddress saved() {
        try {
            return setting == null ? StoreAddress.embedded() : setting.load();
        } catch (RuntimeException e) {
            return StoreAddress.embedded();
        }
    }

    /** True when the pgpass file already holds a password for this server and user. */
    public boolean hasPassword(StoreAddress.Server server) {
        return pgpass.hasPasswordFor(server);
    }

    /** Where the password is kept, to tell the owner. */
    public Path passwordFile() {
        return pgpass.file();
    }

    /**
     * Keeps the server's password (when one is given) in the pgpass file, then tries to log in.
     *
     * @throws StorageException (message: a bundle key) when the server cannot be reached or refuses the login
     */
    public void connect(StoreAddress.Server server, String password) {
        rememberPassword(server, password);
        Properties props = new Properties();
        props.setProperty("user", server.user());
        props.setProperty("connectTimeout", "10");
        pgpass.password(server).ifPresent(p -> props.setProperty("password", p));
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), props)) {
            c.isValid(5);
        } catch (SQLException e) {
            throw StorageException.from(e);
        }
    }

    /** Saves the choice for the next start; a server's password goes to the pgpass file first. */
    public void choose(StoreAddress address, String password) {
        if (address instanceof StoreAddress.Server server) {
            connect(server, password);
        }
        try {
            if (setting == null) throw new IOException("no data folder");
            setting.save(address);
        } catch (IOException e) {
            throw new StorageException("storage.error.saveFailed", e);
        }
    }

    /**
     * Copies everything in {@code from} (this PC's embedded store) onto the server, in one transaction there, counts
     * both sides, and, when every count agrees, makes the server the store for the next start.
     */
    public StoreMover.Report moveToServer(StoreAddress.Server server, String password, StoreMover.Listener listener) {
        if (onServer()) throw new StorageException("storage.error.alreadyServer", null);
        connect(server, password);
        Database from = current;
        StoreMover.Report report;
        try (Database to = openServer.apply(server)) {
            report = StoreMover.move(from, to, listener);
        } catch (StoreMover.TargetNotEmptyException e) {
            throw new StorageException("storage.error.serverInUse", e);
        } catch (StoreMover.CancelledException e) {
            throw new StorageException("storage.move.cancelled", e);
        } catch (RuntimeException e) {
            throw new StorageException("storage.error.moveFailed", e);
        }
        if (report.allSame() && setting != null) {
            try {
                setting.save(server);
            } catch (IOException e) {
                throw new StorageException("storage.error.saveFailed", e);
            }
        }
        return report;
    }

    private void rememberPassword(StoreAddress.Server server, String password) {
        if (password == null || password.isEmpty()) return;
        try {
            pgpass.store(server, password);
        } catch (IOException e) {
            throw new StorageException("storage.error.passwordFile", e);
        }
    }
}
