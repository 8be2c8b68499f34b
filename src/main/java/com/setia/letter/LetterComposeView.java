package com.setia.letter;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import com.setia.ui.Theme;
import com.setia.ui.Banner;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;

/**
 * The compose window: the editable letter on the left, the pages as they will print on the right, language and
 * paper on top, Save / Save PDF / Print at the bottom. A thin view over {@link LetterComposeViewModel}.
 */
final class LetterComposeView {
    private final LetterComposeViewModel vm;
    private final I18n i18n;
    private final String customerName;
    private final BorderPane root = new BorderPane();
    private final VBox pagesBox = new VBox(16);
    private final ScrollPane pagesScroll = new ScrollPane(pagesBox);
    private final PauseTransition previewDelay = new PauseTransition(Duration.millis(450));
    private Stage stage;
    private boolean settingLanguage;

    LetterComposeView(LetterComposeViewModel vm, I18n i18n, String customerName) {
        this.vm = vm;
        this.i18n = i18n;
        this.customerName = customerName;
        build();
    }

    Stage show(Window owner) {
        stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(i18n.t("letter.window.title", customerName));
        stage.setScene(Theme.scene(root, 1240, 820));
        Theme.minSize(stage, 900, 600);
        Theme.icons(stage);
        stage.setOnCloseRequest(e -> {
            if (!mayClose()) e.consume();
        });
        stage.show();
        return stage;
    }

    private void build() {
        root.setId("letter-compose");
        root.setTop(toolbar());

        SplitPane split = new SplitPane(editor(), preview());
        split.setDividerPositions(0.46);
        root.setCenter(split);
        root.setBottom(bottom());

        previewDelay.setOnFinished(e -> vm.refreshPreview());
        vm.recipientProperty().addListener((o, a, b) -> previewDelay.playFromStart());
        vm.subjectProperty().addListener((o, a, b) -> previewDelay.playFromStart());
        vm.bodyProperty().addListener((o, a, b) -> previewDelay.playFromStart());
        vm.paperProperty().addListener((o, a, b) -> vm.refreshPreview());
        vm.pages().addListener((ListChangeListener<BufferedImage>) c -> showPages());
    }

    private HBox toolbar() {
        ComboBox<Language> language = new ComboBox<>();
        language.setId("letter-language");
        language.getItems().setAll(Language.values());
        language.setCellFactory(l -> cell(Language::nativeName));
        language.setButtonCell(cell(Language::nativeName));
        language.setValue(vm.languageProperty().get());
        vm.languageProperty().addListener((o, a, now) -> {
            settingLanguage = true;
            language.setValue(now);
            settingLanguage = false;
        });
        language.valueProperty().addListener((o, old, now) -> {
            if (settingLanguage || now == null || now == vm.languageProperty().get()) return;
            if (vm.dirtyProperty().get() && !LetterViews.confirm(stage, i18n, i18n.t("letter.language.confirm.title"),
                    i18n.t("letter.language.confirm.message"), i18n.t("letter.language.confirm.ok"))) {
                settingLanguage = true;
                language.setValue(old);
                settingLanguage = false;
                return;
            }
            vm.changeLanguage(now);
        });
        language.disableProperty().bind(vm.factsProperty().isNull().or(vm.sentProperty()));

        ComboBox<LetterKind> kind = new ComboBox<>();
        kind.setId("letter-kind");
        kind.getItems().setAll(LetterKind.values());
        kind.setCellFactory(l -> cell(k -> i18n.t(k.messageKey())));
        kind.setButtonCell(cell(k -> i18n.t(k.messageKey())));
        kind.setValue(vm.kindProperty().get());
        vm.kindProperty().addListener((o, a, now) -> {
            settingLanguage = true;
            kind.setValue(now);
            settingLanguage = false;
        });
        kind.valueProperty().addListener((o, old, now) -> {
            if (settingLanguage || now == null || now == vm.kindProperty().get()) return;
            if (vm.dirtyProperty().get() && !LetterViews.confirm(stage, i18n, i18n.t("letter.language.confirm.title"),
                    i18n.t("letter.language.confirm.message"), i18n.t("letter.language.confirm.ok"))) {
                settingLanguage = true;
                kind.setValue(old);
                settingLanguage = false;
                return;
            }
            vm.changeKind(now);
        });
        kind.disableProperty().bind(vm.factsProperty().isNull().or(vm.sentProperty()));

        ComboBox<PaperSize> paper = new ComboBox<>();
        paper.setId("letter-paper");
        paper.getItems().setAll(PaperSize.LETTER_SIZES);
        paper.setCellFactory(l -> cell(p -> i18n.t(p.messageKey())));
        paper.setButtonCell(cell(p -> i18n.t(p.messageKey())));
        paper.valueProperty().bindBidirectional(vm.paperProperty());
        paper.disableProperty().bind(vm.sentProperty());

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(22, 22);
        busy.visibleProperty().bind(vm.busyProperty().or(vm.previewBusyProperty()));

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, new Label(i18n.t("letter.kind")), kind, new Separator(Orientation.VERTICAL),
                new Label(i18n.t("letter.language")), language, new Separator(Orientation.VERTICAL),
                new Label(i18n.t("letter.paper")), paper, spacer, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(10, 16, 10, 16));
        bar.getStyleClass().add("form-buttons");
        return bar;
    }

    private VBox editor() {
        TextArea recipient = new TextArea();
        recipient.setId("letter-recipient");
        recipient.setPrefRowCount(3);
        recipient.setWrapText(true);
        recipient.textProperty().bindBidirectional(vm.recipientProperty());

        TextField subject = new TextField();
        subject.setId("letter-subject");
        subject.textProperty().bindBidirectional(vm.subjectProperty());

        TextArea body = new TextArea();
        body.setId("letter-body");
        body.setWrapText(true);
        body.setStyle("-fx-font-family: 'DejaVu Serif', serif; -fx-font-size: 14px;");
        body.textProperty().bindBidirectional(vm.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);

        Label note = new Label(i18n.t("letter.signatureNote"));
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);

        for (javafx.scene.control.TextInputControl field : new javafx.scene.control.TextInputControl[] {recipient, subject, body}) {
            field.editableProperty().bind(vm.sentProperty().not());
        }
        // A letter that went out keeps its words: say so, and offer a new letter made from it.
        Label sentNote = new Label(i18n.t("letter.sent.note"));
        sentNote.setWrapText(true);
        sentNote.setId("letter-sent-note");
        Button copy = new Button(i18n.t("letter.copyAsNew"), new FontIcon(Feather.COPY));
        copy.setId("letter-copy");
        copy.setOnAction(e -> vm.copyAsNew());
        copy.disableProperty().bind(vm.factsProperty().isNull());
        VBox sentBox = new VBox(6, sentNote, copy);
        sentBox.getStyleClass().add("banner-info");
        sentBox.setPadding(new Insets(8));
        sentBox.visibleProperty().bind(vm.sentProperty());
        sentBox.managedProperty().bind(vm.sentProperty());

        // The case facts the letter takes, asked for here; the draft follows what is typed.
        TextField wrong = new TextField();
        wrong.setId("letter-what-went-wrong");
        wrong.setPromptText(i18n.t("letter.facts.wrong.prompt"));
        wrong.textProperty().bindBidirectional(vm.whatWentWrongProperty());
        TextField offer = new TextField();
        offer.setId("letter-offer");
        offer.setPromptText(i18n.t("letter.facts.offer.prompt"));
        offer.textProperty().bindBidirectional(vm.offerProperty());
        javafx.scene.layout.GridPane factsGrid = new javafx.scene.layout.GridPane();
        factsGrid.setHgap(8);
        factsGrid.setVgap(6);
        factsGrid.addRow(0, new Label(i18n.t("letter.facts.wrong")), wrong);
        factsGrid.addRow(1, new Label(i18n.t("letter.facts.offer")), offer);
        javafx.scene.layout.GridPane.setHgrow(wrong, Priority.ALWAYS);
        javafx.scene.layout.GridPane.setHgrow(offer, Priority.ALWAYS);
        javafx.scene.control.TitledPane facts = new javafx.scene.control.TitledPane(i18n.t("letter.facts.title"), factsGrid);
        facts.setId("letter-facts");
        facts.setExpanded(false);
        Runnable showFacts = () -> {
            boolean apology = vm.kindProperty().get() == LetterKind.APOLOGY || vm.kindProperty().get() == LetterKind.VOUCHER;
            boolean show = apology && !vm.sentProperty().get() && vm.factsProperty().get() != null;
            facts.setVisible(show);
            facts.setManaged(show);
            if (show && (vm.whatWentWrongProperty().get().isBlank() || vm.offerProperty().get().isBlank())) {
                facts.setExpanded(true);
            }
        };
        vm.kindProperty().addListener((o, a, b) -> showFacts.run());
        vm.sentProperty().addListener((o, a, b) -> showFacts.run());
        vm.factsProperty().addListener((o, a, b) -> showFacts.run());
        showFacts.run();

        VBox box = new VBox(6, sentBox, facts, label("letter.recipient"), recipient, label("letter.subject"), subject,
                label("letter.body"), body, note);
        box.setPadding(new Insets(12, 12, 12, 16));
        box.setMinWidth(360);
        return box;
    }

    private VBox preview() {
        Label title = label("letter.preview");
        VBox warnings = new VBox(6);
        warnings.setId("letter-warnings");
        Runnable updateWarnings = () -> {
            warnings.getChildren().clear();
            for (LetterMessage m : vm.warnings()) {
                Label l = Banner.create(null);
                LetterViews.show(l, m, i18n);
                warnings.getChildren().add(l);
            }
        };
        vm.warnings().addListener((ListChangeListener<LetterMessage>) c -> updateWarnings.run());

        pagesBox.setId("letter-pages");
        pagesBox.setAlignment(Pos.TOP_CENTER);
        pagesBox.setPadding(new Insets(16));
        pagesScroll.setFitToWidth(true);
        pagesScroll.setStyle("-fx-background: -color-bg-subtle; -fx-background-color: -color-bg-subtle;");
        VBox.setVgrow(pagesScroll, Priority.ALWAYS);
        pagesScroll.viewportBoundsProperty().addListener((o, a, b) -> fitPages());

        VBox box = new VBox(8, title, warnings, pagesScroll);
        box.setPadding(new Insets(12, 16, 12, 12));
        return box;
    }

    private VBox bottom() {
        Label banner = LetterViews.banner(vm.messageProperty(), i18n);
        banner.setId("letter-banner");

        Button save = new Button(i18n.t("letter.save"), new FontIcon(Feather.SAVE));
        save.setId("letter-save");
        save.setOnAction(e -> vm.save());
        Button pdf = new Button(i18n.t("letter.savePdf"), new FontIcon(Feather.DOWNLOAD));
        pdf.setId("letter-save-pdf");
        pdf.setOnAction(e -> savePdf());
        Button envelope = new Button(i18n.t("letter.envelope"), new FontIcon(Feather.MAIL));
        envelope.setId("letter-envelope");
        envelope.setOnAction(e -> {
            File file = choosePdf(stage, i18n, vm.suggestedEnvelopeName(), null);
            if (file != null) {
                try {
                    vm.saveEnvelope(file.toPath());
                } catch (java.nio.file.InvalidPathException ex) {
                    vm.refusePath(file.getName());
                }
            }
        });
        Button print = new Button(i18n.t("letter.print"), new FontIcon(Feather.PRINTER));
        print.setId("letter-print");
        print.getStyleClass().add(Styles.ACCENT);
        print.setDefaultButton(false);
        print.setOnAction(e -> print());
        Button close = new Button(i18n.t("letter.close"));
        close.setId("letter-close");
        close.setOnAction(e -> {
            if (mayClose()) stage.close();
        });
        for (Button b : new Button[] {save, pdf, envelope, print}) {
            b.disableProperty().bind(vm.busyProperty().or(vm.factsProperty().isNull().and(vm.storedProperty().isNull())));
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, spacer, envelope, pdf, print, close);
        buttons.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, banner, buttons);
        box.setPadding(new Insets(10, 16, 12, 16));
        box.getStyleClass().add("form-buttons");
        return box;
    }

    private void print() {
        if (!okToOutput()) return;
        SystemPrintDialog.Choice choice = SystemPrintDialog.ask(stage, i18n, vm.printerNames(), vm.paperProperty().get());
        switch (choice.outcome()) {
            case NO_PRINTER -> vm.noPrinter();
            case CANCELLED -> { }
            case CHOSEN -> vm.print(choice.printerName(), choice.copies());
        }
    }

    private void savePdf() {
        if (!okToOutput()) return;
        File file = choosePdf(stage, i18n, vm.suggestedFileName(), vm.storedProperty().get());
        if (file != null) {
            try {
                vm.savePdf(file.toPath());
            } catch (java.nio.file.InvalidPathException e) {
                vm.refusePath(file.getName()); // e.g. a Chinese file name on a system without a UTF-8 locale
            }
        }
    }

    /** The save dialog for a letter's PDF, starting where the last PDF of this letter went, or in Documents. */
    static File choosePdf(Window owner, I18n i18n, String suggestedName, StoredLetter stored) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("letter.savePdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.t("letter.pdf.filter"), "*.pdf"));
        chooser.setInitialFileName(suggestedName);
        Path start = null;
        if (stored != null && stored.pdfPath() != null) {
            start = Path.of(stored.pdfPath()).getParent();
        }
        if (start == null || !Files.isDirectory(start)) {
            Path documents = Path.of(System.getProperty("user.home"), "Documents");
            start = Files.isDirectory(documents) ? documents : Path.of(System.getProperty("user.home"));
        }
        if (Files.isDirectory(start)) {
            chooser.setInitialDirectory(start.toFile());
        }
        File file = chooser.showSaveDialog(owner);
        if (file != null && !file.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
            file = new File(file.getParentFile(), file.getName() + ".pdf");
        }
        return file;
    }

    /** Asks first when the letter still holds a bracketed hint the owner has not replaced. */
    private boolean okToOutput() {
        return vm.sentProperty().get() || !vm.hasUnfilledHints() || LetterViews.confirm(stage, i18n, i18n.t("letter.hints.title"),
                i18n.t("letter.hints.message"), i18n.t("letter.hints.ok"));
    }

    private boolean mayClose() {
        return !vm.dirtyProperty().get() || LetterViews.confirm(stage, i18n, i18n.t("letter.close.confirm.title"),
                i18n.t("letter.close.confirm.message"), i18n.t("letter.close.confirm.ok"));
    }

    private void showPages() {
        pagesBox.getChildren().clear();
        for (BufferedImage page : vm.pages()) {
            ImageView view = new ImageView(SwingFXUtils.toFXImage(page, null));
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.setEffect(new DropShadow(12, Color.rgb(0, 0, 0, 0.25)));
            pagesBox.getChildren().add(view);
        }
        fitPages();
    }

    private void fitPages() {
        double width = Math.max(200, pagesScroll.getViewportBounds().getWidth() - 40);
        for (var node : pagesBox.getChildren()) {
            if (node instanceof ImageView view && view.getImage() != null) {
                view.setFitWidth(Math.min(width, view.getImage().getWidth()));
            }
        }
    }

    private Label label(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private static <T> ListCell<T> cell(java.util.function.Function<T, String> text) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }
}
