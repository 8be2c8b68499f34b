package com.setia.ui;

import java.util.function.Function;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;

/**
 * A reminder card on Today (rule changes to announce, introductions owed): a title with its icon, an error banner,
 * and one line per item, each a sentence with one action beside it. Shown only while there is something to show; the
 * lines follow the list only while the card is on screen.
 */
public final class ReminderCard {
    private ReminderCard() {
    }

    public static <T> Node of(String id, String title, String icon, ObservableList<T> items,
            ObservableValue<String> errorKey, I18n i18n, Function<T, Node> line) {
        VBox box = new VBox(6);
        box.setId(id);
        CardStyles.apply(box);
        box.getStyleClass().addAll("winback-card", "winback-card-accent");
        box.setPadding(new Insets(10, 14, 10, 14));
        ObservableValue<Boolean> shown = box.sceneProperty().map(s -> Boolean.TRUE).orElse(Boolean.FALSE);
        Label heading = new Label(title, new FontIcon(icon));
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        Label error = Banner.of(null, errorKey, Banner.Tone.ERROR, i18n::t);
        VBox lines = new VBox(4);
        box.getChildren().setAll(heading, error, lines);
        Bindings.createObjectBinding(Object::new, items).when(shown).subscribe(x -> {
            lines.getChildren().clear();
            for (T item : items) lines.getChildren().add(line.apply(item));
        });
        box.visibleProperty().bind(Bindings.isNotEmpty(items)
                .or(Bindings.createBooleanBinding(() -> errorKey.getValue() != null, errorKey)));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    /** One line: the sentence (wrapping at 960 px rather than cutting off its end) and its action at the right. */
    public static Node line(String textId, String text, Region action) {
        Label label = new Label(text);
        label.setWrapText(true);
        if (textId != null) label.setId(textId);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(label, Priority.ALWAYS);
        action.getStyleClass().add(Styles.SMALL);
        action.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(10, label, action);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
