package com.setia.checklist;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.ui.DateFields;

/**
 * A per-customer checklist on screen: the intro, then each item with its tick, the day and a note. Keys under the
 * checklist's prefix: {@code .intro}, {@code .numbered}, {@code .tickedOn}, {@code .note.prompt}, {@code .save}.
 */
public final class ChecklistView<I extends ChecklistItem> {
    private final ChecklistViewModel<I> vm;
    private final I18n i18n;
    private final String prefix;
    private final String id;

    /** {@code id}: the node id of the list and the prefix of each row's ids ({@code id-3}, {@code id-note-3}...). */
    public ChecklistView(ChecklistViewModel<I> vm, I18n i18n, String prefix, String id) {
        this.vm = vm;
        this.i18n = i18n;
        this.prefix = prefix;
        this.id = id;
    }

    public Node build() {
        VBox box = new VBox(6);
        box.setId(id);
        CardStyles.apply(box);
        box.setPadding(new Insets(16));
        Label intro = new Label(i18n.t(prefix + ".intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = Banner.of(null, vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);
        box.getChildren().addAll(intro, error);
        for (ChecklistViewModel.Row<I> row : vm.rows()) box.getChildren().add(row(row));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node row(ChecklistViewModel.Row<I> row) {
        String n = row.item().numeral();
        CheckBox check = new CheckBox(i18n.t(prefix + ".numbered", n, i18n.t(row.item().messageKey())));
        check.setId(id + "-" + n);
        check.setWrapText(true);
        check.selectedProperty().bindBidirectional(row.tickedProperty());
        check.setOnAction(e -> vm.setTicked(row, check.isSelected()));
        DatePicker date = DateFields.picker(id + "-date-" + n, i18n.t("common.date.prompt"), row.dateProperty(),
                row.dateUnreadableProperty());
        date.setPrefWidth(150);
        date.setMinWidth(150);
        TextField note = new TextField();
        note.setId(id + "-note-" + n);
        note.setPromptText(i18n.t(prefix + ".note.prompt"));
        note.textProperty().bindBidirectional(row.noteProperty());
        note.setPrefWidth(280);
        Button save = new Button(i18n.t(prefix + ".save"), new FontIcon("fth-check"));
        save.setId(id + "-save-" + n);
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.visibleProperty().bind(row.dirtyBinding());
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> vm.save(row));
        note.setOnAction(e -> vm.save(row));
        Label on = new Label(i18n.t(prefix + ".tickedOn"));
        on.setMinWidth(Region.USE_PREF_SIZE);
        on.getStyleClass().add(Styles.TEXT_MUTED);
        // Flows: in a narrow window (960 px) the note goes under the day at its full width instead of being squeezed.
        HBox day = new HBox(8, on, date);
        day.setAlignment(Pos.CENTER_LEFT);
        javafx.scene.layout.FlowPane details = new javafx.scene.layout.FlowPane(8, 6, day, note, save);
        details.setAlignment(Pos.CENTER_LEFT);
        details.setPadding(new Insets(0, 0, 0, 28));
        details.visibleProperty().bind(row.tickedProperty());
        details.managedProperty().bind(details.visibleProperty());
        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setPadding(new Insets(0, 0, 0, 28));
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(row.errorKeyProperty().isNotNull());
        error.textProperty().bind(Bindings.createStringBinding(
                () -> row.errorKeyProperty().get() == null ? "" : i18n.t(row.errorKeyProperty().get()), row.errorKeyProperty()));
        VBox box = new VBox(6, check, details, error);
        box.getStyleClass().add("reason-row");
        box.setPadding(new Insets(8, 10, 8, 10));
        return box;
    }
}
