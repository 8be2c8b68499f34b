package com.setia.letter;

import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import com.setia.customer.Customer;
import com.setia.i18n.I18n;

/** The customer's letters: newest first, with New apology letter, Open, Print again and Save PDF. */
final class LettersPanelView {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final LettersPanelViewModel vm;
    private final LetterComposer composer;
    private final Customer customer;
    private final I18n i18n;
    private final Clock clock;
    private final VBox root = new VBox(10);
    private final TableView<StoredLetter> table = new TableView<>();

    LettersPanelView(LettersPanelViewModel vm, LetterComposer composer, Customer customer, I18n i18n, Clock clock) {
        this.vm = vm;
        this.composer = composer;
        this.customer = customer;
        this.i18n = i18n;
        this.clock = clock;
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        Button create = new Button(i18n.t("letter.new"), new FontIcon(Feather.EDIT_3));
        create.setId("letters-new");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(e -> {
            vm.clearMessage();
            composer.open(window(), LetterFacts.forCustomer(customer, LocalDate.now(clock)), l -> vm.refresh());
        });
        Button open = new Button(i18n.t("letter.open"), new FontIcon(Feather.FILE_TEXT));
        open.setId("letters-open");
        open.setOnAction(e -> openSelected());
        Button print = new Button(i18n.t("letter.printAgain"), new FontIcon(Feather.PRINTER));
        print.setId("letters-print");
        print.setOnAction(e -> printSelected());
        Button pdf = new Button(i18n.t("letter.savePdfAgain"), new FontIcon(Feather.DOWNLOAD));
        pdf.setId("letters-pdf");
        pdf.setOnAction(e -> pdfSelected());
        for (Button b : new Button[] {open, print, pdf}) {
            b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty()));
        }
        HBox bar = new HBox(8, create, open, print, pdf);
        bar.setAlignment(Pos.CENTER_LEFT);

        table.setId("letters-table");
        table.setItems(vm.items());
        table.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label(i18n.t("letter.list.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        empty.setPadding(new Insets(20));
        table.setPlaceholder(empty);

        TableColumn<StoredLetter, String> date = column("letter.col.date", l -> DATE.format(l.letterDate()));
        date.setPrefWidth(95);
        date.setMaxWidth(120);
        TableColumn<StoredLetter, String> subject = column("letter.col.subject", StoredLetter::subject);
        subject.setPrefWidth(260);
        TableColumn<StoredLetter, String> language = column("letter.col.language", l -> l.language().nativeName());
        language.setPrefWidth(130);
        language.setMaxWidth(160);
        TableColumn<StoredLetter, String> printed = column("letter.col.printed",
                l -> l.printedAt() == null ? i18n.t("letter.no") : DATE.format(l.printedAt().atZone(zone())));
        printed.setPrefWidth(95);
        printed.setMaxWidth(120);
        TableColumn<StoredLetter, String> saved = column("letter.col.pdf",
                l -> l.pdfPath() == null ? i18n.t("letter.no") : new File(l.pdfPath()).getName());
        table.getColumns().setAll(java.util.List.of(date, subject, language, printed, saved));
        table.setRowFactory(tv -> {
            TableRow<StoredLetter> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) openSelected();
            });
            return row;
        });
        VBox.setVgrow(table, Priority.ALWAYS);

        Label banner = LetterViews.banner(vm.messageProperty(), i18n);
        banner.setId("letters-banner");
        root.getChildren().setAll(bar, banner, table);
        root.setPadding(new Insets(12));
        root.setId("letters-panel");
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private void openSelected() {
        StoredLetter l = table.getSelectionModel().getSelectedItem();
        if (l == null) return;
        vm.clearMessage();
        composer.openStored(window(), l, LetterFacts.forCustomer(customer, l.letterDate()), x -> vm.refresh());
    }

    private void printSelected() {
        StoredLetter l = table.getSelectionModel().getSelectedItem();
        if (l == null) return;
        SystemPrintDialog.Choice choice = SystemPrintDialog.ask(window());
        switch (choice.outcome()) {
            case NO_PRINTER -> vm.noPrinter();
            case CANCELLED -> { }
            case CHOSEN -> vm.printAgain(l, choice.printerName(), choice.copies());
        }
    }

    private void pdfSelected() {
        StoredLetter l = table.getSelectionModel().getSelectedItem();
        if (l == null) return;
        File file = LetterComposeView.choosePdf(window(), i18n, LetterOutput.fileName(customer.name(), l.letterDate()), l);
        if (file != null) {
            vm.savePdf(l, file.toPath());
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    private static <T> TableColumn<StoredLetter, T> column(String key, java.util.function.Function<StoredLetter, T> value,
            I18n i18n) {
        TableColumn<StoredLetter, T> c = new TableColumn<>(i18n.t(key));
        c.setCellValueFactory(cd -> new ReadOnlyObjectWrapper<>(value.apply(cd.getValue())));
        return c;
    }

    private <T> TableColumn<StoredLetter, T> column(String key, java.util.function.Function<StoredLetter, T> value) {
        return column(key, value, i18n);
    }
}
