package com.setia.app;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The look: AtlantaFX Primer Light, Setia's own stylesheet and the app icon from assets/. */
public final class Theme {
    public static final String STYLESHEET = Theme.class.getResource("/com/setia/app/setia.css").toExternalForm();
    private static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};

    private Theme() {
    }

    public static void install() {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    public static void apply(Scene scene) {
        if (!scene.getStylesheets().contains(STYLESHEET)) {
            scene.getStylesheets().add(STYLESHEET);
        }
    }

    public static void icons(Stage stage) {
        for (String size : ICON_SIZES) {
            var url = Theme.class.getResource("/assets/icons/setia-" + size + ".png");
            if (url != null) {
                stage.getIcons().add(new Image(url.toExternalForm()));
            }
        }
    }

    /** Gives a dialog Setia's stylesheet and icon. */
    public static void decorate(Dialog<?> dialog) {
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        if (dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            icons(stage);
        }
    }

    public static Image logo(int size) {
        var url = Theme.class.getResource("/assets/icons/setia-" + size + ".png");
        return url == null ? null : new Image(url.toExternalForm());
    }
}
