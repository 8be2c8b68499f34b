package com.setia.visit;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import com.setia.customer.Customer;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.DateFields;
import com.setia.ui.Theme;

/**
 * The "came today" window, opened from anywhere with Ctrl+K: type, Enter. Down/Up choose among the matches;
 * Escape closes. It stays open after recording, so a queue at the counter goes one after another.
 */
public final class QuickVisitDialog {
    private final QuickVisitViewModel vm;
    private final I18n i18n;
    private Stage stage;
    private final java.util.List<javafx.util.Subscription> subscriptions = new java.util.ArrayList<>();

    public QuickVisitDialog(QuickVisitViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    /** Opens the window over {@code owner} (or brings it forward), ready to type. */
    public void open(Window owner) {
        if (stage != null && stage.isShowing()) {
            stage.toFront();
            return;
        }
        vm.reset();
        stage = new Stage();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("visit.quick.title"));
        VBox root = build();
        Scene scene = Theme.scene(root, 520, 520);
        stage.setScene(scene);
        Theme.icons(stage);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) stage.close();
        });
        stage.setOnHidden(e -> {
            subscriptions.forEach(javafx.util.Subscription::unsubscribe);
            subscriptions.clear();
        });
        stage.show();
    }

    /** The window, while open (for tests). */
    public Stage stage() {
        return stage;
    }

    private VBox build() {
        Label title = new Label(i18n.t("visit.quick.title"), new FontIcon("fth-shopping-bag"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label hint = new Label(i18n.t("visit.quick.hint"));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        TextField search = new TextField();
        search.setId("quick-visit-search");
        search.setPromptText(i18n.t("visit.quick.searchPrompt"));
        search.textProperty().bindBidirectional(vm.queryProperty());

        ListView<Customer> matches = new ListView<>(vm.matches());
        matches.setId("quick-visit-matches");
        matches.setPrefHeight(170);
        matches.setFocusTraversable(false);
        matches.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Customer c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.phone() == null ? c.name() : c.name() + "  \u00b7  " + com.setia.customer.PhoneNumbers.display(c.phone()));
            }
        });
        Label none = new Label(i18n.t("visit.quick.noMatch"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        matches.setPlaceholder(none);
        subscriptions.add(vm.chosenProperty().subscribe(c -> {
            if (c == null) matches.getSelectionModel().clearSelection();
            else if (matches.getSelectionModel().getSelectedItem() != c) matches.getSelectionModel().select(c);
        }));
        matches.getSelectionModel().selectedItemProperty().subscribe(c -> {
            if (c != null) vm.chosenProperty().set(c);
        });
        search.setOnKeyPressed(e -> {
            int i = matches.getSelectionModel().getSelectedIndex();
            if (e.getCode() == KeyCode.DOWN && i + 1 < vm.matches().size()) {
                matches.getSelectionModel().select(i + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.UP && i > 0) {
                matches.getSelectionModel().select(i - 1);
                e.consume();
            }
        });

        DatePicker day = DateFields.picker("quick-visit-date", i18n.t("common.date.prompt"), vm.dayProperty(),
                vm.dayUnreadableProperty());
        day.setMaxWidth(Double.MAX_VALUE);
        TextField amount = new TextField();
        amount.setId("quick-visit-amount");
        amount.setPromptText(i18n.t("visit.quick.amountPrompt"));
        amount.textProperty().bindBidirectional(vm.amountProperty());
        TextField note = new TextField();
        note.setId("quick-visit-note");
        note.setPromptText(i18n.t("visit.quick.notePrompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("visit.field.date"), day);
        form.addRow(1, label("visit.field.amount"), amount);
        form.addRow(2, label("visit.field.note"), note);
        GridPane.setHgrow(day, Priority.ALWAYS);
        GridPane.setHgrow(amount, Priority.ALWAYS);
        GridPane.setHgrow(note, Priority.ALWAYS);

        Label errors = new Label();
        errors.setId("quick-visit-errors");
        errors.getStyleClass().add("field-error");
        errors.setWrapText(true);
        errors.managedProperty().bind(errors.visibleProperty());
        errors.visibleProperty().bind(Bindings.isNotEmpty(vm.errors()));
        subscriptions.add(vm.errors().subscribe(() -> errors.setText(
                String.join("\n", vm.errors().stream().map(i18n::t).toList()))));
        Label done = Banner.create("quick-visit-done");
        subscriptions.add(vm.doneKeyProperty().subscribe(k -> Banner.show(done, k == null ? null
                : i18n.t(k, vm.doneNameProperty().get(), DateFields.date(vm.doneDayProperty().get())), Banner.Tone.SUCCESS)));

        Button record = new Button(i18n.t("visit.quick.record"), new FontIcon("fth-check"));
        record.setId("quick-visit-record");
        record.getStyleClass().add(Styles.ACCENT);
        record.setDefaultButton(true);
        record.disableProperty().bind(vm.busyProperty());
        record.setOnAction(e -> {
            day.commitValue();
            vm.record(i18n.getLanguage());
            search.requestFocus();
        });
        Button close = new Button(i18n.t("visit.quick.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox buttons = new HBox(8, close, record);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, title, hint, search, matches, form, errors, done, buttons);
        root.setId("quick-visit");
        root.setPadding(new Insets(16));
        javafx.application.Platform.runLater(search::requestFocus);
        return root;
    }

    private Label label(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("form-label");
        return l;
    }
}
