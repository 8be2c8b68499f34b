package com.setia.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Subscription;

import com.setia.customer.PhoneNumbers;
import com.setia.i18n.I18n;
import com.setia.transfer.PreviewRow;
import com.setia.ui.Banner;
import com.setia.ui.FilePicker;
import com.setia.ui.Theme;

/** The import wizard's window: one page per step of {@link ImportWizardViewModel}. Thin; subscriptions end on close. */
public final class ImportWizardView {
    private final ImportWizardViewModel vm;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private final Runnable onClosed;
    private final FilePicker picker;

    public ImportWizardView(ImportWizardViewModel vm, I18n i18n, Runnable onClosed) {
        this(vm, i18n, FilePicker.SYSTEM, onClosed);
    }

    /** {@code picker}: asks for the file to import (the system's chooser in the app). */
    public ImportWizardView(ImportWizardViewModel vm, I18n i18n, FilePicker picker, Runnable onClosed) {
        this.vm = vm;
        this.i18n = i18n;
        this.picker = picker;
        this.onClosed = onClosed;
    }

    public void show(Window owner) {
        root.setId("import-wizard");
        root.setPadding(new Insets(16));
        Label title = new Label(i18n.t("exchange.wizard.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        Label banner = Banner.create("import-banner");
        subscriptions.add(vm.messageProperty().subscribe(m -> Banner.show(banner, m == null ? null : i18n.t(m),
                vm.messageIsError() ? Banner.Tone.ERROR : Banner.Tone.SUCCESS)));
        VBox top = new VBox(8, title, banner);
        top.setPadding(new Insets(0, 0, 10, 0));
        root.setTop(top);
        subscriptions.add(vm.stepProperty().subscribe(this::page));
        subscriptions.add(vm.previewProperty().subscribe(p -> {
            if (vm.stepProperty().get() == ImportWizardViewModel.Step.MAP
                    || vm.stepProperty().get() == ImportWizardViewModel.Step.PREVIEW) page(vm.stepProperty().get());
        }));
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(i18n.t("exchange.wizard.title"));
        // as large as fits: 900x620, less on a small screen (960x600), never past its edges
        var desk = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(Theme.scene(root, Math.min(900, desk.getWidth() - 40), Math.min(620, desk.getHeight() - 60)));
        stage.setOnHidden(e -> {
            subscriptions.forEach(Subscription::unsubscribe);
            onClosed.run();
        });
        stage.show();
    }

    private void page(ImportWizardViewModel.Step step) {
        switch (step) {
            case CHOOSE -> root.setCenter(choosePage());
            case MAP -> root.setCenter(mapPage());
            case PREVIEW -> root.setCenter(previewPage());
            case IMPORTING -> root.setCenter(importingPage());
            case DONE -> root.setCenter(donePage());
        }
    }

    private Node buttons(Node... nodes) {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8);
        bar.getChildren().add(spacer);
        bar.getChildren().addAll(nodes);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(12, 0, 0, 0));
        return bar;
    }

    private Button close() {
        Button close = new Button(i18n.t("exchange.close"));
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        return close;
    }

    private Node choosePage() {
        Label what = new Label(i18n.t("exchange.wizard.choose.text"));
        what.setWrapText(true);
        Button choose = new Button(i18n.t("exchange.wizard.choose"), new FontIcon("fth-file-plus"));
        choose.setId("import-choose-file");
        choose.getStyleClass().add(Styles.ACCENT);
        choose.disableProperty().bind(vm.busyProperty());
        choose.setOnAction(e -> picker.open(stage, i18n.t("exchange.wizard.choose"), List.of(
                new FileChooser.ExtensionFilter(i18n.t("exchange.wizard.filter"), "*.vcf", "*.csv", "*.VCF", "*.CSV"),
                new FileChooser.ExtensionFilter(i18n.t("exchange.wizard.filter.all"), "*.*"))).ifPresent(vm::open));
        VBox box = new VBox(14, what, choose);
        BorderPane page = new BorderPane(box);
        page.setBottom(buttons(close()));
        return page;
    }

    private Node mapPage() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        List<String> headers = vm.headers();
        String none = i18n.t("exchange.wizard.notImported");
        int row = 0;
        for (ContactField field : ContactField.values()) {
            ComboBox<String> box = new ComboBox<>();
            box.setId("map-" + field.name());
            box.getItems().add(none);
            box.getItems().addAll(headers);
            int col = vm.mappingProperty().get().column(field).orElse(-1);
            box.getSelectionModel().select(col + 1);
            box.valueProperty().addListener((o, a, b) -> vm.map(field, box.getSelectionModel().getSelectedIndex() - 1));
            grid.addRow(row++, new Label(i18n.t(field.labelKey())), box);
        }
        Label hint = new Label(i18n.t("exchange.wizard.map.text"));
        hint.setWrapText(true);
        VBox box = new VBox(12, hint, grid);
        Button back = new Button(i18n.t("exchange.wizard.back"));
        back.setOnAction(e -> vm.back());
        Button next = new Button(i18n.t("exchange.wizard.next"));
        next.setId("import-next");
        next.setDefaultButton(true);
        next.setOnAction(e -> vm.toPreview());
        BorderPane page = new BorderPane(new ScrollPane(box));
        page.setBottom(buttons(back, close(), next));
        return page;
    }

    private String state(PreviewRow<Contact> r) {
        if (!r.problems().isEmpty()) {
            return r.problems().stream().map(i18n::t).collect(Collectors.joining("; "));
        }
        return r.value().matchesExisting() ? i18n.t("exchange.row.completes", r.value().existingName())
                : i18n.t("exchange.row.new");
    }

    private Node previewPage() {
        int[] c = vm.counts();
        Label summary = new Label(i18n.t("exchange.wizard.summary", c[0], c[1], c[2]));
        summary.setId("import-summary");
        summary.setWrapText(true);
        CheckBox merge = new CheckBox(i18n.t("exchange.wizard.merge"));
        merge.setId("import-merge");
        merge.selectedProperty().bindBidirectional(vm.mergeProperty());
        TableView<PreviewRow<Contact>> table = new TableView<>(vm.rows());
        table.setId("import-preview");
        table.setFixedCellSize(-1); // rows as tall as their wrapped problem text (the theme fixes the row height)
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(col(i18n.t("exchange.report.row"), r -> Long.toString(r.line()), 60));
        table.getColumns().add(col(i18n.t("exchange.field.NAME"), r -> r.value() == null ? "" : nz(r.value().draft().name()), 180));
        table.getColumns().add(col(i18n.t("exchange.field.PHONE"), r -> r.value() == null ? ""
                : nz(r.value().phoneKey() != null ? PhoneNumbers.display(r.value().phoneKey()) : r.value().draft().phone()), 130));
        table.getColumns().add(col(i18n.t("exchange.field.EMAIL"), r -> r.value() == null ? "" : nz(r.value().draft().email()), 170));
        TableColumn<PreviewRow<Contact>, String> state = col(i18n.t("exchange.wizard.col.state"), this::state, 300);
        state.setCellFactory(tc -> new javafx.scene.control.TableCell<>() {
            // the problem is read in full, wrapped over as many lines as it needs, not cut off with "..."
            // a Text wraps at a set width and is as tall as its lines, so the row grows to show them all
            private final javafx.scene.text.Text text = new javafx.scene.text.Text();

            {
                text.wrappingWidthProperty().bind(tc.widthProperty().subtract(16));
                text.getStyleClass().add("text");
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                text.setText(empty ? null : item);
                setGraphic(empty || item == null ? null : text);
                PreviewRow<Contact> r = empty || getTableRow() == null ? null : getTableRow().getItem();
                text.setStyle(r != null && !r.ok() ? "-fx-fill: -color-danger-fg;" : "-fx-fill: -color-fg-default;");
            }
        });
        table.getColumns().add(state);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(10, summary, merge, table);
        Button back = new Button(i18n.t("exchange.wizard.back"));
        back.setOnAction(e -> vm.back());
        Button go = new Button(i18n.t("exchange.wizard.import", c[0] + (vm.mergeProperty().get() ? c[1] : 0)),
                new FontIcon("fth-download"));
        go.setId("import-go");
        go.getStyleClass().add(Styles.ACCENT);
        go.setDefaultButton(true);
        go.setDisable(c[0] + c[1] == 0);
        go.setOnAction(e -> vm.importNow());
        BorderPane page = new BorderPane(box);
        page.setBottom(buttons(back, close(), go));
        return page;
    }

    private Node importingPage() {
        ProgressBar bar = new ProgressBar();
        bar.setId("import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button(i18n.t("common.cancel"));
        cancel.setId("import-cancel");
        cancel.setOnAction(e -> vm.cancel());
        VBox box = new VBox(12, new Label(i18n.t("exchange.wizard.importing")), bar);
        BorderPane page = new BorderPane(box);
        page.setBottom(buttons(cancel));
        return page;
    }

    private Node donePage() {
        VBox box = new VBox(12);
        ImportReport r = vm.reportProperty().get();
        if (r != null && r.leftOutReport() != null) {
            Label where = new Label(i18n.t("exchange.wizard.reportSaved", r.leftOutReport().toString()));
            where.setWrapText(true);
            box.getChildren().add(where);
        }
        Button undo = new Button(i18n.t("exchange.wizard.undo"), new FontIcon("fth-corner-up-left"));
        undo.setId("import-undo");
        undo.disableProperty().bind(vm.reportProperty().isNull().or(vm.busyProperty()));
        undo.setOnAction(e -> vm.undo());
        box.getChildren().add(undo);
        BorderPane page = new BorderPane(box);
        Button done = close();
        done.setDefaultButton(true);
        page.setBottom(buttons(done));
        return page;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static TableColumn<PreviewRow<Contact>, String> col(String title,
            java.util.function.Function<PreviewRow<Contact>, String> text, double width) {
        TableColumn<PreviewRow<Contact>, String> c = new TableColumn<>(title);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(text.apply(f.getValue())));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
