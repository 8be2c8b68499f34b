package com.setia.staff;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.shop.SettingsPage;
import com.setia.ui.Banner;
import com.setia.ui.Dialogs;
import com.setia.ui.ViewScope;

/** Settings, the staff: who can be a customer's contact person; add, correct a name, take off the staff. */
public final class StaffSettingsPage implements SettingsPage {
    private final StaffService service;
    private final com.setia.common.TaskRunner runner;
    private final I18n i18n;

    public StaffSettingsPage(StaffService service, com.setia.common.TaskRunner runner, I18n i18n) {
        this.service = service;
        this.runner = runner;
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return "staff-settings";
    }

    @Override
    public String titleKey() {
        return "staff.list.tab";
    }

    @Override
    public Node createView() {
        StaffListViewModel vm = new StaffListViewModel(service, runner);
        Node view = view(vm);
        vm.load();
        return view;
    }

    Node view(StaffListViewModel vm) {
        Label title = new Label(i18n.t("staff.list.title"), new FontIcon("fth-users"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(i18n.t("staff.list.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = Banner.of("staff-list-message", vm.messageProperty(), vm.errorProperty(), i18n::t);

        TextField name = new TextField();
        name.setId("staff-list-new");
        name.setPromptText(i18n.t("staff.newPrompt"));
        name.setPrefColumnCount(20);
        name.textProperty().bindBidirectional(vm.newNameProperty());
        name.setOnAction(e -> vm.add());
        Button add = new Button(i18n.t("staff.add"), new FontIcon("fth-plus"));
        add.setId("staff-list-add");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.add());
        HBox addRow = new HBox(8, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);

        Label empty = new Label(i18n.t("staff.list.empty"));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        VBox list = new VBox(8);
        list.setId("staff-list");
        ViewScope.of(list).onChange(() -> {
            list.getChildren().clear();
            if (vm.rows().isEmpty()) list.getChildren().add(empty);
            for (StaffListViewModel.Row r : vm.rows()) list.getChildren().add(row(vm, r, list));
        }, vm.rows());

        VBox box = new VBox(12, title, intro, message, list, addRow);
        box.setPadding(new Insets(16));
        box.setMaxWidth(760);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node row(StaffListViewModel vm, StaffListViewModel.Row r, Node owner) {
        TextField name = new TextField(r.staff().name());
        name.setId("staff-name-" + r.staff().id());
        name.setPrefColumnCount(16);
        name.setOnAction(e -> vm.rename(r, name.getText()));
        Button save = new Button(i18n.t("staff.list.rename"), new FontIcon("fth-check"));
        save.setId("staff-rename-" + r.staff().id());
        save.getStyleClass().add(Styles.SMALL);
        save.disableProperty().bind(vm.busyProperty().or(name.textProperty().isEqualTo(r.staff().name())));
        save.setOnAction(e -> vm.rename(r, name.getText()));
        Label looks = new Label(i18n.t("staff.list.customers", r.customers()));
        looks.getStyleClass().add(Styles.TEXT_MUTED);
        looks.setMinWidth(Region.USE_PREF_SIZE);
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        Button retire = new Button(i18n.t("staff.list.retire"), new FontIcon("fth-user-x"));
        retire.setId("staff-retire-" + r.staff().id());
        retire.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED, Styles.DANGER);
        retire.disableProperty().bind(vm.busyProperty());
        retire.setOnAction(e -> {
            if (Dialogs.confirm(owner, i18n.t("app.title"), i18n.t("staff.list.retireTitle", r.staff().name()),
                    i18n.t("staff.list.retireText", r.staff().name()), i18n.t("staff.list.retire"), i18n.t("common.cancel"))) {
                vm.retire(r);
            }
        });
        HBox row = new HBox(8, name, save, looks, grow, retire);
        row.setAlignment(Pos.CENTER_LEFT);
        row.getStyleClass().add("winback-card");
        row.setPadding(new Insets(8, 12, 8, 12));
        return row;
    }
}
