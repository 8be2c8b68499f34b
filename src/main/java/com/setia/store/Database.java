package com.setia.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * The local store: an embedded H2 database, created and upgraded by the versioned migrations in
 * {@code db/migration} when it is opened. One {@code Database} is opened by the composition root and closed on exit.
 */
public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "setia";

    private final JdbcConnectionPool pool;
    private final Connection keeper;
    private final Jdbi jdbi;
    private final String description;
    private final Path folder;

    /** Told of a long upgrade: {@code done} of {@code total} pending migrations are applied (called off the FX thread). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void migrated(int done, int total);
    }

    private Database(String url, String description, Path folder) {
        this(url, description, folder, Progress.NONE);
    }

    private Database(String url, String description, Path folder, Progress progress) {
        this.description = description;
        this.folder = folder;
        this.pool = JdbcConnectionPool.create(url, "setia", "");
        this.pool.setMaxConnections(8);
        try {
            // Held for the life of the app: keeps the database (and its file lock) open between queries.
            this.keeper = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1
                    ? new StoreLockedException(Path.of(description), e)
                    : new StoreException("Cannot open the store at " + description, e);
        }
        try {
            MigrationCounter counter = new MigrationCounter(progress);
            Flyway flyway = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .failOnMissingLocations(true)
                    .callbacks(counter)
                    .load();
            counter.total = flyway.info().pending().length;
            if (counter.total > 0) {
                progress.migrated(0, counter.total);
            }
            flyway.migrate();
        } catch (RuntimeException e) {
            close();
            throw new StoreException("Cannot upgrade the store at " + description, e);
        }
        this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    }

    /** Opens (creating if needed) the store file {@code setia.mv.db} inside {@code folder}. */
    public static Database openFolder(Path folder) {
        return openFolder(folder, Progress.NONE);
    }

    /**
     * Opens (creating if needed) the store in {@code folder}, telling {@code progress} after each migration applied
     * (a first start, or an upgrade after a new version of Setia). Slow work: call it off the FX thread.
     */
    public static Database openFolder(Path folder, Progress progress) {
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
        return new Database("jdbc:h2:file:" + file + ";WRITE_DELAY=0", file + ".mv.db", folder.toAbsolutePath(), progress);
    }

    /** A private in-memory store, migrated like the real one: for tests and benchmarks. */
    public static Database openInMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "mem:" + name, null);
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /** The data folder the store lives in, for the files that belong with it; null for an in-memory store. */
    public Path folder() {
        return folder;
    }

    public String description() {
        return description;
    }

    @Override
    public void close() {
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
            pool.dispose();
        }
    }

    /** Counts the migrations Flyway applies, for {@link Progress}. */
    private static final class MigrationCounter implements Callback {
        private final Progress progress;
        private int total;
        private int done;

        MigrationCounter(Progress progress) {
            this.progress = progress;
        }

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            done++;
            progress.migrated(done, Math.max(done, total));
        }

        @Override
        public String getCallbackName() {
            return "setia-progress";
        }
    }
}
