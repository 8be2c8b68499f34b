package com.setia.app;

import java.lang.management.ManagementFactory;

import com.sun.javafx.perf.PerformanceTracker;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Runs another program's {@code main} unchanged and says, on standard output, when its first window has been drawn
 * on screen ({@code FIRST_FRAME <classes loaded>}) and when a frame with a node of id {@code main-shell} has been
 * drawn ({@code MAIN_FRAME}). Used by {@link StartupBenchmark} for Setia and for a bare JavaFX window alike.
 *
 * <p>Frames are observed through JavaFX's own performance tracker (called by the renderer after a frame of the
 * scene is drawn), so no code of the program measured is changed.
 */
public final class FirstFrameProbe {
    private static volatile boolean first = true;
    private static volatile boolean main = false;
    private static volatile boolean measuring = false;

    private FirstFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        Thread watcher = new Thread(FirstFrameProbe::watch, "first-frame-probe");
        watcher.setDaemon(true);
        watcher.start();
        String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) rest);
    }

    /** Waits for the toolkit to be up, then follows every window that appears. */
    private static void watch() {
        while (true) {
            try {
                Platform.runLater(() -> {
                    Window.getWindows().forEach(FirstFrameProbe::follow);
                    Window.getWindows().addListener((ListChangeListener<Window>) c -> {
                        while (c.next()) c.getAddedSubList().forEach(FirstFrameProbe::follow);
                    });
                });
                return;
            } catch (IllegalStateException notYet) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private static void follow(Window window) {
        if (window.getScene() != null) track(window.getScene());
        window.sceneProperty().addListener((obs, old, now) -> {
            if (now != null) track(now);
        });
    }

    private static void track(Scene scene) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(() -> {
            if (first) {
                first = false;
                System.out.println("FIRST_FRAME " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
                System.out.flush();
            }
            if (!main && scene.lookup("#main-shell") != null) {
                main = true;
                System.out.println("MAIN_FRAME " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
                System.out.flush();
                if (Boolean.getBoolean("probe.memory")) Platform.runLater(() -> openCustomersThenMeasure(scene));
            }
            if (Boolean.getBoolean("probe.memory") && !main && !measuring && Boolean.getBoolean("probe.bare")) {
                measuring = true;
                measureLater();
            }
        });
    }

    /** With -Dprobe.memory: opens the customer book as the owner would, waits for -Dprobe.rows rows (1), then reports. */
    private static void openCustomersThenMeasure(Scene scene) {
        ((javafx.scene.control.ButtonBase) scene.lookup("#nav-customers")).fire();
        Thread wait = new Thread(() -> {
            try {
                for (int i = 0; i < 600; i++) {
                    java.util.concurrent.CompletableFuture<Integer> rows = new java.util.concurrent.CompletableFuture<>();
                    Platform.runLater(() -> rows.complete(scene.lookup("#customer-table")
                            instanceof javafx.scene.control.TableView<?> t ? t.getItems().size() : 0));
                    if (rows.get() >= Integer.getInteger("probe.rows", 1)) break; // 0: a book with no customers
                    Thread.sleep(100);
                }
                measureLater();
            } catch (Exception e) {
                System.out.println("MEMORY_FAILED " + e);
            }
        }, "probe-memory");
        wait.setDaemon(true);
        wait.start();
    }

    /** Reports resident memory and heap after things settle (the search index is warmed meanwhile). */
    private static void measureLater() {
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(Long.getLong("probe.settleMs", 8000));
                long rss = -1;
                for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                    if (line.startsWith("VmRSS:")) rss = Long.parseLong(line.replaceAll("\\D", ""));
                }
                Runtime rt = Runtime.getRuntime();
                System.out.println("MEMORY " + rss + " " + ((rt.totalMemory() - rt.freeMemory()) >> 10) + " "
                        + (rt.totalMemory() >> 10));
                System.out.flush();
            } catch (Exception e) {
                System.out.println("MEMORY_FAILED " + e);
            }
        }, "probe-memory-settle");
        later.setDaemon(true);
        later.start();
    }
}
