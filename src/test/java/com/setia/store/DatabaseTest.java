package com.setia.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void createsTheStoreInTheFolderAndMigratesIt() {
        Path folder = dir.resolve("nested/data");
        try (Database db = Database.openFolder(folder)) {
            int tables = db.jdbi().withHandle(h -> h.createQuery(
                    "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'CUSTOMER'").mapTo(Integer.class).one());
            assertThat(tables).isEqualTo(1);
            db.jdbi().useHandle(h -> h.execute("INSERT INTO customer (name, created_at, updated_at, search_text) "
                    + "VALUES ('Siti', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'siti')"));
        }
        assertThat(Files.exists(folder.resolve("setia.mv.db"))).isTrue();
        // Reopening keeps the data and applies no migration twice.
        try (Database db = Database.openFolder(folder)) {
            String name = db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM customer").mapTo(String.class).one());
            assertThat(name).isEqualTo("Siti");
        }
    }

    @Test
    void theStoreKeepsASmallPageCache() {
        try (Database db = Database.openFolder(dir.resolve("data"))) {
            var settings = db.jdbi().withHandle(h -> h.createQuery("SELECT SETTING_NAME, SETTING_VALUE FROM "
                    + "INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.CACHE_MAX_SIZE'")
                    .setMapKeyColumn("SETTING_NAME").setMapValueColumn("SETTING_VALUE")
                    .collectInto(new org.jdbi.v3.core.generic.GenericType<java.util.Map<String, String>>() { }));
            assertThat(settings).containsEntry("info.CACHE_MAX_SIZE", "4"); // MB; H2's own default is 16
        }
    }

    @Test
    void aFirstStartReportsEachMigrationAndALaterStartNone() throws Exception {
        int migrations;
        try (var files = Files.list(Path.of(Database.class.getResource("/db/migration").toURI()))) {
            migrations = (int) files.filter(f -> f.getFileName().toString().endsWith(".sql")).count();
        }
        java.util.List<String> told = new java.util.ArrayList<>();
        Database.Progress progress = (done, total) -> told.add(done + "/" + total);
        Database.openFolder(dir, progress).close();
        java.util.List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i <= migrations; i++) expected.add(i + "/" + migrations);
        assertThat(told).isEqualTo(expected);

        told.clear();
        Database.openFolder(dir, progress).close();
        assertThat(told).isEmpty();
    }

    @Test
    void aSecondProgramOnTheSameStoreIsToldItIsInUse() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                HoldStore.class.getName(), dir.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean open = false;
            while ((line = out.readLine()) != null) {
                if (line.equals("OPEN")) {
                    open = true;
                    break;
                }
            }
            assertThat(open).as("the other program opened the store").isTrue();

            assertThatThrownBy(() -> Database.openFolder(dir))
                    .isInstanceOf(StoreLockedException.class)
                    .satisfies(e -> assertThat(((StoreLockedException) e).location().toString()).endsWith("setia.mv.db"));
        } finally {
            other.getOutputStream().close();
            if (!other.waitFor(30, TimeUnit.SECONDS)) {
                other.destroyForcibly();
            }
        }
        try (Database db = Database.openFolder(dir)) {
            assertThat(db.description()).endsWith("setia.mv.db");
        }
    }

    @Test
    void anUnusableFolderIsAStoreError() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> Database.openFolder(file.resolve("data"))).isInstanceOf(StoreException.class)
                .isNotInstanceOf(StoreLockedException.class);
    }
}
