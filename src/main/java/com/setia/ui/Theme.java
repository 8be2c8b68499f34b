package com.setia.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.image.Image;
import javafx.stage.Stage;

/** The look: AtlantaFX Primer Light, Setia's own stylesheet and the app icon from assets/. */
public final class Theme {
    public static final String STYLESHEET = Theme.class.getResource("/com/setia/ui/setia.css").toExternalForm();
    private static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};

    private Theme() {
    }

    /** Sets the look for every window; does nothing when it is already set (parsing it again costs a tenth of a second). */
    public static void install() {
        String primer = new PrimerLight().getUserAgentStylesheet();
        if (!primer.equals(Application.getUserAgentStylesheet())) {
            Application.setUserAgentStylesheet(primer);
        }
    }

    /**
     * A themed scene of the wanted size, or smaller on a small screen (a 1366 x 768 laptop), so no window's
     * buttons fall off the bottom of the desktop.
     */
    public static Scene scene(javafx.scene.Parent root, double width, double height) {
        javafx.geometry.Rectangle2D desk = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(width, desk.getWidth()), Math.min(height, desk.getHeight()));
        apply(scene);
        return scene;
    }

    /** A minimum window size, never more than the screen's free area. */
    public static void minSize(Stage stage, double width, double height) {
        javafx.geometry.Rectangle2D desk = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setMinWidth(Math.min(width, desk.getWidth()));
        stage.setMinHeight(Math.min(height, desk.getHeight()));
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
