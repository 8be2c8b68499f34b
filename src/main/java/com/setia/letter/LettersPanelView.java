package com.setia.letter;

import java.io.File;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
    private final ListView<StoredLetter> list = new ListView<>();

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
            vm.withCurrentCustomer(customer, c -> composer.open(window(), LetterFacts.forCustomer(c, LocalDate.now(clock)),
                    l -> vm.refresh()));
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
        Button viewPdf = new Button(i18n.t("letter.openPdf"), new FontIcon(Feather.EYE));
        viewPdf.setId("letters-view-pdf");
        viewPdf.setOnAction(e -> {
            StoredLetter l = list.getSelectionModel().getSelectedItem();
            if (l != null) vm.openPdf(l);
        });
        Button folder = new Button(i18n.t("letter.openFolder"), new FontIcon(Feather.FOLDER));
        folder.setId("letters-folder");
        folder.setOnAction(e -> {
            StoredLetter l = list.getSelectionModel().getSelectedItem();
            if (l != null) vm.openFolder(l);
        });
        for (Button b : new Button[] {open, print, pdf, viewPdf}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull().or(vm.busyProperty()));
        }
        folder.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            StoredLetter l = list.getSelectionModel().getSelectedItem();
            return l == null || l.pdfPath() == null;
        }, list.getSelectionModel().selectedItemProperty()).or(vm.busyProperty()));
        for (Button b : new Button[] {create, open, print, pdf, viewPdf, folder}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        javafx.scene.layout.FlowPane bar = new javafx.scene.layout.FlowPane(8, 8, create, open, print, pdf, viewPdf, folder);
        bar.setAlignment(Pos.CENTER_LEFT);

        list.setId("letters-list");
        list.setItems(vm.items());
        Label empty = new Label(i18n.t("letter.list.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        empty.setPadding(new Insets(20));
        list.setPlaceholder(empty);
        list.setCellFactory(lv -> new LetterCell());
        VBox.setVgrow(list, Priority.ALWAYS);

        Label banner = LetterViews.banner(vm.messageProperty(), i18n);
        banner.setId("letters-banner");
        root.getChildren().setAll(bar, banner, list);
        root.setPadding(new Insets(12));
        root.setId("letters-panel");
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private void openSelected() {
        StoredLetter l = list.getSelectionModel().getSelectedItem();
        if (l == null) return;
        vm.clearMessage();
        vm.withCurrentCustomer(customer, c -> composer.openStored(window(), l, LetterFacts.forCustomer(c, l.letterDate()),
                x -> vm.refresh()));
    }

    private void printSelected() {
        StoredLetter l = list.getSelectionModel().getSelectedItem();
        if (l == null) return;
        SystemPrintDialog.Choice choice = SystemPrintDialog.ask(window(), i18n, vm.printerNames(), l.paperSize());
        switch (choice.outcome()) {
            case NO_PRINTER -> vm.noPrinter();
            case CANCELLED -> { }
            case CHOSEN -> vm.printAgain(l, choice.printerName(), choice.copies());
        }
    }

    private void pdfSelected() {
        StoredLetter l = list.getSelectionModel().getSelectedItem();
        if (l == null) return;
        File file = LetterComposeView.choosePdf(window(), i18n, LetterOutput.fileName(customer.name(), l.letterDate()), l);
        if (file != null) {
            try {
                vm.savePdf(l, file.toPath());
            } catch (java.nio.file.InvalidPathException e) {
                vm.refusePath(file.getName());
            }
        }
    }

    private Window window() {
        return root.getScene() == null ? null : root.getScene().getWindow();
    }

    /** Two lines per letter: the subject, then date, language, printed and PDF. Double-click opens it. */
    private final class LetterCell extends ListCell<StoredLetter> {
        private final Label subject = new Label();
        private final Label details = new Label();
        private final VBox box = new VBox(2, subject, details);

        LetterCell() {
            subject.getStyleClass().add(Styles.TEXT_BOLD);
            details.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            details.setWrapText(true);
            box.setPadding(new Insets(4, 2, 4, 2));
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !isEmpty()) openSelected();
            });
        }

        @Override
        protected void updateItem(StoredLetter l, boolean empty) {
            super.updateItem(l, empty);
            if (empty || l == null) {
                setGraphic(null);
                return;
            }
            subject.setText(l.subject());
            StringBuilder d = new StringBuilder(DATE.format(l.letterDate())).append("  ·  ").append(l.language().nativeName())
                    .append("  ·  ").append(l.printedAt() == null ? i18n.t("letter.list.notPrinted")
                            : i18n.t("letter.list.printed", DATE.format(l.printedAt().atZone(zone()))));
            if (l.sent()) {
                d.append("  ·  ").append(i18n.t("letter.list.kept"));
            }
            if (l.pdfPath() != null) {
                d.append("  ·  ").append(i18n.t("letter.list.pdf", new File(l.pdfPath()).getName()));
            }
            details.setText(d.toString());
            setGraphic(box);
        }
    }
}
