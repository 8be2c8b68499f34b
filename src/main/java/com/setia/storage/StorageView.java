package com.setia.storage;

import java.util.ArrayList;
import java.util.List;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

import com.setia.common.Message;
import com.setia.i18n.I18n;
import com.setia.store.StoreAddress;
import com.setia.store.StoreMover;
import com.setia.ui.Banner;

/** The "Data store" tab of Settings: this PC only, or the shop's PostgreSQL server; test, choose, move. */
public final class StorageView {
    private final StorageViewModel vm;
    private final I18n i18n;
    private final ScrollPane root = new ScrollPane();
    private final List<Subscription> subscriptions = new ArrayList<>();

    public StorageView(StorageViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
        // The view-model outlives this view (a language switch rebuilds it): let go of it when the view goes.
        subscriptions.add(root.sceneProperty().subscribe((was, now) -> {
            if (was != null && now == null) subscriptions.forEach(Subscription::unsubscribe);
        }));
    }

    public Node root() {
        return root;
    }

    private void build() {
        Label intro = wrapped(i18n.t("storage.intro"));
        Label running = new Label(i18n.t("storage.running", vm.onServer() ? vm.runningDescription() : i18n.t("storage.thisPc")));
        running.setId("storage-running");
        running.setGraphic(new FontIcon(Feather.DATABASE));
        Label next = new Label();
        next.setId("storage-next");
        next.getStyleClass().add(Styles.TEXT_MUTED);
        subscriptions.add(vm.nextProperty().subscribe(a -> next.setText(i18n.t("storage.next",
                a instanceof StoreAddress.Server s ? s.text() : i18n.t("storage.thisPc")))));

        ToggleGroup kind = new ToggleGroup();
        RadioButton embedded = new RadioButton(i18n.t("storage.kind.embedded"));
        embedded.setId("storage-embedded");
        embedded.setToggleGroup(kind);
        RadioButton server = new RadioButton(i18n.t("storage.kind.server"));
        server.setId("storage-server");
        server.setToggleGroup(kind);
        subscriptions.add(vm.serverProperty().subscribe(on -> (on ? server : embedded).setSelected(true)));
        kind.selectedToggleProperty().addListener((o, a, b) -> vm.serverProperty().set(b == server));

        TextField host = field("storage-host", vm.hostProperty());
        TextField port = field("storage-port", vm.portProperty());
        port.setPrefColumnCount(6);
        port.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        host.setPrefColumnCount(18);
        TextField database = field("storage-database", vm.databaseProperty());
        TextField user = field("storage-user", vm.userProperty());
        PasswordField password = new PasswordField();
        password.setId("storage-password");
        password.textProperty().bindBidirectional(vm.passwordProperty());
        Label passwordNote = wrapped("");
        passwordNote.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        Runnable note = () -> passwordNote.setText(vm.passwordKept() ? i18n.t("storage.password.kept", vm.passwordFile())
                : i18n.t("storage.password.where", vm.passwordFile()));
        for (var p : List.of(vm.hostProperty(), vm.portProperty(), vm.databaseProperty(), vm.userProperty())) {
            subscriptions.add(p.subscribe(v -> note.run()));
        }
        subscriptions.add(vm.busyProperty().subscribe(v -> note.run()));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, new Label(i18n.t("storage.host")), host, new Label(i18n.t("storage.port")), port);
        form.addRow(1, new Label(i18n.t("storage.database")), database);
        form.addRow(2, new Label(i18n.t("storage.user")), user);
        form.addRow(3, new Label(i18n.t("storage.password")), password);
        form.add(passwordNote, 1, 4, 3, 1);
        form.setPadding(new Insets(0, 0, 0, 26));
        form.disableProperty().bind(vm.serverProperty().not().or(vm.busyProperty()));

        Button test = new Button(i18n.t("storage.test"), new FontIcon(Feather.ACTIVITY));
        test.setId("storage-test");
        test.disableProperty().bind(vm.serverProperty().not().or(vm.busyProperty()));
        test.setOnAction(e -> vm.test());
        Button choose = new Button(i18n.t("storage.choose"), new FontIcon(Feather.CHECK));
        choose.setId("storage-choose");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> vm.choose());
        Button move = new Button(i18n.t("storage.move"), new FontIcon(Feather.UPLOAD_CLOUD));
        move.setId("storage-move");
        move.disableProperty().bind(vm.serverProperty().not().or(vm.busyProperty()));
        move.setVisible(!vm.onServer());
        move.setManaged(!vm.onServer());
        move.setOnAction(e -> vm.move());
        HBox buttons = new HBox(10, test, choose, move);
        buttons.setAlignment(Pos.CENTER_LEFT);

        ProgressBar bar = new ProgressBar();
        bar.setId("storage-progress");
        bar.setPrefWidth(320);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(i18n.t("storage.cancel"), new FontIcon(Feather.X));
        cancel.setId("storage-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox progress = new HBox(10, bar, cancel);
        progress.setAlignment(Pos.CENTER_LEFT);
        progress.visibleProperty().bind(vm.movingProperty());
        progress.managedProperty().bind(progress.visibleProperty());

        Label banner = Banner.of("storage-banner", vm.messageProperty(), vm.messageIsErrorProperty(),
                (Message m) -> i18n.t(m));

        TableView<StoreMover.TableCount> counts = new TableView<>(vm.counts());
        counts.setId("storage-counts");
        counts.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        counts.setPrefHeight(220);
        TableColumn<StoreMover.TableCount, String> table = new TableColumn<>(i18n.t("storage.count.table"));
        table.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().table()));
        TableColumn<StoreMover.TableCount, String> here = new TableColumn<>(i18n.t("storage.count.here"));
        here.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.format(i18n.getLanguage().locale(), "%,d", c.getValue().source())));
        TableColumn<StoreMover.TableCount, String> there = new TableColumn<>(i18n.t("storage.count.server"));
        there.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(String.format(i18n.getLanguage().locale(), "%,d", c.getValue().target())));
        counts.getColumns().setAll(List.of(table, here, there));
        counts.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(vm.counts()));
        counts.managedProperty().bind(counts.visibleProperty());

        Label backup = wrapped(i18n.t("storage.backup"));
        backup.setId("storage-backup");
        backup.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        VBox box = new VBox(12, intro, running, next, embedded, server, form, buttons, progress, banner, counts, backup);
        box.setPadding(new Insets(16));
        box.setMaxWidth(820);
        root.setContent(box);
        root.setFitToWidth(true);
        root.setId("storage-page");
    }

    private static TextField field(String id, javafx.beans.property.StringProperty property) {
        TextField f = new TextField();
        f.setId(id);
        f.textProperty().bindBidirectional(property);
        return f;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }
}
