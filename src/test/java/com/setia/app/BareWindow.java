package com.setia.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** The reference for {@link StartupBenchmark}: the smallest JavaFX program with a window (one label), Setia's size. */
public final class BareWindow extends Application {
    @Override
    public void start(Stage stage) {
        var desk = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(new StackPane(new Label("Setia")), Math.min(1280, desk.getWidth()),
                Math.min(800, desk.getHeight())));
        stage.setTitle("Setia");
        stage.show();
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}
