package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.i18n.Language;

/** The verbs as a shop's scheduled task runs them: one line each, exit code 0 or not. */
class CommandLineTest {
    @TempDir
    Path dir;

    record Run(int code, List<String> lines) {
    }

    Run run(String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8), Clock.systemDefaultZone());
        return new Run(code, bytes.toString(StandardCharsets.UTF_8).lines().toList());
    }

    String data() {
        return "--data-dir=" + dir.resolve("data");
    }

    static Path sample(String name) throws Exception {
        return Path.of(CommandLineTest.class.getResource("/com/setia/exchange/" + name).toURI());
    }

    @Test
    void importExportBackupRestoreEachSayOneLine() throws Exception {
        new UiPreferences(dir.resolve("data")).setLanguage(Language.EN);
        Run imported = run("import", sample("android-2.1.vcf").toString(), data());
        assertThat(imported.code()).isZero();
        assertThat(imported.lines()).singleElement().asString().startsWith("Imported 3 new customers, completed 0 existing")
                .contains("left out 1 rows");

        Run backup = run("backup", dir.resolve("usb").toString(), data());
        assertThat(backup.code()).isZero();
        assertThat(backup.lines()).singleElement().asString().startsWith("Backup made: ").contains("(3 customers, 0 cases, 0 letters)");
        Path zip;
        try (var files = Files.list(dir.resolve("usb"))) {
            zip = files.filter(p -> p.getFileName().toString().endsWith("-manual.zip")).findFirst().orElseThrow();
        }

        assertThat(run("import", sample("iphone-3.0.vcf").toString(), data()).code()).isZero();
        Run export = run("export", dir.resolve("out/book.vcf").toString(), data());
        assertThat(export.lines()).singleElement().asString().startsWith("Exported 5 customers to ");
        assertThat(Files.readString(dir.resolve("out/book.vcf"))).contains("Budi Santoso", "Tan Mei Ling");

        Run restore = run("restore", zip.toString(), data());
        assertThat(restore.code()).as(restore.lines().toString()).isZero();
        assertThat(restore.lines()).singleElement().asString().startsWith("Restored from ").endsWith("3 customers, 0 cases, 0 letters.");
    }

    @Test
    void failuresSayWhyInOneLineAndExitNonZero() throws Exception {
        new UiPreferences(dir.resolve("data")).setLanguage(Language.MS);
        Path notCards = Files.writeString(dir.resolve("photo.vcf"), "not a card");
        Run bad = run("import", notCards.toString(), data());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.lines()).singleElement().asString().startsWith("Gagal: Ini bukan fail kenalan (vCard).");

        Path cut = Files.write(dir.resolve("setia-backup-20260101-120000-manual.zip"), new byte[] {'P', 'K', 3, 4, 1, 2});
        Run restore = run("restore", cut.toString(), data());
        assertThat(restore.code()).isEqualTo(1);
        assertThat(restore.lines()).singleElement().asString().contains("rosak");

        assertThat(run("export", dir.resolve("x.txt").toString(), data()).code()).isEqualTo(1);
        assertThat(run("import", data()).lines()).singleElement().asString().contains("import FAIL");
    }

    @Test
    void theLauncherRunsAVerbWithoutStartingJavaFx() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // the child keeps its list of known stores where the build keeps it, not in the user's settings
        String config = "-Dsetia.configDir=" + System.getProperty("setia.configDir",
                Path.of("target", "test-config").toAbsolutePath().toString());
        Process p = new ProcessBuilder(java, "-Duser.language=en", config, "-cp", System.getProperty("java.class.path"),
                "com.setia.Launcher", "backup", data()).redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        assertThat(out.lines().toList()).singleElement().asString().startsWith("Backup made: ");
    }
}
