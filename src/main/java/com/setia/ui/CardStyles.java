package com.setia.ui;

import org.kordamp.ikonli.javafx.FontIcon;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Adds the win-back stylesheet to a view's root, so cards, steps and clocks look the same everywhere. */
public final class CardStyles {
    public static final String STYLESHEET = CardStyles.class.getResource("/com/setia/ui/cards.css").toExternalForm();

    private CardStyles() {
    }

    /**
     * The act-fast badge of lists and cases: an icon and a sentence that wraps rather than being cut, coloured by
     * {@code tone} ({@code GREEN}, {@code AMBER}, {@code RED} of {@link ActFastLevel}, or {@code DONE}).
     */
    public static Label badge(String text, String icon, String tone) {
        Label badge = new Label(text, new FontIcon(icon));
        badge.setWrapText(true);
        badge.setMinHeight(Region.USE_PREF_SIZE);
        badge.getStyleClass().addAll("clock-badge", "clock-" + tone);
        return badge;
    }

    public static <T extends Parent> T apply(T root) {
        if (!root.getStylesheets().contains(STYLESHEET)) {
            root.getStylesheets().add(STYLESHEET);
        }
        return root;
    }
}
