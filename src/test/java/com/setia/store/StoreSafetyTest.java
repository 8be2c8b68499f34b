package com.setia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The store's promises: a safe path, never an empty book over a lost one, never a half-upgraded store. */
class StoreSafetyTest {
    @TempDir
    Path dir;

    static void addCustomer(Database db, String name) {
        db.jdbi().useHandle(h -> h.execute("INSERT INTO customer (name, created_at, updated_at, search_text) "
                + "VALUES (?, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, ?)", name, name.toLowerCase()));
    }

    static List<String> names(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM customer ORDER BY name").mapTo(String.class).list());
    }

    /** Inodes of the TCP sockets this JVM listens on. */
    static Set<String> listeningSockets() throws IOException {
        Set<String> mine = new HashSet<>();
        try (var fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String link = Files.readSymbolicLink(fd).toString();
                    if (link.startsWith("socket:[")) mine.add(link.substring(8, link.length() - 1));
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        }
        Set<String> listening = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            Path p = Path.of(table);
            if (!Files.exists(p)) continue;
            List<String> lines = Files.readAllLines(p); // read once: other processes open sockets meanwhile
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.trim().split("\\s+");
                if (f.length > 9 && f[3].equals("0A") && mine.contains(f[9])) listening.add(f[9]);
            }
        }
        return listening;
    }

    @ParameterizedTest
    @ValueSource(strings = {"x;AUTO_SERVER=TRUE;y", "Kedai;Siti", "a;INIT=CREATE TABLE hack(x INT)", "Toko 'Maju'"})
    void aFolderNameIsAPathNeverH2Settings(String name) throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fd")), "Linux /proc");
        Path folder = dir.resolve(name);
        Set<String> before = listeningSockets();
        try (Database db = Database.openFolder(folder)) {
            addCustomer(db, "Siti");
            assertThat(listeningSockets()).as("no server socket opened").isEqualTo(before);
            int hacked = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'HACK'").mapTo(Integer.class).one());
            assertThat(hacked).isZero();
        }
        assertThat(folder.resolve("setia.mv.db")).exists();
        try (Database db = Database.openFolder(folder)) {
            assertThat(names(db)).containsExactly("Siti");
        }
    }

    @Test
    void aKnownStoreThatIsMissingOrEmptyIsReportedNeverReplacedByAnEmptyBook() throws Exception {
        try (Database db = Database.openFolder(dir)) {
            addCustomer(db, "Siti");
        }
        Path file = dir.resolve(Database.STORE_FILE);
        Path kept = Files.move(file, dir.resolve("elsewhere.mv.db"));
        assertThatThrownBy(() -> Database.openFolder(dir)).isInstanceOf(StoreMissingException.class);
        assertThat(file).doesNotExist();

        Files.write(file, new byte[0]);
        assertThatThrownBy(() -> Database.openFolder(dir)).isInstanceOf(StoreMissingException.class);
        assertThat(file).isEmptyFile();

        Files.move(kept, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Database db = Database.openFolder(dir)) {
            assertThat(names(db)).containsExactly("Siti");
        }
    }

    @Test
    void aDamagedStoreIsReportedAsDamaged() throws Exception {
        try (Database db = Database.openFolder(dir)) {
            addCustomer(db, "Siti");
        }
        Path file = dir.resolve(Database.STORE_FILE);
        byte[] bytes = Files.readAllBytes(file);
        java.util.Arrays.fill(bytes, 0, Math.min(bytes.length, 8192), (byte) 0x5A);
        Files.write(file, bytes);
        assertThatThrownBy(() -> Database.openFolder(dir)).isInstanceOf(StoreDamagedException.class);
    }

    @Test
    void aStoreWrittenByANewerSetiaIsRefusedAndKept() throws Exception {
        try (Database db = Database.openFolder(dir)) {
            addCustomer(db, "Siti");
            db.jdbi().useHandle(h -> h.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", "
                    + "\"description\", \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                    + "VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 1, 'setia', 1, TRUE)"));
        }
        assertThatThrownBy(() -> Database.openFolder(dir)).isInstanceOf(StoreTooNewException.class)
                .satisfies(e -> assertThat(((StoreTooNewException) e).storeVersion()).isEqualTo("999"));
        try (var h = org.jdbi.v3.core.Jdbi.open("jdbc:h2:" + dir.resolve("setia").toString().replace(";", "") + ";IFEXISTS=TRUE",
                "setia", "")) {
            assertThat(h.createQuery("SELECT name FROM customer").mapTo(String.class).list()).containsExactly("Siti");
            assertThat(h.createQuery("SELECT MAX(\"installed_rank\") FROM \"flyway_schema_history\"").mapTo(Integer.class).one())
                    .isEqualTo(999);
        }
    }

    @Test
    void aFailedUpgradeIsRolledBackToTheStoreAsItWas() throws Exception {
        try (Database db = Database.openFolder(dir, new Database.Options(true, "4"))) {
            addCustomer(db, "Siti");
        }
        assertThatThrownBy(() -> Database.openFolder(dir, new Database.Options(true, null, new MigrationStop("10", false))))
                .isInstanceOf(StoreUpgradeFailedException.class)
                .satisfies(e -> assertThat(((StoreUpgradeFailedException) e).restored()).isTrue());
        assertThat(dir.resolve(Database.UPGRADING_FILE)).doesNotExist();
        try (Database db = Database.openFolder(dir)) {
            assertThat(names(db)).containsExactly("Siti");
            assertThat(db.schemaVersion()).isEqualTo(Database.knownVersion());
        }
        try (var backups = Files.list(dir.resolve(Database.UPGRADE_BACKUPS))) {
            assertThat(backups.map(p -> p.getFileName().toString()).toList()).anyMatch(n -> n.startsWith("setia-before-upgrade-v4-"));
        }
    }

    private void runAndHalt(String version) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), UpgradeAndHalt.class.getName(),
                dir.toString(), version).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isEqualTo(9);
    }

    @Test
    void anUpgradeKilledHalfWayIsRolledBackAndDoneAgainAtTheNextStart() throws Exception {
        try (Database db = Database.openFolder(dir, new Database.Options(true, "3"))) {
            addCustomer(db, "Siti");
        }
        runAndHalt("4"); // V4's tables are created (H2 commits DDL at once) but Flyway has not recorded V4
        assertThat(dir.resolve(Database.UPGRADING_FILE)).exists();
        try (Database db = Database.openFolder(dir)) {
            assertThat(names(db)).containsExactly("Siti");
            assertThat(db.schemaVersion()).isEqualTo(Database.knownVersion());
        }
    }

    @Test
    void aFirstStartKilledHalfWayStartsAgainFromNothing() throws Exception {
        runAndHalt("2");
        try (Database db = Database.openFolder(dir)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.knownVersion());
            addCustomer(db, "Siti");
        }
    }

    @Test
    void aBackupIsAConsistentZipWithItsManifestWrittenWhileTheStoreIsOpen() throws Exception {
        Path zip = dir.resolve("out/b.zip");
        try (Database db = Database.openFolder(dir.resolve("data"))) {
            addCustomer(db, "Siti");
            db.backupTo(zip, Map.of("customers", "1"));
            addCustomer(db, "Budi");
        }
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(z.getEntry(Database.BACKUP_STORE_ENTRY)).isNotNull();
            var props = new java.util.Properties();
            props.load(z.getInputStream(z.getEntry(Database.BACKUP_MANIFEST_ENTRY)));
            assertThat(props.getProperty("customers")).isEqualTo("1");
            assertThat(props.getProperty("schemaVersion")).isEqualTo(Database.knownVersion());
        }
        assertThat(zip.resolveSibling("b.zip.part")).doesNotExist();
        Path restored = Files.createDirectories(dir.resolve("restored"));
        Database.extractStore(zip, restored);
        try (Database db = Database.openFolder(restored)) {
            assertThat(names(db)).containsExactly("Siti");
        }
    }
}
