package com.setia.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;

/**
 * What the owner saved survives the program being ended abruptly: closed by the system (SIGTERM, as at shutdown)
 * or killed outright (SIGKILL, as by a crash or the task manager).
 */
class DurabilityTest {
    @TempDir
    Path dir;

    private void saveThenEnd(String name, boolean forcibly) throws Exception {
        saveThenEnd(name, forcibly, 0);
    }

    private void saveThenEnd(String name, boolean forcibly, long waitMillis) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process other = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                WriteAndHold.class.getName(), dir.toString(), name).redirectErrorStream(true).start();
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
            Thread.sleep(waitMillis);
        } finally {
            if (forcibly) other.destroyForcibly(); else other.destroy();
            assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    private java.util.List<String> storedNames() {
        try (Database db = Database.openFolder(dir)) {
            return new CustomerService(db.jdbi(), Clock.systemUTC()).search("", true, 10).rows().stream()
                    .map(Customer::name).toList();
        }
    }

    @Test
    void aSaveSurvivesTheSystemEndingTheProgram() throws Exception {
        saveThenEnd("Siti", false);
        assertThat(storedNames()).containsExactly("Siti");
    }

    @Test
    void aSaveSurvivesTheSystemEndingTheProgramAWhileLater() throws Exception {
        saveThenEnd("Siti", false, 2_000);
        saveThenEnd("Budi", true, 2_000);
        assertThat(storedNames()).containsExactly("Budi", "Siti");
    }

    @Test
    void aSaveSurvivesTheProgramBeingKilled() throws Exception {
        saveThenEnd("Siti", false);
        saveThenEnd("Budi", true);
        assertThat(storedNames()).containsExactly("Budi", "Siti");
    }
}
