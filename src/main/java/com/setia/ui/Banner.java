package com.setia.ui;

import java.util.function.Function;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * The one-line message above a form or list: the view-model names a bundle key, the banner shows its text in the
 * owner's language, coloured by tone, and takes no room while there is nothing to say. Styles: {@code setia.css}.
 */
public final class Banner {
    /** How the message should read. */
    public enum Tone {
        ERROR, WARNING, SUCCESS, INFO;

        String styleClass() {
            return "banner-" + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private Banner() {
    }

    /** An empty, hidden banner. */
    public static Label create(String id) {
        Label banner = new Label();
        if (id != null) banner.setId(id);
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(Region.USE_PREF_SIZE);
        banner.getStyleClass().add("banner");
        banner.managedProperty().bind(banner.visibleProperty());
        banner.setVisible(false);
        return banner;
    }

    /** Shows {@code text} in {@code tone}; null or empty text hides the banner. */
    public static void show(Label banner, String text, Tone tone) {
        for (Tone t : Tone.values()) banner.getStyleClass().remove(t.styleClass());
        boolean any = text != null && !text.isEmpty();
        banner.setVisible(any);
        banner.setText(any ? text : "");
        if (any) banner.getStyleClass().add(tone.styleClass());
    }

    /** Shows the key's text in one tone while the key is not null. */
    public static <T> Label of(String id, ObservableValue<T> key, Tone tone, Function<? super T, String> translate) {
        Label banner = create(id);
        ViewScope.of(banner).onChange(
                () -> show(banner, key.getValue() == null ? null : translate.apply(key.getValue()), tone), key);
        return banner;
    }

    /** Shows the key's text as an error or a success, as {@code isError} says, while the key is not null. */
    public static <T> Label of(String id, ObservableValue<T> key, ObservableValue<Boolean> isError,
            Function<? super T, String> translate) {
        Label banner = create(id);
        ViewScope.of(banner).onChange(() -> show(banner, key.getValue() == null ? null : translate.apply(key.getValue()),
                Boolean.TRUE.equals(isError.getValue()) ? Tone.ERROR : Tone.SUCCESS), key, isError);
        return banner;
    }
}
