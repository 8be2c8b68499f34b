package com.setia.relationship;

import java.io.File;
import java.util.stream.Collectors;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import com.setia.i18n.I18n;
import com.setia.shop.SettingsPage;
import com.setia.ui.Banner;
import com.setia.ui.DateFields;
import com.setia.ui.ViewScope;
import com.setia.visit.CheckedRow;
import com.setia.visit.VisitField;
import com.setia.visit.VisitImportViewModel;
import com.setia.visit.VisitImportViewModel.Step;

/**
 * Settings: visits from a till's or a spreadsheet's CSV. The file is read and every row checked before anything is
 * stored (the customer matched by phone, else name; the problems of each row in words); then the good rows go in
 * one transaction with a progress bar and a cancel that leaves nothing; the rows left out can be saved to fix.
 */
public final class VisitImportPage implements SettingsPage {
    private final VisitImportViewModel vm;
    private final I18n i18n;

    public VisitImportPage(VisitImportViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
    }

    @Override
    public String id() {
        return "visit-import";
    }

    @Override
    public String titleKey() {
        return "visit.importer.tab";
    }

    @Override
    public Node createView() {
        Label title = new Label(i18n.t("visit.importer.title"), new FontIcon("fth-upload"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(i18n.t("visit.importer.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setMinHeight(Region.USE_PREF_SIZE); // never cut to one line when the table takes the room

        Button choose = new Button(i18n.t("visit.importer.choose"), new FontIcon("fth-file-text"));
        choose.setId("visit-import-choose");
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(i18n.t("visit.importer.choose"));
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("CSV", "*.csv", "*.CSV", "*.txt"),
                    new FileChooser.ExtensionFilter("*", "*.*"));
            File f = chooser.showOpenDialog(choose.getScene().getWindow());
            if (f != null) vm.open(f.toPath());
        });
        Label summary = new Label();
        summary.setId("visit-import-summary");
        summary.setWrapText(true);
        ViewScope.of(summary).onChange(() -> summary.setText(vm.stepProperty().get() == Step.CHOOSE ? ""
                : i18n.t("visit.importer.summary", vm.fileName(), vm.validCountProperty().get(),
                        vm.refusedCountProperty().get())), vm.stepProperty(), vm.validCountProperty(), vm.refusedCountProperty());

        TableView<CheckedRow> table = table();
        table.visibleProperty().bind(vm.stepProperty().isNotEqualTo(Step.CHOOSE));
        table.managedProperty().bind(table.visibleProperty());

        Button importValid = new Button(i18n.t("visit.importer.import"), new FontIcon("fth-check"));
        importValid.setId("visit-import-go");
        importValid.getStyleClass().add(Styles.ACCENT);
        importValid.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.t("visit.importer.import", vm.validCountProperty().get()), vm.validCountProperty()));
        importValid.disableProperty().bind(vm.busyProperty().or(vm.stepProperty().isNotEqualTo(Step.PREVIEW))
                .or(vm.validCountProperty().isEqualTo(0)));
        importValid.setOnAction(e -> vm.importValid());
        Button leftOut = new Button(i18n.t("visit.importer.saveLeftOut"), new FontIcon("fth-download"));
        leftOut.setId("visit-import-left-out");
        leftOut.disableProperty().bind(vm.busyProperty().or(vm.refusedCountProperty().isEqualTo(0)));
        leftOut.visibleProperty().bind(vm.stepProperty().isNotEqualTo(Step.CHOOSE));
        leftOut.managedProperty().bind(leftOut.visibleProperty());
        leftOut.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(i18n.t("visit.importer.reportFile"));
            File f = chooser.showSaveDialog(leftOut.getScene().getWindow());
            if (f != null) vm.saveLeftOut(f.toPath());
        });
        ProgressBar bar = new ProgressBar();
        bar.setId("visit-import-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(220);
        Button cancel = new Button(i18n.t("common.cancel"), new FontIcon("fth-x"));
        cancel.setId("visit-import-cancel");
        cancel.setOnAction(e -> vm.cancel());
        FlowPane importing = new FlowPane(10, 6, bar, cancel);
        importing.setAlignment(Pos.CENTER_LEFT);
        importing.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.IMPORTING));
        importing.managedProperty().bind(importing.visibleProperty());
        FlowPane buttons = new FlowPane(10, 6, importValid, leftOut);
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.visibleProperty().bind(vm.stepProperty().isNotEqualTo(Step.CHOOSE));
        buttons.managedProperty().bind(buttons.visibleProperty());
        Label message = Banner.of("visit-import-message", vm.messageProperty(), vm.messageIsErrorProperty(), i18n::t);

        FlowPane fileRow = new FlowPane(10, 6, choose, summary);
        fileRow.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(12, title, intro, fileRow, message, buttons, importing, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(16));
        box.setId("visit-import");
        return box;
    }

    private TableView<CheckedRow> table() {
        TableView<CheckedRow> table = new TableView<>(vm.rows());
        table.setId("visit-import-rows");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(320);
        table.setMinHeight(160);
        table.getColumns().add(column("visit.importer.report.row", 60, r -> Integer.toString(r.row().line())));
        table.getColumns().add(column(VisitField.DATE.labelKey(), 100,
                r -> r.draft() != null ? DateFields.date(r.draft().visitedOn()) : nullToEmpty(r.row().date())));
        table.getColumns().add(column(VisitField.CUSTOMER.labelKey(), 180, r -> r.customerName() != null
                ? r.customerName() + " (" + nullToEmpty(r.row().customer()) + ")" : nullToEmpty(r.row().customer())));
        table.getColumns().add(column(VisitField.AMOUNT.labelKey(), 80, r -> nullToEmpty(r.row().amount())));
        TableColumn<CheckedRow, String> problems = column("visit.importer.report.problem", 260, r -> r.ok()
                ? i18n.t("visit.importer.ok")
                : VisitImportViewModel.problems(r).stream().map(i18n::t).collect(Collectors.joining(" ")));
        problems.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                CheckedRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : text);
                setWrapText(true); // the whole reason, on as many lines as it needs
                setStyle(row == null ? null : row.ok() ? "-fx-text-fill: -color-success-fg;" : "-fx-text-fill: -color-danger-fg;");
            }
        });
        table.getColumns().add(problems);
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setPlaceholder(new Label(""));
        return table;
    }

    private TableColumn<CheckedRow, String> column(String key, double width,
            java.util.function.Function<CheckedRow, String> text) {
        TableColumn<CheckedRow, String> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(text.apply(d.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
