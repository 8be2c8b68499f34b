package com.setia.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.store.Database;

/** An import killed in the middle (SIGKILL) leaves all of it or none of it, and the store opens. */
class ImportKillTest {
    @TempDir
    Path dir;

    @Test
    void anImportKilledHalfWayLeavesNoneOfIt() throws Exception {
        int n = 6000;
        StringBuilder csv = new StringBuilder("Name,Phone\n");
        for (int i = 0; i < n; i++) csv.append("Pelanggan ").append(i).append(",012-").append(String.format("%03d %04d", i / 10000, i % 10000)).append('\n');
        Path file = Files.writeString(dir.resolve("many.csv"), csv);
        Path data = dir.resolve("data");
        try (Database db = Database.openFolder(data)) {
            db.jdbi().useHandle(h -> h.execute("INSERT INTO customer (name, created_at, updated_at, search_text) "
                    + "VALUES ('Before', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'before')"));
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), ImportAndWait.class.getName(),
                data.toString(), file.toString()).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        int progressLines = 0;
        while ((line = out.readLine()) != null) {
            // the check reports every 1,024 rows, the commit every 1,000: 2,000 rows inserted, not yet committed
            if (line.equals("PROGRESS 2000")) {
                progressLines++;
                break;
            }
            assertThat(line).isNotEqualTo("DONE");
        }
        assertThat(progressLines).as("killed in the middle of the commit").isEqualTo(1);
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        try (Database db = Database.openFolder(data)) {
            long count = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customer").mapTo(Long.class).one());
            long batches = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM import_batch").mapTo(Long.class).one());
            assertThat(count).as("none of the import, the customer from before kept").isEqualTo(1);
            assertThat(batches).isZero();
        }
    }
}
