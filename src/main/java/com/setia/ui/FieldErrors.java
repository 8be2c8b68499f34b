package com.setia.ui;

import java.util.List;
import java.util.function.Function;

import atlantafx.base.theme.Styles;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.scene.control.Control;
import javafx.scene.control.Label;

/**
 * The one way forms say what is wrong: a red line under the field (or under a group of fields) that takes no room
 * while all is well, and the field itself outlined in red. The view-model holds bundle keys; this shows their text.
 */
public final class FieldErrors {
    private FieldErrors() {
    }

    /**
     * The message for {@code field} in {@code errors} (field to bundle key), under {@code control}, which is marked
     * while there is one. {@code id} names the label for tests (may be null).
     */
    public static <F, M> Label forField(String id, Control control, ObservableMap<F, M> errors, F field,
            Function<? super M, String> translate) {
        Label error = line(id);
        ViewScope.of(error).onChange(() -> {
            M message = errors.get(field);
            show(error, message == null ? null : translate.apply(message));
            if (control != null) control.pseudoClassStateChanged(Styles.STATE_DANGER, message != null);
        }, errors);
        return error;
    }

    /** The messages of a list (bundle keys or messages), joined as {@code join} says, in one line. */
    public static <M> Label forList(String id, ObservableList<M> keys, Function<List<M>, String> join) {
        Label error = line(id);
        ViewScope.of(error).onChange(() -> show(error, keys.isEmpty() ? null : join.apply(List.copyOf(keys))), keys);
        return error;
    }

    /** An empty error line, for a message the view sets itself with {@link #show}. */
    public static Label line(String id) {
        Label error = new Label();
        if (id != null) error.setId(id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.setMinHeight(Label.USE_PREF_SIZE);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        return error;
    }

    /** Shows {@code text}, or hides the line for null. */
    public static void show(Label error, String text) {
        error.setVisible(text != null && !text.isEmpty());
        error.setText(text == null ? "" : text);
    }
}
