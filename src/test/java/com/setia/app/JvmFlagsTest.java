package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The memory settings the benchmarks measure are the ones the app runs with: `mvn javafx:run` (pom.xml) and the
 * installed app's launcher (installer/build.sh) carry every one of them.
 */
class JvmFlagsTest {
    @Test
    void theRunCommandAndTheInstalledAppUseTheFlagsTheBenchmarksMeasure() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        String installer = Files.readString(Path.of("installer", "build.sh"));
        int from = installer.indexOf("java_options=(") + "java_options=(".length();
        String options = installer.substring(from, installer.indexOf(")", from));
        for (String flag : StartupBenchmark.FLAGS) {
            assertThat(pom).as("pom.xml runs the app with " + flag).contains("<option>" + flag + "</option>");
            assertThat(options.split("\\s+")).as("the installed app runs with " + flag).contains(flag);
        }
    }
}
