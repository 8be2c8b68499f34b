package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;

/** The verbs without a window: import-visits prints one summary line, quiet prints CSV; failures exit 1. */
class VisitVerbsTest {
    @TempDir
    Path dir;
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    Locale was;
    long siti;

    @BeforeEach
    void setUp() {
        was = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
        try (Database db = Database.openFolder(dir.resolve("data"))) {
            Services s = new Services(db, clock);
            siti = TestCustomers.create(s.customers(), "Siti, Aminah", "012-345 6789", Language.MS).id();
            TestCustomers.create(s.customers(), "Ali", "019-222 3333", Language.MS);
        }
    }

    @AfterEach
    void restore() {
        Locale.setDefault(was);
    }

    private int run(String... args) {
        return CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), clock);
    }

    @Test
    void importsAVisitsFileThenListsWhoIsGoingQuietAsCsv() throws Exception {
        Path csv = dir.resolve("visits.csv");
        Files.writeString(csv, "date,customer,amount,note\n2025-12-01,0123456789,25,\n2025-12-08,+60123456789,,\n"
                + "2025-12-15,012-345 6789,,\n2025-12-22,Siti Aminah,,\n2026-03-05,Ali,,\n2026-02-27,Ali,1.005,\n");
        String data = "--data-dir=" + dir.resolve("data");
        assertThat(run("import-visits", csv.toString(), data)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("3 visits imported for 1 customers from visits.csv; 3 rows left out.");
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Row 5: No customer is called \"Siti Aminah\".")
                .contains("Row 6: A visit cannot be in the future.").contains("Row 7: The amount \"1.005\" has too many decimal places (cents are the smallest).");
        out.reset();
        assertThat(run("quiet", data)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
                "customer_id,name,phone,last_visit,usual_gap_days,days_since_last_visit",
                siti + ",\"Siti, Aminah\",+60123456789,2025-12-15,7,76");
    }

    @Test
    void aMissingFileOrAWrongUseExitsNonZero() {
        String data = "--data-dir=" + dir.resolve("data");
        assertThat(run("import-visits", dir.resolve("nothing.csv").toString(), data)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Failed: The file " + dir.resolve("nothing.csv") + " was not found.");
        assertThat(run("import-visits", data)).isEqualTo(1);
        assertThat(run("quiet", "extra", data)).isEqualTo(1);
    }
}
