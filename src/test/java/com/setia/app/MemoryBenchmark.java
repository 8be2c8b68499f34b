package com.setia.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.setia.store.Database;
import com.setia.testsupport.BigShop;

/**
 * How much memory does Setia hold with 100,000 customers and the customer list open, against a bare JavaFX window?
 * Both run as their own JVM with the installed app's flags and environment ({@link StartupBenchmark#FLAGS},
 * {@link StartupBenchmark#ENV}); Setia
 * opens a store of 100,000 customers, the probe opens the customer book as the owner would and waits for its rows,
 * then both report their resident memory after 8 seconds (the search index is built and warmed meanwhile). Setia is
 * also measured on a store with no customers, which says how much of its memory the book costs and how much is
 * Setia's own (its libraries' classes, compiled code, the renderer's textures).
 *
 * <pre>DISPLAY=:11 mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.setia.app.MemoryBenchmark</pre>
 *
 * Target: under 250 MB resident. Exits 1 when missed. Optional arguments: customers (100000), then JVM flags.
 */
public final class MemoryBenchmark {
    private MemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        List<String> flags = args.length > 1 ? List.of(java.util.Arrays.copyOfRange(args, 1, args.length))
                : StartupBenchmark.FLAGS;
        Path data = Files.createTempDirectory("setia-memory");
        Path empty = Files.createTempDirectory("setia-memory-empty");
        try {
            try (Database db = Database.openFolder(data)) {
                BigShop.fill(db, count);
            }
            try (Database db = Database.openFolder(empty)) {
                // a store with no customers: what Setia itself holds, whatever the book
            }
            long[] bare = run(flags, true, 0, BareWindow.class.getName());
            long[] none = run(flags, false, 0, "com.setia.Launcher", "--data-dir=" + empty);
            long[] setia = run(flags, false, 1, "com.setia.Launcher", "--data-dir=" + data);
            System.out.println("JVM flags: " + String.join(" ", flags));
            System.out.printf("bare JavaFX window: %d MiB resident (heap %d of %d MiB committed)%n", bare[0] >> 10,
                    bare[1] >> 10, bare[2] >> 10);
            System.out.printf("Setia, no customers, list open: %d MiB resident (heap %d of %d MiB committed); %.2f x bare%n",
                    none[0] >> 10, none[1] >> 10, none[2] >> 10, (double) none[0] / bare[0]);
            System.out.printf("Setia, %,d customers, list open: %d MiB resident (heap %d of %d MiB committed); %.2f x bare"
                    + " (target < 250 MB); the customers add %d MiB%n", count, setia[0] >> 10, setia[1] >> 10,
                    setia[2] >> 10, (double) setia[0] / bare[0], (setia[0] - none[0]) >> 10);
            boolean ok = setia[0] * 1024L < 250_000_000L;
            System.out.println(ok ? "RESULT: targets met" : "RESULT: TARGET MISSED");
            System.exit(ok ? 0 : 1);
        } finally {
            for (Path dir : List.of(data, empty)) {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /**
     * Resident KiB, heap used KiB, heap committed KiB of one program, as its probe reports them; {@code rows}: how many
     * rows the customer list must show before the probe measures.
     */
    private static long[] run(List<String> flags, boolean bare, int rows, String mainClass, String... args)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-Dprobe.memory=true");
        command.add("-Dprobe.rows=" + rows);
        if (bare) command.add("-Dprobe.bare=true");
        command.addAll(List.of("-cp", StartupBenchmark.classPath(), FirstFrameProbe.class.getName(), mainClass));
        command.addAll(List.of(args));
        Process p = StartupBenchmark.process(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("MEMORY ")) {
                    String[] f = line.split(" ");
                    return new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])};
                }
                if (line.startsWith("MEMORY_FAILED")) throw new IllegalStateException(line);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        throw new IllegalStateException(mainClass + " reported no memory");
    }
}
