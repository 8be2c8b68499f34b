package com.setia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;

/**
 * What the owner saved survives the program being ended abruptly: closed by the system (SIGTERM, as at shutdown),
 * killed outright (SIGKILL, as by the task manager), or stopped dead the instant the save returned (a crash or a
 * power cut right after "Saved": the second JVM halts itself, so no time passes in which a delayed commit could
 * still reach the file). The last test shows that this harness does catch a delayed commit: the same save on a
 * store with H2's default write delay (500 ms) is lost.
 */
class DurabilityTest {
    @TempDir
    Path dir;

    /** Runs {@link WriteAndHold} in another JVM and ends it: mode "hold" with SIGTERM or SIGKILL, or "crash...". */
    private void saveThenEnd(String name, String mode, boolean forcibly) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriteAndHold.class.getName(), dir.toString(), name, mode).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8));
            String line;
            boolean saved = false;
            while ((line = out.readLine()) != null) {
                if (line.equals("SAVED")) {
                    saved = true;
                    break;
                }
            }
            assertThat(saved).as("the other program saved").isTrue();
        } finally {
            if (forcibly) other.destroyForcibly(); else other.destroy();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private List<String> storedNames() {
        try (Database db = Database.openFolder(dir)) {
            return new CustomerService(db.jdbi(), Clock.systemUTC()).search("", true, 10).rows().stream()
                    .map(Customer::name).toList();
        }
    }

    @Test
    void aSaveSurvivesTheSystemEndingTheProgram() throws Exception {
        saveThenEnd("Siti", "hold", false);
        assertThat(storedNames()).containsExactly("Siti");
    }

    @Test
    void aSaveSurvivesTheProgramBeingKilled() throws Exception {
        saveThenEnd("Siti", "hold", false);
        saveThenEnd("Budi", "hold", true);
        assertThat(storedNames()).containsExactly("Budi", "Siti");
    }

    @Test
    void aSaveSurvivesTheProgramStoppingDeadTheMomentItReturns() throws Exception {
        saveThenEnd("Siti", "crash", false);
        saveThenEnd("Budi", "crash", false);
        assertThat(storedNames()).containsExactly("Budi", "Siti");
    }

    @Test
    void theHarnessSeesACommitThatWasDelayed() throws Exception {
        saveThenEnd("Siti", "crash", false);
        saveThenEnd("Budi", "crash-delayed", false); // H2's default WRITE_DELAY: the commit waits in memory
        assertThat(storedNames()).containsExactly("Siti");
    }
}
