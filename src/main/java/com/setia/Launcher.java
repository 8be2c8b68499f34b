package com.setia;

import javafx.application.Application;

import com.setia.app.SetiaApp;

/** The entry point. A plain class, so JavaFX on the class path starts without module flags. */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(SetiaApp.class, args);
    }
}
