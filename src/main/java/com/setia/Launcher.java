package com.setia;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;

import com.setia.app.AppLog;
import com.setia.app.AppOptions;
import com.setia.app.CommandLine;
import com.setia.app.SetiaApp;

/**
 * The entry point. A plain class, so JavaFX on the class path starts without module flags. A verb as the first
 * argument runs without a window and exits with its status (see the README): {@code import-visits FILE},
 * {@code quiet}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(com.setia.app.MoveToServerCommand.VERB)) {
            System.exit(com.setia.app.MoveToServerCommand.run(List.of(args), System.getenv(), System.getProperties(),
                    System.out, System.console()));
        }
        // The log first, so a start that fails before any window (no display, a broken JavaFX) is written too.
        Path log = AppLog.start(AppOptions.from(List.of(args), System.getenv(), System.getProperties()).dataDir());
        if (CommandLine.isVerb(args)) {
            // import / export / backup / restore / import-visits / quiet: no window, one line printed (quiet: its
            // CSV), the exit code says how it went
            System.exit(CommandLine.run(args, System.out, Clock.systemDefaultZone()));
            return;
        }
        try {
            Application.launch(SetiaApp.class, args);
        } catch (Throwable e) {
            Logger.getLogger(Launcher.class.getName()).log(Level.SEVERE, "Setia could not start", e);
            System.err.println("Setia could not start: " + e + (log == null ? "" : " (details in " + log + ")"));
            System.exit(1);
        }
    }
}
