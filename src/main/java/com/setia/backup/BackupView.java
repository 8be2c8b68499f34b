package com.setia.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Subscription;

import com.setia.i18n.I18n;
import com.setia.ui.Banner;

/**
 * The backups part of Settings: the last backup, the folder, "back up now", and the list of backups with what each
 * holds, to restore one. And the status bar's line saying when the last backup was taken. Thin: everything it shows
 * comes from {@link BackupViewModel}; its subscriptions end with {@link #dispose()}.
 */
public final class BackupView {
    private final BackupViewModel vm;
    private final I18n i18n;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final VBox root = new VBox(10);

    public BackupView(BackupViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    public Node root() {
        return root;
    }

    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    static String when(Instant at, I18n i18n) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(i18n.locale())
                .format(at.atZone(ZoneId.systemDefault()));
    }

    /** "Last backup: 29 Nov 2026, 17:40" (or a warning when there is none), kept up to date; for the status bar. */
    public static Label statusLabel(BackupViewModel vm, I18n i18n, List<Subscription> subscriptions) {
        Label label = new Label();
        label.setId("last-backup");
        label.getStyleClass().add(Styles.TEXT_SMALL);
        subscriptions.add(vm.lastBackupProperty().subscribe(at -> {
            label.setText(at == null ? i18n.t("backup.status.none") : i18n.t("backup.status.last", when(at, i18n)));
            label.setGraphic(new FontIcon(at == null ? "fth-alert-triangle" : "fth-shield"));
            label.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.WARNING);
            label.getStyleClass().add(at == null ? Styles.WARNING : Styles.TEXT_MUTED);
        }));
        return label;
    }

    private void build() {
        root.setPadding(new Insets(4, 0, 0, 0));
        Label title = new Label(i18n.t("backup.title"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label last = statusLabel(vm, i18n, subscriptions);

        Label folder = new Label();
        folder.setId("backup-folder");
        folder.setWrapText(true);
        subscriptions.add(vm.folderProperty().subscribe(f -> folder.setText(i18n.t("backup.folder", f == null ? "" : f.toString()))));
        Button choose = new Button(i18n.t("backup.chooseFolder"), new FontIcon("fth-folder"));
        choose.setId("backup-choose-folder");
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.t("backup.chooseFolder"));
            Path now = vm.folderProperty().get();
            if (now != null && now.toFile().isDirectory()) chooser.setInitialDirectory(now.toFile());
            var dir = chooser.showDialog(root.getScene().getWindow());
            if (dir != null) vm.chooseFolder(dir.toPath());
        });
        Button dataFolder = new Button(i18n.t("backup.useDataFolder"));
        dataFolder.setOnAction(e -> vm.chooseFolder(null));
        Button now = new Button(i18n.t("backup.now"), new FontIcon("fth-save"));
        now.setId("backup-now");
        now.getStyleClass().add(Styles.ACCENT);
        now.disableProperty().bind(vm.busyProperty());
        now.setOnAction(e -> vm.backupNow());
        // H2 tells nothing of how far a backup has got: a moving bar while one is taken (on the worker thread)
        javafx.scene.control.ProgressBar working = new javafx.scene.control.ProgressBar(
                javafx.scene.control.ProgressBar.INDETERMINATE_PROGRESS);
        working.setId("backup-working");
        working.setPrefWidth(120);
        working.visibleProperty().bind(vm.busyProperty());
        working.managedProperty().bind(working.visibleProperty());
        HBox actions = new HBox(8, now, choose, dataFolder, working);
        actions.setAlignment(Pos.CENTER_LEFT);

        Label banner = Banner.create("backup-banner");
        subscriptions.add(vm.messageProperty().subscribe(m -> Banner.show(banner, m == null ? null : i18n.t(m),
                vm.messageIsError() ? Banner.Tone.ERROR : Banner.Tone.SUCCESS)));

        TableView<BackupFile> table = new TableView<>(vm.backups());
        table.setId("backup-list");
        table.setPlaceholder(new Label(i18n.t("backup.list.empty")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(i18n.t("backup.col.when"), b -> when(b.createdAt(), i18n)));
        table.getColumns().add(column(i18n.t("backup.col.kind"), b -> i18n.t("backup.kind." + b.kind())));
        table.getColumns().add(column(i18n.t("backup.col.customers"), b -> count(b.customers())));
        table.getColumns().add(column(i18n.t("backup.col.cases"), b -> count(b.cases())));
        table.getColumns().add(column(i18n.t("backup.col.letters"), b -> count(b.letters())));
        table.getColumns().add(column(i18n.t("backup.col.state"), b -> b.usable() ? i18n.t("backup.state.ok") : i18n.t(b.problem())));
        VBox.setVgrow(table, Priority.ALWAYS);

        Button restore = new Button(i18n.t("backup.restore"), new FontIcon("fth-rotate-ccw"));
        restore.setId("backup-restore");
        restore.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty()));
        restore.setOnAction(e -> {
            BackupFile b = table.getSelectionModel().getSelectedItem();
            if (b == null) return;
            if (!b.usable()) {
                Banner.show(banner, i18n.t(b.problem()), Banner.Tone.ERROR);
                return;
            }
            // the buttons in the owner's language (JavaFX's own OK / Cancel are English)
            if (com.setia.ui.Dialogs.confirm(restore, i18n.t("app.title"), i18n.t("backup.restore"),
                    i18n.t("backup.restore.confirm", when(b.createdAt(), i18n), count(b.customers()), count(b.cases()),
                            count(b.letters())), i18n.t("store.offer.restore"), i18n.t("common.cancel"))) {
                vm.restore(b);
            }
        });
        Label hint = new Label(i18n.t("backup.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        // the restore button above the list, beside its hint: on a small screen (960x600) it is in sight with the
        // first rows, not below the fold
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        restore.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox restoreRow = new HBox(12, restore, hint);
        restoreRow.setAlignment(Pos.CENTER_LEFT);
        table.setPrefHeight(220);
        root.getChildren().addAll(title, last, folder, actions, banner, restoreRow, table);
        vm.refresh();
    }

    private static String count(long n) {
        return n < 0 ? "\u2013" : Long.toString(n);
    }

    private static TableColumn<BackupFile, String> column(String title, java.util.function.Function<BackupFile, String> text) {
        TableColumn<BackupFile, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setSortable(false);
        return c;
    }
}
