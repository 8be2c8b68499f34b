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
            }
        });
    }
}
