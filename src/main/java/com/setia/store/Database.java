package com.setia.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The shop's store: an embedded H2 file in the data folder (the default), or a PostgreSQL server that several PCs
 * share. Either way it is created and upgraded by the same versioned migrations in {@code db/migration} when it is
 * opened (on PostgreSQL plus {@code db/postgresql}: the change-notification triggers; Flyway holds an advisory lock
 * while it migrates, so PCs starting together upgrade the server one at a time). One {@code Database} is opened by
 * the composition root and closed on exit.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "setia";

    /** Which kind of store this is. */
    public enum Kind { EMBEDDED, SERVER }

    private final Kind kind;
    private final AutoCloseable pool;
    private final Connection keeper;
    private final Jdbi jdbi;
    private final String description;
    private final Path folder;
    private final ChangeFeed changes;

    private Database(String url, String description, Path folder) {
        this.kind = Kind.EMBEDDED;
        this.description = description;
        this.folder = folder;
        JdbcConnectionPool h2 = JdbcConnectionPool.create(url, "setia", "");
        h2.setMaxConnections(8);
        this.pool = h2::dispose;
        try {
            // Held for the life of the app: keeps the database (and its file lock) open between queries.
            this.keeper = h2.getConnection();
        } catch (SQLException e) {
            h2.dispose();
            throw e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? new StoreLockedException(Path.of(description), e)
                    : new StoreException("Cannot open the store at " + description, e);
        }
        this.changes = ChangeFeed.NONE;
        this.jdbi = migrated(h2, "classpath:db/migration");
    }

    private Database(HikariDataSource server, String description, Path folder, PgChangeFeed.Connector listen) {
        this.kind = Kind.SERVER;
        this.description = description;
        this.folder = folder;
        this.pool = server;
        this.keeper = null;
        this.jdbi = migrated(server, "classpath:db/migration", "classpath:db/postgresql");
        this.changes = new PgChangeFeed(listen);
    }

    private Jdbi migrated(DataSource source, String... locations) {
        try {
            Flyway.configure()
                    .dataSource(source)
                    .locations(locations)
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (RuntimeException e) {
            close();
            throw new StoreException("Cannot upgrade the store at " + description, e);
        }
        return Jdbi.create(source).installPlugin(new SqlObjectPlugin());
    }

    /** Opens the store at {@code address}; the embedded one lives in {@code dataDir}. */
    public static Database open(StoreAddress address, Path dataDir) {
        if (address instanceof StoreAddress.Server server) {
            return openServer(server, dataDir);
        }
        return openFolder(dataDir);
    }

    /** Opens (creating if needed) the store file {@code setia.mv.db} inside {@code folder}. */
    public static Database openFolder(Path folder) {
        Objects.requireNonNull(folder, "folder");
        try {
            Files.createDirectories(folder);
        } catch (Exception e) {
            throw new StoreException("Cannot create the data folder " + folder, e);
        }
        Path file = folder.toAbsolutePath().resolve(FILE_NAME);
        // WRITE_DELAY=0: every commit reaches the file before the save returns, so a crash, a kill or a power cut
        // right after "Saved" loses nothing (DurabilityTest). H2's own exit hook closes the store cleanly when the
        // system ends the program.
        return new Database("jdbc:h2:file:" + file + ";WRITE_DELAY=0", file + ".mv.db", folder.toAbsolutePath());
    }

    /** A private in-memory store, migrated like the real one: for tests and benchmarks. */
    public static Database openInMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name, null);
    }

    /**
     * Opens the shop's database on a PostgreSQL server as {@code server.user()}; the password comes from the pgpass
     * file (pgjdbc reads it). {@code dataDir} still keeps this PC's own files (log, pictures, preferences).
     */
    public static Database openServer(StoreAddress.Server server, Path dataDir) {
        Properties props = new Properties();
        props.setProperty("user", server.user());
        return openServer(server.jdbcUrl(), props, server.text(), dataDir);
    }

    /**
     * Opens a PostgreSQL database from a full pgjdbc URL (which may name the user, the password and a
     * {@code currentSchema}): for tests, benchmarks and tools.
     */
    public static Database openServerUrl(String jdbcUrl, Path dataDir) {
        return openServer(jdbcUrl, new Properties(), jdbcUrl.replaceAll("password=[^&]*", "password=***"), dataDir);
    }

    private static Database openServer(String url, Properties props, String description, Path dataDir) {
        Properties connection = new Properties();
        connection.putAll(props);
        connection.putIfAbsent("connectTimeout", "10");
        connection.putIfAbsent("ApplicationName", "Setia");
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setDataSourceProperties(connection);
        config.setPoolName("setia");
        config.setMaximumPoolSize(6);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(15_000);
        HikariDataSource source;
        try {
            source = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StoreServerException(description, e);
        }
        PgChangeFeed.Connector listen = () -> DriverManager.getConnection(url, connection);
        try {
            return new Database(source, description, dataDir == null ? null : dataDir.toAbsolutePath(), listen);
        } catch (StoreException e) {
            throw new StoreServerException(description, e);
        }
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    public Kind kind() {
        return kind;
    }

    /** What other PCs change, as it happens (nothing, for the embedded store). */
    public ChangeFeed changes() {
        return changes;
    }

    /** The data folder this PC's own files live in (the embedded store too); null for an in-memory store. */
    public Path folder() {
        return folder;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
        if (changes != null) changes.close();
        try (var statement = keeper == null ? null : keeper.createStatement()) {
            if (statement != null) {
                statement.execute("SHUTDOWN");
            }
        } catch (SQLException ignored) {
            // already closed
        } finally {
            try {
                if (keeper != null) keeper.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
            try {
                pool.close();
            } catch (Exception ignored) {
                // nothing more to release
            }
        }
    }
}
