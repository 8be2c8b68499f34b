package com.setia.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Saved means saved, tested the hard way: a child JVM writes through the services (a customer, every third write an
 * incident too) and is killed with SIGKILL at a random moment; every write it had confirmed must be in the store
 * when it is opened again, and the store must open. Repeated {@code kills} times (default 500):
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.setia.store.DurabilitySoak -Dexec.args=500</pre>
 * Prints the number of confirmed writes lost (the target is 0) and exits 1 if any was lost. DurabilitySoakTest runs
 * a short version in every build.
 */
public final class DurabilitySoak {
    private DurabilitySoak() {
    }

    public record Result(int kills, long confirmed, List<String> lost) {
    }

    public static Result run(Path dir, int kills, long seed, boolean progress) throws Exception {
        Random random = new Random(seed);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> lost = new ArrayList<>();
        long confirmed = 0;
        for (int k = 0; k < kills; k++) {
            String runName = "r" + k;
            Process p = new ProcessBuilder(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                    "-Dsetia.soak.nosync=" + Boolean.getBoolean("setia.soak.nosync"), "-cp",
                    System.getProperty("java.class.path"), SoakWriter.class.getName(), dir.toString(), runName)
                    .redirectErrorStream(true).start();
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            List<String> ok = new ArrayList<>();
            String line;
            while ((line = out.readLine()) != null && !line.equals("OPEN")) {
                // start-up output
            }
            // Killed at a random moment once writes are flowing: 0 to 800 ms after the first confirmed one.
            long delay = random.nextInt(800);
            Thread killer = null;
            while ((line = readLine(out)) != null) {
                if (line.startsWith("OK ")) {
                    ok.add(line.substring(3));
                    if (killer == null) {
                        killer = new Thread(() -> {
                            try {
                                Thread.sleep(delay);
                            } catch (InterruptedException ignored) {
                                // kill now
                            }
                            p.destroyForcibly(); // SIGKILL
                        });
                        killer.start();
                    }
                }
            }
            if (killer == null) p.destroyForcibly();
            else killer.join();
            p.waitFor(30, TimeUnit.SECONDS);
            confirmed += ok.size();
            Set<String> stored;
            try (Database db = Database.openFolder(dir)) {
                stored = new HashSet<>(db.jdbi().withHandle(h -> h.createQuery("SELECT name FROM customer WHERE name LIKE :run")
                        .bind("run", runName + "-%").mapTo(String.class).list()));
            }
            List<String> lostHere = new ArrayList<>();
            for (String name : ok) {
                if (!stored.contains(name)) lostHere.add(name);
            }
            if (progress && !lostHere.isEmpty()) {
                System.out.printf("kill %d: %d confirmed, lost %s (stored %d)%n", k + 1, ok.size(), lostHere, stored.size());
            }
            lost.addAll(lostHere);
            if (progress && (k + 1) % 10 == 0) {
                System.out.printf("%d kills, %d confirmed writes, %d lost%n", k + 1, confirmed, lost.size());
            }
        }
        return new Result(kills, confirmed, lost);
    }

    /** A line, or null at the end: the JDK closes a killed child's output, which ends the reading too. */
    private static String readLine(BufferedReader out) {
        try {
            return out.readLine();
        } catch (java.io.IOException closed) {
            return null;
        }
    }

    public static void main(String[] args) throws Exception {
        int kills = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        Path dir = Files.createTempDirectory("setia-soak");
        Result r = run(dir, kills, System.nanoTime(), true);
        System.out.printf("Durability soak: %d SIGKILLs, %d confirmed writes, %d lost%s%n", r.kills(), r.confirmed(),
                r.lost().size(), r.lost().isEmpty() ? "" : " " + r.lost());
        System.exit(r.lost().isEmpty() ? 0 : 1);
    }
}
