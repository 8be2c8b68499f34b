package com.setia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A short run of {@link DurabilitySoak} in every build: 12 SIGKILLs of a writer, nothing it confirmed is lost. */
class DurabilitySoakTest {
    @TempDir
    Path dir;

    @Test
    void noConfirmedWriteIsLostWhenTheWriterIsKilled() throws Exception {
        DurabilitySoak.Result r = DurabilitySoak.run(dir, 12, 42, false);
        assertThat(r.confirmed()).as("the writer got some writes confirmed").isGreaterThan(12);
        assertThat(r.lost()).isEmpty();
    }
}
