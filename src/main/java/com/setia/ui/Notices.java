package com.setia.ui;

import java.util.function.Function;

import org.controlsfx.control.Notifications;
import org.kordamp.ikonli.javafx.FontIcon;

import javafx.beans.property.Property;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * Passing success messages ("Saved.", "Follow-up recorded."): a ControlsFX notification at the bottom right of the
 * window that goes by itself after a few seconds. The view-model names the message as a bundle key; the notice
 * takes it and clears it, so it is never shown again after the owner moves to another screen or language. Errors
 * stay on the page ({@link Banner}) until the owner acts.
 */
public final class Notices {
    /** How long a notice stays. */
    public static final Duration SHOWN_FOR = Duration.seconds(4);
    static final String STYLE_CLASS = "setia-notice";

    private Notices() {
    }

    /**
     * Shows each key {@code key} takes while {@code anchor} is on screen, then sets it back to null. A key left
     * from before the view was made, or set while the view was away, is dropped without showing.
     */
    public static void follow(Node anchor, Property<String> key, Function<String, String> translate) {
        key.setValue(null);
        ViewScope scope = ViewScope.of(anchor);
        scope.onAttached(on -> {
            if (!on) key.setValue(null); // the owner left this screen: the moment has passed
        });
        scope.subscribe(key, k -> {
            if (k == null) return;
            key.setValue(null);
            if (anchor.getScene() != null) show(anchor, translate.apply(k));
        });
    }

    /** Shows {@code text} as a passing notice over the window of {@code anchor}. */
    public static void show(Node anchor, String text) {
        Window window = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        if (window == null || !window.isShowing()) return;
        FontIcon icon = new FontIcon("fth-check-circle");
        icon.getStyleClass().add("setia-notice-icon");
        Notifications.create()
                .owner(window)
                .text(text)
                .graphic(icon)
                .position(Pos.BOTTOM_RIGHT)
                .hideAfter(SHOWN_FOR)
                .styleClass(STYLE_CLASS)
                .hideCloseButton()
                .show();
    }
}
