package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The memory settings the benchmarks measure are the ones the app runs with: `mvn javafx:run` (pom.xml) and the
 * installed app's launcher (installer/build.sh) carry every one of them, and the installed command
 * (installer/deb/setia.sh) sets the environment they are measured with.
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

    @Test
    void theInstalledCommandSetsTheEnvironmentTheBenchmarksMeasure() throws Exception {
        String command = Files.readString(Path.of("installer", "deb", "setia.sh"));
        String makeDeb = Files.readString(Path.of("installer", "deb", "make-deb.sh"));
        assertThat(makeDeb).as("the .deb's /usr/bin/setia is this script").contains("setia.sh\" \"$root/usr/bin/setia\"");
        assertThat(StartupBenchmark.ENV).isNotEmpty();
        StartupBenchmark.ENV.forEach((name, value) -> {
            assertThat(command).as("setia.sh sets " + name).contains(name + "=\"${" + name + ":-" + value + "}\"");
            assertThat(command).as("setia.sh exports " + name).containsPattern("(?m)^export .*\\b" + name + "\\b");
        });
        assertThat(command).as("setia.sh starts the launcher").contains("exec /opt/setia/bin/Setia \"$@\"");
    }
}
