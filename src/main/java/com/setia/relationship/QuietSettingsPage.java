package com.setia.relationship;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

import com.setia.customer.CustomerStatus;
import com.setia.i18n.I18n;
import com.setia.shop.SettingsPage;
import com.setia.ui.Banner;

/** Settings: when a customer counts as going quiet, and how often to keep in touch per status. */
public final class QuietSettingsPage implements SettingsPage {
    private final QuietSettingsViewModel vm;
    private final I18n i18n;

    public QuietSettingsPage(QuietSettingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return "quiet-settings";
    }

    @Override
    public String titleKey() {
        return "settings.quiet.tab";
    }

    @Override
    public Node createView() {
        Label title = new Label(i18n.t("settings.quiet.title"), new FontIcon("fth-moon"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(i18n.t("settings.quiet.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        TextField factor = field("settings-quiet-factor", vm.factorProperty());
        TextField minimum = field("settings-quiet-minimum", vm.minimumDaysProperty());
        GridPane quiet = new GridPane();
        quiet.setHgap(10);
        quiet.setVgap(8);
        quiet.addRow(0, new Label(i18n.t("settings.quiet.factor")), factor, new Label(i18n.t("settings.quiet.factorUnit")));
        quiet.addRow(1, new Label(i18n.t("settings.quiet.minimum")), minimum, new Label(i18n.t("rel.cadence.days")));

        Label keepTitle = new Label(i18n.t("settings.keep.title"), new FontIcon("fth-calendar"));
        keepTitle.getStyleClass().add(Styles.TITLE_4);
        Label keepIntro = new Label(i18n.t("settings.keep.intro"));
        keepIntro.setWrapText(true);
        keepIntro.getStyleClass().add(Styles.TEXT_MUTED);
        GridPane keep = new GridPane();
        keep.setHgap(10);
        keep.setVgap(8);
        int row = 0;
        for (CustomerStatus s : CustomerStatus.values()) {
            TextField days = field("settings-keep-" + s.name(), vm.cadenceProperty(s));
            days.setPromptText(i18n.t("settings.keep.none"));
            keep.addRow(row++, new Label(i18n.t(s.messageKey())), days, new Label(i18n.t("rel.cadence.days")));
        }
        Label errors = Banner.create("settings-quiet-errors");
        Label saved = Banner.create("settings-quiet-saved");
        Button save = new Button(i18n.t("rel.cadence.save"), new FontIcon("fth-check"));
        save.setId("settings-quiet-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        HBox buttons = new HBox(save);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, title, intro, quiet, keepTitle, keepIntro, keep, errors, saved, buttons);
        box.setPadding(new Insets(16));
        box.setMaxWidth(760);
        WhileShown.subscribe(box, () -> Subscription.combine(
                vm.errors().subscribe(() -> Banner.show(errors, vm.errors().isEmpty() ? null
                        : String.join("\n", vm.errors().stream().map(i18n::t).toList()), Banner.Tone.ERROR)),
                vm.messageKeyProperty().subscribe(k -> Banner.show(saved, k == null ? null : i18n.t(k), Banner.Tone.SUCCESS))));
        vm.load();
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(5);
        f.textProperty().bindBidirectional(value);
        return f;
    }
}
