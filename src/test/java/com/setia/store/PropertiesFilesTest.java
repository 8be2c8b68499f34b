package com.setia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PropertiesFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheWholeFileInOneStepAndLeavesNothingBeside() throws Exception {
        Path file = dir.resolve("deep").resolve("setia.properties");
        Properties first = new Properties();
        first.setProperty("ui.language", "ms");
        first.setProperty("folder", "/media/Kedai Siti;x=y");
        PropertiesFiles.writeAtomically(file, first, "test");
        Files.writeString(file.resolveSibling("setia.properties.tmp"), "half a file from a kill"); // a kill before
        Properties second = new Properties();
        second.setProperty("ui.language", "id");
        PropertiesFiles.writeAtomically(file, second, "test");

        Properties read = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            read.load(r);
        }
        assertThat(read).isEqualTo(second);
        try (var files = Files.list(file.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("setia.properties");
        }
    }
}
