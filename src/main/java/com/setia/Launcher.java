package com.setia;

import java.time.Clock;

import javafx.application.Application;

import com.setia.app.SetiaApp;
import com.setia.app.VisitVerbs;

/**
 * The entry point. A plain class, so JavaFX on the class path starts without module flags. A verb as the first
 * argument runs without a window and exits with its status (see the README): {@code import-visits FILE},
 * {@code quiet}.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && VisitVerbs.handles(args[0])) {
            System.exit(VisitVerbs.run(args, System.out, System.err, Clock.systemDefaultZone()));
        }
        Application.launch(SetiaApp.class, args);
    }
}
