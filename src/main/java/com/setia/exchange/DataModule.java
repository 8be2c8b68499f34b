package com.setia.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Subscription;

import com.setia.backup.BackupView;
import com.setia.backup.BackupViewModel;
import com.setia.common.Message;
import com.setia.common.Progress;
import com.setia.common.TaskRunner;
import com.setia.customer.CustomerService;
import com.setia.i18n.I18n;
import com.setia.shop.SettingsPage;
import com.setia.shop.ShopService;
import com.setia.transfer.TransferException;
import com.setia.ui.Banner;
import com.setia.ui.FilePicker;

/**
 * The data feature's screens, made once by the composition root: the import wizard, the "Data and backups" page of
 * Settings (backups, restore, the shop's country, import, export), the status bar's last backup, and the welcome
 * that replaces an empty Today on a new store.
 */
public final class DataModule {
    private final CustomerImportService imports;
    private final ExportService exports;
    private final CustomerService customers;
    private final ShopService shop;
    private final BackupViewModel backups;
    private final TaskRunner runner;
    private final I18n i18n;
    private final List<Runnable> afterImport = new ArrayList<>();
    private Runnable welcomeCheck = () -> { };
    private final FilePicker picker;

    public DataModule(CustomerImportService imports, ExportService exports, CustomerService customers, ShopService shop,
            BackupViewModel backups, TaskRunner runner, I18n i18n) {
        this(imports, exports, customers, shop, backups, runner, i18n, FilePicker.SYSTEM);
    }

    /** {@code picker}: asks for the file to import (the system's chooser in the app; a fixed file in a UI walk). */
    public DataModule(CustomerImportService imports, ExportService exports, CustomerService customers, ShopService shop,
            BackupViewModel backups, TaskRunner runner, I18n i18n, FilePicker picker) {
        this.picker = picker;
        this.imports = imports;
        this.exports = exports;
        this.customers = customers;
        this.shop = shop;
        this.backups = backups;
        this.runner = runner;
        this.i18n = i18n;
    }

    public BackupViewModel backups() {
        return backups;
    }

    /** Opens the import wizard over {@code owner}. */
    public void openImport(Window owner) {
        ImportWizardViewModel vm = new ImportWizardViewModel(imports, runner, Platform::runLater, i18n::t);
        new ImportWizardView(vm, i18n, picker, () -> {
            afterImport.forEach(Runnable::run);
            welcomeCheck.run();
        }).show(owner);
    }

    /** Runs after the wizard closes (the customer list and the welcome look again). */
    public void onImportClosed(Runnable r) {
        afterImport.add(r);
    }

    /** The status bar's "last backup" line. */
    public Node statusItem(List<Subscription> subscriptions) {
        return BackupView.statusLabel(backups, i18n, subscriptions);
    }

    /** Settings → Data and backups. */
    public SettingsPage settingsPage() {
        return new SettingsPage() {
            @Override
            public String id() {
                return "data";
            }

            @Override
            public String titleKey() {
                return "exchange.page.title";
            }

            @Override
            public Node createView() {
                return dataPage();
            }
        };
    }

    private Node dataPage() {
        VBox box = new VBox(12);
        box.setPadding(new Insets(16));
        Label banner = Banner.create("data-banner");

        Label inOut = new Label(i18n.t("exchange.page.inOut"));
        inOut.getStyleClass().add(Styles.TITLE_4);
        Button importButton = new Button(i18n.t("exchange.page.import"), new FontIcon("fth-download"));
        importButton.setId("data-import");
        importButton.setOnAction(e -> openImport(importButton.getScene().getWindow()));
        Button exportButton = new Button(i18n.t("exchange.page.export"), new FontIcon("fth-upload"));
        exportButton.setId("data-export");
        exportButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("exchange.page.export"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV (Excel)", "*.csv"),
                    new FileChooser.ExtensionFilter("vCard", "*.vcf"));
            chooser.setInitialFileName("setia-customers.csv");
            var f = chooser.showSaveDialog(exportButton.getScene().getWindow());
            if (f == null) return;
            exportButton.setDisable(true);
            runner.run(() -> exports.exportAll(f.toPath(), Progress.NONE), r -> {
                exportButton.setDisable(false);
                Banner.show(banner, i18n.t("exchange.exported", r.customers(), f.toString()), Banner.Tone.SUCCESS);
            }, err -> {
                exportButton.setDisable(false);
                Banner.show(banner, err instanceof TransferException t ? i18n.t(t.problem())
                        : i18n.t(Message.of("exchange.error.failed")), Banner.Tone.ERROR);
            });
        });
        HBox actions = new HBox(8, importButton, exportButton);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label countryLabel = new Label(i18n.t("exchange.page.country"));
        ComboBox<String> country = new ComboBox<>();
        country.setId("data-country");
        country.getItems().setAll("MY", "ID");
        country.setButtonCell(new CountryCell());
        country.setCellFactory(lv -> new CountryCell());
        // the country the import really reads numbers for (the shop's, else the default), not a guess from the window
        runner.run(imports::country, country::setValue, e -> { });
        country.valueProperty().addListener((o, a, b) -> {
            if (b != null && a != null && !a.equals(b)) {
                runner.run(() -> {
                    shop.setCountry(b);
                    return b;
                }, ok -> Banner.show(banner, i18n.t("exchange.page.countrySaved"), Banner.Tone.SUCCESS),
                        err -> Banner.show(banner, i18n.t(Message.of("exchange.error.failed")), Banner.Tone.ERROR));
            }
        });
        Label countryHint = new Label(i18n.t("exchange.page.countryHint"));
        countryHint.setWrapText(true);
        countryHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        HBox countryRow = new HBox(8, countryLabel, country);
        countryRow.setAlignment(Pos.CENTER_LEFT);

        BackupView backupView = new BackupView(backups, i18n);
        box.getChildren().addAll(banner, inOut, actions, countryRow, countryHint, new Separator(), backupView.root());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        // the backup view's subscriptions end when this page leaves the scene (a language switch rebuilds it)
        scroll.sceneProperty().subscribe((before, now) -> {
            if (before != null && now == null) backupView.dispose();
        });
        return scroll;
    }

    private final class CountryCell extends javafx.scene.control.ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : i18n.t("exchange.country." + item));
        }
    }

    /**
     * Today on a store with no customer yet becomes a welcome with the three first steps: bring customers in, add
     * one by hand, set up the letterhead. {@code today}: Today's own view; {@code navigate}: shows a section by id.
     */
    public Node welcomeOr(Node today, Consumer<String> navigate) {
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane(today);
        holder.setId("today-or-welcome");
        Runnable check = () -> runner.run(customers::count, n -> holder.getChildren().setAll(n == 0 ? welcome(navigate) : today),
                e -> { });
        check.run();
        welcomeCheck = check; // only the view on screen: a replaced view (a language switch) is not kept
        return holder;
    }

    private Node welcome(Consumer<String> navigate) {
        Label title = new Label(i18n.t("exchange.welcome.title"));
        title.getStyleClass().add(Styles.TITLE_2);
        Label text = new Label(i18n.t("exchange.welcome.text"));
        text.setWrapText(true);
        Button bring = new Button(i18n.t("exchange.welcome.import.go"), new FontIcon("fth-download"));
        bring.setId("welcome-import");
        bring.getStyleClass().add(Styles.ACCENT);
        bring.setOnAction(e -> openImport(bring.getScene().getWindow()));
        Button add = new Button(i18n.t("exchange.welcome.add.go"), new FontIcon("fth-user-plus"));
        add.setId("welcome-add");
        add.setOnAction(e -> navigate.accept("customers"));
        Button letterhead = new Button(i18n.t("exchange.welcome.letterhead.go"), new FontIcon("fth-edit-3"));
        letterhead.setId("welcome-letterhead");
        letterhead.setOnAction(e -> navigate.accept("settings"));
        VBox box = new VBox(14, title, text,
                step("fth-smartphone", "exchange.welcome.import", "exchange.welcome.import.text", bring),
                step("fth-user", "exchange.welcome.add", "exchange.welcome.add.text", add),
                step("fth-file-text", "exchange.welcome.letterhead", "exchange.welcome.letterhead.text", letterhead));
        box.setId("welcome");
        box.setPadding(new Insets(32));
        box.setMaxWidth(760);
        box.setFillWidth(true);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    /** One first step: an icon, what it is, and the button that does it. */
    private Node step(String icon, String titleKey, String textKey, Button action) {
        Label t = new Label(i18n.t(titleKey));
        t.getStyleClass().add(Styles.TITLE_4);
        t.setWrapText(true);
        Label d = new Label(i18n.t(textKey));
        d.setWrapText(true);
        d.getStyleClass().add(Styles.TEXT_MUTED);
        VBox words = new VBox(4, t, d, action);
        HBox.setHgrow(words, javafx.scene.layout.Priority.ALWAYS);
        FontIcon graphic = new FontIcon(icon);
        graphic.setIconSize(30);
        graphic.getStyleClass().add(Styles.ACCENT);
        HBox card = new HBox(18, graphic, words);
        card.setAlignment(Pos.TOP_LEFT);
        card.setPadding(new Insets(16, 20, 16, 20));
        card.setStyle("-fx-background-color: -color-bg-subtle; -fx-background-radius: 8; "
                + "-fx-border-color: -color-border-default; -fx-border-radius: 8;");
        return card;
    }
}
