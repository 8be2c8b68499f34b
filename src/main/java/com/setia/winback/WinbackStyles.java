package com.setia.winback;

import javafx.scene.Parent;

/** Adds the win-back stylesheet to a view's root, so cards, steps and clocks look the same everywhere. */
public final class WinbackStyles {
    public static final String STYLESHEET = WinbackStyles.class.getResource("/com/setia/winback/winback.css").toExternalForm();

    private WinbackStyles() {
    }

    public static <T extends Parent> T apply(T root) {
        if (!root.getStylesheets().contains(STYLESHEET)) {
            root.getStylesheets().add(STYLESHEET);
        }
        return root;
    }
}
