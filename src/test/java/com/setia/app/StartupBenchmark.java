package com.setia.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * How soon does Setia's first window appear, against a bare JavaFX window started the same way? Each run starts a
 * new JVM with the same flags and class path and times it from the start of the process to the first frame drawn
 * ({@link FirstFrameProbe}); Setia is also timed to its main window's first frame. Setia and the bare window take
 * turns, several runs each, in one run of this program; Setia opens a store made by a first, untimed start.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.setia.app.StartupBenchmark</pre>
 *
 * Both run with the installed app's JVM flags ({@link #FLAGS}) and environment ({@link #ENV}).
 * Needs a display (a desktop, or Xvfb: {@code DISPLAY=:11}). Target: Setia's first window within 1.3 times the bare
 * window's (medians). Exits 1 when missed. Optional arguments: runs (default 7), then JVM flags for both
 * (default: the ones recommended for the installed app, {@link #FLAGS}).
 */
public final class StartupBenchmark {
    /** The JVM flags recommended for the installed app (see README), used for both programs. */
    static final List<String> FLAGS = List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:NewRatio=3",
            "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:ReservedCodeCacheSize=64m",
            "-XX:+IgnoreUnrecognizedVMOptions", "-XX:TrimNativeHeapInterval=2000", "-Dprism.order=sw",
            "-Dprism.disableRegionCaching=true");

    /**
     * The environment the installed app's command sets (installer/deb/setia.sh): GTK does not load the OpenGL driver
     * to choose its window visuals, which Setia, drawing in software, never uses (decision 35).
     */
    static final Map<String, String> ENV = Map.of("GDK_GL", "disable");

    /** A process builder for the command, with the installed app's environment ({@link #ENV}). */
    static ProcessBuilder process(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(ENV);
        return builder;
    }

    private StartupBenchmark() {
    }

    record Times(long firstFrameMs, long mainFrameMs, long classes) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 7;
        List<String> flags = args.length > 1 ? List.of(Arrays.copyOfRange(args, 1, args.length)) : FLAGS;
        Path data = Files.createTempDirectory("setia-startup");
        try {
            Times created = run(flags, "com.setia.Launcher", "--data-dir=" + data);
            System.out.printf("first start (creates the store): first window %d ms, main window %d ms%n",
                    created.firstFrameMs(), created.mainFrameMs());
            run(flags, BareWindow.class.getName()); // warms the file cache for both
            List<Times> bare = new ArrayList<>();
            List<Times> setia = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                bare.add(run(flags, BareWindow.class.getName()));
                setia.add(run(flags, "com.setia.Launcher", "--data-dir=" + data));
            }
            long bareFirst = median(bare.stream().mapToLong(Times::firstFrameMs).toArray());
            long setiaFirst = median(setia.stream().mapToLong(Times::firstFrameMs).toArray());
            long setiaMain = median(setia.stream().mapToLong(Times::mainFrameMs).toArray());
            System.out.println("JVM flags: " + String.join(" ", flags));
            System.out.printf("bare JavaFX window: first frame median %d ms (runs %s), %d classes loaded%n", bareFirst,
                    bare.stream().map(t -> Long.toString(t.firstFrameMs())).toList(), bare.get(0).classes());
            System.out.printf("Setia: first window median %d ms (runs %s), %d classes loaded%n", setiaFirst,
                    setia.stream().map(t -> Long.toString(t.firstFrameMs())).toList(), setia.get(0).classes());
            System.out.printf("Setia: main window median %d ms (runs %s)%n", setiaMain,
                    setia.stream().map(t -> Long.toString(t.mainFrameMs())).toList());
            double ratio = (double) setiaFirst / bareFirst;
            System.out.printf("ratio first window: %.2f x bare (target <= 1.3); main window: %.2f x bare%n", ratio,
                    (double) setiaMain / bareFirst);
            boolean ok = ratio <= 1.3;
            System.out.println(ok ? "RESULT: targets met" : "RESULT: TARGET MISSED");
            System.exit(ok ? 0 : 1);
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** This program's class path: under {@code exec:java} it is the class loader's, not java.class.path. */
    static String classPath() {
        if (Thread.currentThread().getContextClassLoader() instanceof java.net.URLClassLoader loader) {
            List<String> parts = new ArrayList<>();
            for (var url : loader.getURLs()) {
                try {
                    parts.add(Path.of(url.toURI()).toString());
                } catch (java.net.URISyntaxException e) {
                    throw new IllegalStateException(e);
                }
            }
            if (!parts.isEmpty()) return String.join(java.io.File.pathSeparator, parts);
        }
        return System.getProperty("java.class.path");
    }

    private static long median(long[] values) {
        Arrays.sort(values);
        return values[values.length / 2];
    }

    /** Starts one JVM and reads its probe lines; the main frame is the first frame for a program without one. */
    private static Times run(List<String> flags, String mainClass, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.addAll(List.of("-cp", classPath(), FirstFrameProbe.class.getName(), mainClass));
        command.addAll(List.of(args));
        long start = System.nanoTime();
        Process p = process(command).redirectErrorStream(true).start();
        long first = -1;
        long main = -1;
        long classes = -1;
        boolean expectMain = mainClass.equals("com.setia.Launcher");
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                long now = (System.nanoTime() - start) / 1_000_000;
                if (line.startsWith("FIRST_FRAME")) {
                    first = now;
                    classes = Long.parseLong(line.split(" ")[1]);
                    if (!expectMain) break;
                } else if (line.startsWith("MAIN_FRAME")) {
                    main = now;
                    break;
                }
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
        if (first < 0) throw new IllegalStateException(mainClass + " showed no window");
        return new Times(first, main < 0 ? first : main, classes);
    }
}
