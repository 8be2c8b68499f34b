package com.setia.shop;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import com.setia.common.Currency;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;

/** The shop's letterhead and owner: text fields, and logo and signature pickers with a preview of each picture. */
public final class ShopSettingsView {
    private final ShopSettingsViewModel vm;
    private final I18n i18n;
    private final ScrollPane root = new ScrollPane();

    public ShopSettingsView(ShopSettingsViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        Label heading = new Label(i18n.t("shop.heading"));
        heading.getStyleClass().add(Styles.TITLE_3);
        Label intro = new Label(i18n.t("shop.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);

        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);

        int row = 0;
        grid.addRow(row++, label("shop.field.shopName"), text("shop-name", vm.shopNameProperty(), null));
        TextArea address = new TextArea();
        address.setId("shop-address");
        address.setPrefRowCount(3);
        address.setWrapText(true);
        address.textProperty().bindBidirectional(vm.addressProperty());
        grid.addRow(row++, label("shop.field.address"), address);
        grid.addRow(row++, label("shop.field.phone"), text("shop-phone", vm.phoneProperty(), null));
        grid.addRow(row++, label("shop.field.email"), text("shop-email", vm.emailProperty(), null));
        grid.addRow(row++, label("shop.field.currency"), currency());
        grid.addRow(row++, label("shop.field.ownerName"), text("shop-owner-name", vm.ownerNameProperty(), null));
        // One title per letter language: an English letter is signed "Owner", a Malay one "Pemilik".
        HBox titles = new HBox(8,
                text("shop-owner-title", vm.ownerTitleProperty(), i18n.t("shop.field.ownerTitle.prompt.ms")),
                text("shop-owner-title-id", vm.ownerTitleIdProperty(), i18n.t("shop.field.ownerTitle.prompt.id")),
                text("shop-owner-title-en", vm.ownerTitleEnProperty(), i18n.t("shop.field.ownerTitle.prompt.en")));
        titles.getChildren().forEach(n -> HBox.setHgrow(n, Priority.ALWAYS));
        Label titlesHint = new Label(i18n.t("shop.field.ownerTitle.hint"));
        titlesHint.setWrapText(true);
        titlesHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        grid.addRow(row++, label("shop.field.ownerTitle"), new VBox(4, titles, titlesHint));
        grid.addRow(row++, label("shop.field.logo"), picker("shop-logo", vm.logoPathProperty(), vm.logoMissingProperty(), null));
        grid.addRow(row++, label("shop.field.signature"), picker("shop-signature", vm.signaturePathProperty(),
                vm.signatureMissingProperty(), i18n.t("shop.signature.hint")));
        for (Node n : grid.getChildren()) {
            if (n instanceof Label) {
                GridPane.setValignment(n, javafx.geometry.VPos.TOP);
                ((Label) n).setPadding(new Insets(6, 0, 0, 0));
            }
        }

        Label banner = Banner.of("shop-banner", vm.messageProperty(), vm.messageIsErrorProperty(), i18n::t);

        Button save = new Button(i18n.t("shop.save"), new FontIcon(Feather.SAVE));
        save.setId("shop-save");
        save.setDefaultButton(true);
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());

        VBox content = new VBox(14, heading, intro, grid, banner, new HBox(save));
        content.setPadding(new Insets(20, 24, 24, 24));
        content.setMaxWidth(760);
        root.setContent(content);
        root.setFitToWidth(true);
        root.setId("shop-settings");
    }

    /** The shop's currency: "RM — Ringgit Malaysia", "Rp — Rupiah Indonesia". */
    private ComboBox<Currency> currency() {
        ComboBox<Currency> box = new ComboBox<>(FXCollections.observableArrayList(Currency.values()));
        box.setId("shop-currency");
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Currency c) {
                return c == null ? "" : i18n.t(c.messageKey(), c.symbol());
            }

            @Override
            public Currency fromString(String s) {
                return null;
            }
        });
        box.valueProperty().bindBidirectional(vm.currencyProperty());
        return box;
    }

    private Label label(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private TextField text(String id, StringProperty property, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    /** Path, Choose and Remove buttons, a preview of the picture, and a warning when the file has gone. */
    private Node picker(String id, StringProperty path, ReadOnlyBooleanProperty missing, String hint) {
        ImageView preview = new ImageView();
        preview.setPreserveRatio(true);
        preview.setFitWidth(180);
        preview.setFitHeight(72);
        Label none = new Label(i18n.t("shop.image.none"));
        none.getStyleClass().add(Styles.TEXT_MUTED);
        StackPane frame = new StackPane(preview, none);
        frame.setMinSize(200, 84);
        frame.setMaxSize(200, 84);
        frame.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 6; -fx-background-color: white;"
                + " -fx-background-radius: 6;");

        Button choose = new Button(i18n.t("shop.image.choose"), new FontIcon(Feather.IMAGE));
        choose.setId(id + "-choose");
        Button remove = new Button(i18n.t("shop.image.remove"), new FontIcon(Feather.X));
        remove.setId(id + "-remove");
        remove.getStyleClass().add(Styles.FLAT);
        remove.disableProperty().bind(path.isEmpty());
        remove.setOnAction(e -> path.set(""));
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("shop.image.chooseTitle"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("shop.image.filter"),
                    "*.png", "*.PNG", "*.jpg", "*.JPG", "*.jpeg", "*.JPEG"));
            String current = path.get();
            if (current != null && !current.isBlank()) {
                Path parent = Path.of(current).getParent();
                if (parent != null && Files.isDirectory(parent)) {
                    chooser.setInitialDirectory(parent.toFile());
                }
            }
            File file = chooser.showOpenDialog(root.getScene() == null ? null : root.getScene().getWindow());
            if (file != null) {
                path.set(file.getAbsolutePath());
            }
        });

        Label pathLabel = new Label();
        pathLabel.setId(id + "-path");
        pathLabel.getStyleClass().add(Styles.TEXT_SMALL);
        pathLabel.setWrapText(true);
        pathLabel.textProperty().bind(path);
        Label warning = new Label();
        warning.setId(id + "-missing");
        warning.setWrapText(true);
        warning.getStyleClass().add("field-error");
        warning.visibleProperty().bind(missing);
        warning.managedProperty().bind(missing);

        Runnable update = () -> {
            String p = path.get();
            Image image = null;
            if (p != null && !p.isBlank() && !missing.get()) {
                Image loaded = new Image(Path.of(p).toUri().toString(), 360, 144, true, true, false);
                image = loaded.isError() ? null : loaded;
            }
            preview.setImage(image);
            none.setVisible(image == null);
            warning.setText(missing.get() ? i18n.t("shop.image.missing", p) : "");
        };
        com.setia.ui.ViewScope.of(preview).onChange(update, path, missing);

        VBox buttons = new VBox(6, new HBox(6, choose, remove), pathLabel);
        if (hint != null) {
            Label h = new Label(hint);
            h.setWrapText(true);
            h.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            buttons.getChildren().add(h);
        }
        HBox.setHgrow(buttons, Priority.ALWAYS);
        HBox line = new HBox(12, frame, buttons);
        line.setAlignment(Pos.TOP_LEFT);
        return new VBox(6, line, warning);
    }
}
