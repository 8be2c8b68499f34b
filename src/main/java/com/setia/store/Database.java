package com.setia.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The shop's store: by default an embedded H2 database in the data folder; or a PostgreSQL server that several PCs
 * share ({@link #openServer}). Either way it is created and upgraded by the same versioned migrations in
 * {@code db/migration} when it is opened (on PostgreSQL plus {@code db/postgresql}: the change-notification
 * triggers; Flyway holds an advisory lock there while it migrates, so PCs starting together upgrade the server one
 * at a time). One {@code Database} is opened by the composition root and closed on exit. The embedded store:
 * <ul>
 *   <li>The folder never goes into the H2 URL ({@link SafeH2DataSource}): no folder name can switch on a server.</li>
 *   <li>Every commit is on the disk before the caller goes on ({@link DurableConnections}).</li>
 *   <li>A store known to have been here (marker file {@code setia.store}) that is missing or empty is reported,
 *       never replaced by an empty book; a damaged one is reported too.</li>
 *   <li>A store written by a newer Setia is refused, never changed.</li>
 *   <li>Before an upgrade the store is backed up (in {@code backups/}), and a marker file names that backup while
 *       the upgrade runs: an upgrade that fails is rolled back to it at once; one that was killed (power cut) is
 *       rolled back at the next start, then done again. A first start killed half-way starts again from nothing.</li>
 * </ul>
 * On a server, backups are the server's own (pg_dump): {@link #backup} is for the embedded store only.
 */

public final class Database implements AutoCloseable {
    public static final String FILE_NAME = "setia";
    public static final String STORE_FILE = FILE_NAME + ".mv.db";
    /** Written once a store has been created here: from then on a missing store file is an accident, not a first start. */
    public static final String MARKER_FILE = "setia.store";
    /** Present only while migrations run; names the backup to roll back to ("new" for a first start). */
    static final String UPGRADING_FILE = "setia.upgrading";
    /** The folder (inside the data folder) where the backups taken before upgrades go. */
    public static final String UPGRADE_BACKUPS = "backups";
    /** The entry of a backup zip that holds the store, as H2's BACKUP TO writes it. */
    public static final String BACKUP_STORE_ENTRY = STORE_FILE;
    /** The entry of a backup zip with what is known about it (schema version, counts, time). */
    public static final String BACKUP_MANIFEST_ENTRY = "setia-backup.properties";
    private static final String USER = "setia";
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(Database.class.getName());

    /** How to open: commits forced to the disk (always, except to measure what that costs); Flyway's extra callbacks. */
    public record Options(boolean syncEveryCommit, String targetVersion, Callback... callbacks) {
        public static final Options DEFAULT = new Options(true, null);
    }

    /** Told of a long upgrade: {@code done} of {@code total} pending migrations are applied (called off the FX thread). */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void migrated(int done, int total);
    }

    /** Which kind of store this is. */
    public enum Kind { EMBEDDED, SERVER }

    private final Kind kind;
    /** The embedded store's pool; null on a server. */
    private final JdbcConnectionPool pool;
    /** The server's pool; null for the embedded store. */
    private final HikariDataSource serverPool;
    private final DataSource dataSource;
    private final Connection keeper;
    private final Jdbi jdbi;
    private final String description;
    private final Path folder;
    private final String schemaVersion;
    private final ChangeFeed changes;

    private Database(String url, String baseDir, String description, Path folder, boolean fresh, Options options) {
        this.kind = Kind.EMBEDDED;
        this.description = description;
        this.folder = folder;
        this.serverPool = null;
        this.changes = ChangeFeed.NONE;
        this.pool = JdbcConnectionPool.create(new SafeH2DataSource(url, baseDir, USER));
        this.pool.setMaxConnections(8);
        this.dataSource = options.syncEveryCommit() && folder != null ? new DurableConnections(pool) : pool;
        try {
            // Held for the life of the app: keeps the database (and its file lock) open between queries.
            this.keeper = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw openFailure(e, folder, description);
        }
        try {
            this.schemaVersion = migrate(fresh, options);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
        this.jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
    }

    private Database(HikariDataSource server, String description, Path folder, PgChangeFeed.Connector listen) {
        this.kind = Kind.SERVER;
        this.description = description;
        this.folder = folder;
        this.pool = null;
        this.keeper = null;
        this.serverPool = server;
        this.dataSource = server;
        try {
            // outOfOrder: the server's own V40 is numbered above migrations other features add later (V2x, V3x);
            // a server upgraded by an older Setia must still take those when a newer Setia first starts on it.
            Flyway flyway = Flyway.configure().dataSource(server)
                    .locations("classpath:db/migration", "classpath:db/postgresql")
                    .outOfOrder(true)
                    .failOnMissingLocations(true).load();
            for (MigrationInfo m : flyway.info().applied()) {
                if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                    throw new StoreTooNewException(String.valueOf(m.getVersion()), String.valueOf(knownVersion()));
                }
            }
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            this.schemaVersion = current == null ? "0" : current.getVersion().toString();
        } catch (RuntimeException e) {
            server.close();
            throw e instanceof StoreException s ? s : new StoreException("Cannot upgrade the store at " + description, description, e);
        }
        this.jdbi = Jdbi.create(server).installPlugin(new SqlObjectPlugin());
        this.changes = new PgChangeFeed(listen);
    }

    /** Opens the store at {@code address}; the embedded one lives in {@code dataDir}. */
    public static Database open(StoreAddress address, Path dataDir) {
        if (address instanceof StoreAddress.Server server) {
            return openServer(server, dataDir);
        }
        return openFolder(dataDir);
    }


    private static StoreException openFailure(SQLException e, Path folder, String description) {
        int code = e.getErrorCode();
        if (code == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new StoreLockedException(Path.of(description), e);
        }
        if (folder != null && (code == ErrorCode.FILE_CORRUPTED_1 || code == ErrorCode.FILE_VERSION_ERROR_1
                || code == ErrorCode.GENERAL_ERROR_1 || code == ErrorCode.DATABASE_NOT_FOUND_WITH_IF_EXISTS_1
                || code == ErrorCode.WRONG_USER_OR_PASSWORD)) {
            return new StoreDamagedException(folder, e);
        }
        return new StoreException("Cannot open the store at " + description, description, e);
    }

    private Flyway flyway(Options options) {
        var config = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .callbacks(options.callbacks());
        if (options.targetVersion() != null) {
            config.target(options.targetVersion());
        }
        return config.load();
    }

    private String migrate(boolean fresh, Options options) {
        Flyway flyway = flyway(options);
        MigrationInfoService info = flyway.info();
        MigrationInfo[] applied = info.applied();
        for (MigrationInfo m : applied) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new StoreTooNewException(String.valueOf(applied[applied.length - 1].getVersion()),
                        String.valueOf(knownVersion()));
            }
        }
        MigrationInfo[] pending = info.pending();
        for (Callback c : options.callbacks()) {
            if (c instanceof MigrationCounter counter && pending.length > 0) {
                counter.total = pending.length;
                counter.progress.migrated(0, pending.length);
            }
        }
        if (pending.length > 0 && folder != null) {
            if (!fresh) {
                Path before = backupBeforeUpgrade(info.current() == null ? "0" : info.current().getVersion().toString());
                writeSynced(folder.resolve(UPGRADING_FILE), before.getFileName().toString());
            }
            try {
                flyway.migrate();
            } catch (RuntimeException e) {
                LOG.log(java.util.logging.Level.SEVERE, "Upgrading the store in " + folder + " failed", e);
                closeQuietly();
                boolean restored = rollBackUpgrade(folder);
                throw new StoreUpgradeFailedException(restored, e);
            }
        } else if (pending.length > 0) {
            flyway.migrate();
        }
        if (folder != null) {
            try {
                writeSynced(folder.resolve(MARKER_FILE), "Setia store. Do not delete: it tells Setia a store belongs here.\n");
                Files.deleteIfExists(folder.resolve(UPGRADING_FILE));
            } catch (IOException e) {
                throw new StoreException("Cannot write in the data folder " + folder, folder.toString(), e);
            }
        }
        MigrationInfo current = flyway.info().current();
        return current == null ? "0" : current.getVersion().toString();
    }

    private static volatile String knownVersion;

    /** The newest schema version this Setia knows (its newest migration). */
    public static String knownVersion() {
        String v = knownVersion;
        if (v == null) {
            // Flyway lists the migrations it has only against a database: an empty private one will do.
            MigrationInfo[] all = Flyway.configure().dataSource("jdbc:h2:mem:", "sa", "")
                    .locations("classpath:db/migration").load().info().all();
            v = Arrays.stream(all).map(MigrationInfo::getVersion).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .map(Object::toString).orElse("0");
            knownVersion = v;
        }
        return v;
    }

    private Path backupBeforeUpgrade(String fromVersion) {
        Path dir = folder.resolve(UPGRADE_BACKUPS);
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path zip = dir.resolve("setia-before-upgrade-v" + fromVersion + "-" + stamp + ".zip");
        try {
            Files.createDirectories(dir);
            backup(zip, Map.of("kind", "before-upgrade"), fromVersion);
        } catch (IOException | RuntimeException e) {
            throw new StoreUpgradeFailedException(true, e); // nothing was changed yet: the store is as it was
        }
        return zip;
    }

    /**
     * Opens (creating if needed) the store file {@code setia.mv.db} inside {@code folder}, first rolling back an
     * upgrade that was interrupted.
     */
    public static Database openFolder(Path folder) {
        return openFolder(folder, Options.DEFAULT);
    }

    /**
     * Opens (creating if needed) the store in {@code folder}, telling {@code progress} after each migration applied
     * (a first start, or an upgrade after a new version of Setia). Slow work: call it off the FX thread.
     */
    public static Database openFolder(Path folder, Progress progress) {
        MigrationCounter counter = new MigrationCounter(progress);
        return openFolder(folder, new Options(true, null, counter));
    }

    public static Database openFolder(Path folder, Options options) {
        Objects.requireNonNull(folder, "folder");
        Path dir = folder.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (Exception e) {
            throw new StoreException("Cannot create the data folder " + folder, folder.toString(), e);
        }
        if (Files.exists(dir.resolve(UPGRADING_FILE))) {
            LOG.warning("An upgrade of the store in " + dir + " did not finish; rolling it back");
            if (!rollBackUpgrade(dir)) {
                throw new StoreUpgradeFailedException(false, null);
            }
        }
        Path file = dir.resolve(STORE_FILE);
        boolean exists = Files.exists(file);
        long size = exists ? sizeOf(file) : 0;
        boolean known = Files.exists(dir.resolve(MARKER_FILE));
        if ((known && (!exists || size == 0)) || (exists && size == 0)) {
            throw new StoreMissingException(dir);
        }
        boolean fresh = !exists;
        if (fresh) {
            writeSynced(dir.resolve(UPGRADING_FILE), "new");
        }
        // WRITE_DELAY=0 and CHECKPOINT SYNC after each commit (DurableConnections): saved means on the disk.
        // IFEXISTS: a store that vanishes between the check above and here is not silently made anew.
        // REUSE_SPACE=FALSE: every commit's chunk is appended at the end of the file, never written into space freed
        // earlier. With reuse, a writer killed (SIGKILL) in the middle of a commit sometimes made H2 recover to the
        // start of that session, losing every write it had confirmed since it opened (DurabilitySoak: 5 of 41 kills
        // lost writes; without reuse 0 of 50). The file is compacted when Setia closes (SHUTDOWN COMPACT).
        // OPTIMIZE_REUSE_RESULTS=FALSE: H2 otherwise keeps the whole last result of every prepared query in memory
        // to answer it again unchanged; with 100,000 customers that held ~60 MB of rows (the search index's read,
        // the lists behind Today) for nothing: Setia reads each of those once.
        // CACHE_SIZE=4096 (KB): H2 keeps up to 16 MB of the file's pages as objects by default; reading every customer
        // for the search index at start-up filled it, for good. With 4 MB the heap holds 10 MB less at 100,000
        // customers and the dashboard over 2,000,000 visits is as fast (DashboardBenchmark: 600 ms against 644).
        // LAZY_QUERY_EXECUTION=TRUE: a result is produced as it is read, not first gathered whole in memory (and
        // written to a temporary file past 10,000 rows): the search index reads 100,000 customers at start-up, and the
        // heap, which grows to the start-up's peak and stays there, peaks 8 MB lower. Every result Setia reads is
        // read to its end or closed before the next statement on its connection: the DAOs return lists, and the one
        // stream (CustomerDao.indexRows) is read whole inside its own handle.
        String url = "jdbc:h2:./" + FILE_NAME + ";WRITE_DELAY=0;REUSE_SPACE=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE"
                + ";CACHE_SIZE=4096;LAZY_QUERY_EXECUTION=TRUE"
                + (fresh ? "" : ";IFEXISTS=TRUE");
        return new Database(url, dir.toString(), file.toString(), dir, fresh, options);
    }

    /** A private in-memory store, migrated like the real one: for tests and benchmarks. */
    public static Database openInMemory(String name) {
        return new Database("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, "mem:" + name, null, true,
                Options.DEFAULT);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Puts the store back as it was before an interrupted or failed upgrade: from the backup named in the marker,
     * or, for a first start, removes the half-made store. True when the folder is consistent again.
     */
    static boolean rollBackUpgrade(Path dir) {
        Path marker = dir.resolve(UPGRADING_FILE);
        try {
            String what = Files.readString(marker, StandardCharsets.UTF_8).strip();
            if (what.equals("new")) {
                Files.deleteIfExists(dir.resolve(STORE_FILE));
                Files.deleteIfExists(dir.resolve(FILE_NAME + ".trace.db"));
            } else {
                Path backup = dir.resolve(UPGRADE_BACKUPS).resolve(Path.of(what).getFileName());
                extractStore(backup, dir);
            }
            Files.deleteIfExists(marker);
            return true;
        } catch (IOException | RuntimeException e) {
            LOG.log(java.util.logging.Level.SEVERE, "Could not roll back the upgrade in " + dir, e);
            return false;
        }
    }

    /** Replaces the store file in {@code dir} by the one inside the backup {@code zip} (the store must be closed). */
    static void extractStore(Path zip, Path dir) throws IOException {
        Path part = dir.resolve(STORE_FILE + ".restoring");
        boolean found = false;
        // ZipInputStream checks each entry's CRC and length: a damaged or cut-short backup fails here, before the
        // store in the folder is touched.
        try (InputStream raw = Files.newInputStream(zip);
                java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.BufferedInputStream(raw))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(BACKUP_STORE_ENTRY)) {
                    try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                            StandardOpenOption.TRUNCATE_EXISTING)) {
                        OutputStream out = java.nio.channels.Channels.newOutputStream(ch);
                        in.transferTo(out);
                        out.flush();
                        ch.force(true);
                    }
                    found = true;
                } else if (e.getName().startsWith("images/") && !e.isDirectory()) {
                    Path img = dir.resolve("images").resolve(Path.of(e.getName()).getFileName().toString());
                    Files.createDirectories(img.getParent());
                    Files.copy(in, img, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        if (!found || Files.size(part) == 0) {
            Files.deleteIfExists(part);
            throw new java.util.zip.ZipException("No store in " + zip);
        }
        Files.move(part, dir.resolve(STORE_FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(dir.resolve(FILE_NAME + ".trace.db"));
    }

    /** What a backup's manifest says (schema version, counts, time); empty when it has none or cannot be read. */
    public static Properties manifestOf(Path zip) throws IOException {
        Properties p = new Properties();
        try (ZipFile z = new ZipFile(zip.toFile())) {
            if (z.getEntry(BACKUP_STORE_ENTRY) == null) {
                throw new java.util.zip.ZipException("No store in " + zip);
            }
            ZipEntry m = z.getEntry(BACKUP_MANIFEST_ENTRY);
            if (m != null) {
                try (InputStream in = z.getInputStream(m)) {
                    p.load(in);
                }
            }
        }
        return p;
    }

    /**
     * Puts the store inside backup {@code zip} in place of the store in {@code folder}, which must be closed. A backup
     * from a newer Setia is refused ({@link StoreTooNewException}); a damaged or cut-short one fails with an
     * {@link IOException} before anything in the folder is changed. The next open upgrades an older backup as usual.
     */
    public static void restore(Path zip, Path folder) throws IOException {
        Properties manifest = manifestOf(zip);
        String version = manifest.getProperty("schemaVersion");
        if (version != null && isNewer(version, knownVersion())) {
            throw new StoreTooNewException(version, knownVersion());
        }
        Path dir = folder.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        extractStore(zip, dir);
        writeSynced(dir.resolve(MARKER_FILE), "Setia store. Do not delete: it tells Setia a store belongs here.\n");
        Files.deleteIfExists(dir.resolve(UPGRADING_FILE));
    }

    /** Compares dotted schema versions numerically ("24" > "10", "10.1" > "10"). */
    public static boolean isNewer(String version, String than) {
        String[] a = version.split("\\."), b = than.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? parse(a[i]) : 0, y = i < b.length ? parse(b[i]) : 0;
            if (x != y) return x > y;
        }
        return false;
    }

    private static long parse(String n) {
        try {
            return Long.parseLong(n.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void writeSynced(Path file, String text) {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        } catch (IOException e) {
            throw new StoreException("Cannot write in the data folder " + file.getParent(), String.valueOf(file.getParent()), e);
        }
    }

    /**
     * A consistent copy of the store, taken while it is in use (H2's {@code BACKUP TO}), as a zip file with the
     * store, a manifest (the schema version and {@code facts}, such as counts) and the folder's {@code images/}. It
     * is written beside {@code zip} first and renamed when complete, so a cut-short backup never looks complete.
     */
    public void backupTo(Path zip, Map<String, String> facts) throws IOException {
        backup(zip, facts, schemaVersion);
    }

    /**
     * A backup of the store in {@code folder} once it is closed (nothing writes to it then), in the same form as
     * {@link #backupTo}: used on exit, after the store was compacted by its close, so the backup holds the live data
     * only (a session that added many rows leaves the open file several times larger). {@code version}: the schema
     * version the store had.
     */
    public static void backupClosed(Path folder, Path zip, Map<String, String> facts, String version) throws IOException {
        Path dir = folder.toAbsolutePath().normalize();
        Path store = dir.resolve(STORE_FILE);
        Path target = zip.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(part);
        try {
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(
                            new java.io.BufferedOutputStream(java.nio.channels.Channels.newOutputStream(ch)))) {
                out.putNextEntry(new ZipEntry(BACKUP_STORE_ENTRY));
                Files.copy(store, out);
                out.closeEntry();
                Properties manifest = new Properties();
                manifest.putAll(facts);
                manifest.setProperty("schemaVersion", version);
                manifest.setProperty("createdAt", java.time.Instant.now().toString());
                out.putNextEntry(new ZipEntry(BACKUP_MANIFEST_ENTRY));
                manifest.store(out, "Setia backup");
                out.closeEntry();
                Path images = dir.resolve("images");
                if (Files.isDirectory(images)) {
                    try (var files = Files.list(images)) {
                        for (Path img : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            out.putNextEntry(new ZipEntry("images/" + img.getFileName()));
                            Files.copy(img, out);
                            out.closeEntry();
                        }
                    }
                }
                out.finish();
                out.flush();
                ch.force(true);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    private void backup(Path zip, Map<String, String> facts, String version) throws IOException {
        if (kind == Kind.SERVER) {
            throw new ServerBackupException(description);
        }
        if (folder == null) {
            throw new IllegalStateException("An in-memory store has no file to back up");
        }
        Path target = zip.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path part = target.resolveSibling(target.getFileName() + ".part");
        Files.deleteIfExists(part);
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("BACKUP TO '" + part.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            Files.deleteIfExists(part);
            throw new IOException("Backup failed: " + e.getMessage(), e);
        }
        try {
            Properties manifest = new Properties();
            manifest.putAll(facts);
            manifest.setProperty("schemaVersion", version);
            manifest.setProperty("createdAt", java.time.Instant.now().toString());
            try (FileSystem fs = FileSystems.newFileSystem(part)) {
                try (OutputStream out = Files.newOutputStream(fs.getPath(BACKUP_MANIFEST_ENTRY))) {
                    manifest.store(out, "Setia backup");
                }
                Path images = folder.resolve("images");
                if (Files.isDirectory(images)) {
                    Files.createDirectories(fs.getPath("images"));
                    try (var files = Files.list(images)) {
                        for (Path img : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                            Files.copy(img, fs.getPath("images", img.getFileName().toString()));
                        }
                    }
                }
            }
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    /** The schema version of this store (its newest applied migration). */
    public String schemaVersion() {
        return schemaVersion;
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

    private void closeQuietly() {
        try {
            if (keeper != null) keeper.close();
        } catch (SQLException ignored) {
            // closing after a failure
        }
        pool.dispose();
    }

    @Override
    public void close() {
        if (changes != null) changes.close();
        try (var statement = keeper == null || keeper.isClosed() ? null : keeper.createStatement()) {
            if (statement != null) {
                // the embedded file grows while open (REUSE_SPACE=FALSE): give the space back on the way out
                statement.execute(folder != null && kind == Kind.EMBEDDED ? "SHUTDOWN COMPACT" : "SHUTDOWN");
            }
        } catch (SQLException ignored) {
            // already closed
        } finally {
            try {
                if (keeper != null) keeper.close();
            } catch (SQLException ignored) {
                // nothing more to release
            }
            if (pool != null) pool.dispose();
            if (serverPool != null) serverPool.close();
        }
    }

    /** Counts migrations as Flyway applies them, for the start screen's progress. */
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
