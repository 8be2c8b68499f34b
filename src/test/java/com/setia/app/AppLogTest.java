package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.store.StoreException;

class AppLogTest {
    private static final String DATED = "^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} [+-]\\d{4} .*";
    private final Logger log = Logger.getLogger("com.setia.test");

    @AfterEach
    void stop() {
        AppLog.stop();
    }

    @Test
    void theLogIsKeptAcrossStartsAndEveryLineIsDatedWithTheClockTime(@TempDir Path data) throws Exception {
        AppLog.start(data);
        log.info("first start");
        AppLog.stop();
        AppLog.start(data);
        log.log(Level.WARNING, "second start", new IllegalStateException("boom"));
        AppLog.stop();

        List<String> lines = Files.readAllLines(data.resolve("setia.log"), StandardCharsets.UTF_8);
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(DATED).contains("INFO").endsWith("first start"));
        assertThat(lines).anySatisfy(l -> assertThat(l).matches(DATED).contains("WARNING").endsWith("second start"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("IllegalStateException: boom"));
        assertThat(lines.indexOf(lines.stream().filter(l -> l.endsWith("first start")).findFirst().orElseThrow()))
                .isLessThan(lines.indexOf(lines.stream().filter(l -> l.endsWith("second start")).findFirst().orElseThrow()));
    }

    @Test
    void aFullLogMovesAsideAndTheOldestGo(@TempDir Path data) throws Exception {
        Path file = data.resolve("setia.log");
        AppLog.FileLog handler = new AppLog.FileLog(file, 2_000, 2);
        handler.setFormatter(new AppLog.LineFormatter(java.time.ZoneOffset.UTC));
        for (int i = 0; i < 100; i++) {
            handler.publish(new LogRecord(Level.INFO, "line " + i + " " + "x".repeat(40)));
        }
        handler.close();
        assertThat(Files.size(file)).isLessThanOrEqualTo(2_000);
        assertThat(data.resolve("setia.1.log")).exists();
        assertThat(data.resolve("setia.2.log")).exists();
        assertThat(data.resolve("setia.3.log")).doesNotExist();
        assertThat(Files.readString(file)).contains("line 99");
        assertThat(Files.readString(data.resolve("setia.1.log"))).doesNotContain("line 99");
    }

    @Test
    void aStoreThatCannotBeOpenedIsWrittenToTheLog(@TempDir Path data) throws Exception {
        Files.write(data.resolve("setia.mv.db"), "this is not an H2 store at all".repeat(100).getBytes(StandardCharsets.UTF_8));
        AppLog.start(data);
        assertThatThrownBy(() -> SetiaApp.openStore(data, com.setia.store.Database.Progress.NONE)).isInstanceOf(StoreException.class);
        AppLog.stop();
        String written = Files.readString(data.resolve("setia.log"));
        assertThat(written).contains("SEVERE").contains("The store could not be opened in " + data.toAbsolutePath());
    }

    @Test
    void aDataFolderThatCannotBeMadeStillLeavesALog(@TempDir Path home) throws Exception {
        Path notAFolder = Files.writeString(home.resolve("data"), "a file where the folder should be");
        String tmp = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", home.toString());
        try {
            Path used = AppLog.start(notAFolder);
            log.severe("cannot start");
            assertThat(used).isEqualTo(home.resolve("setia.log").toAbsolutePath());
            AppLog.stop();
            assertThat(Files.readString(used)).contains("cannot start");
        } finally {
            System.setProperty("java.io.tmpdir", tmp);
        }
    }
}
