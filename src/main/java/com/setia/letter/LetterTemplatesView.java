package com.setia.letter;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import com.setia.i18n.I18n;
import com.setia.i18n.Language;

/** Edits the apology template of each language, with the list of placeholders beside it. */
public final class LetterTemplatesView {
    private final LetterTemplatesViewModel vm;
    private final I18n i18n;
    private final HBox root = new HBox(20);

    public LetterTemplatesView(LetterTemplatesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        ComboBox<Language> language = new ComboBox<>();
        language.setId("template-language");
        language.getItems().setAll(Language.values());
        language.setCellFactory(l -> languageCell());
        language.setButtonCell(languageCell());
        language.valueProperty().bindBidirectional(vm.languageProperty());

        ComboBox<LetterKind> kind = new ComboBox<>();
        kind.setId("template-kind");
        kind.getItems().setAll(LetterKind.values());
        kind.setCellFactory(l -> kindCell());
        kind.setButtonCell(kindCell());
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        Label custom = new Label();
        custom.getStyleClass().add(Styles.TEXT_MUTED);
        custom.textProperty().bind(javafx.beans.binding.Bindings.when(vm.customProperty())
                .then(i18n.t("letter.template.custom")).otherwise(i18n.t("letter.template.original")));
        HBox top = new HBox(10, new Label(i18n.t("letter.kind")), kind, new Label(i18n.t("letter.template.language")),
                language, custom);
        top.setAlignment(Pos.CENTER_LEFT);

        TextField subject = new TextField();
        subject.setId("template-subject");
        subject.textProperty().bindBidirectional(vm.subjectProperty());
        TextArea body = new TextArea();
        body.setId("template-body");
        body.setWrapText(true);
        body.textProperty().bindBidirectional(vm.bodyProperty());
        VBox.setVgrow(body, Priority.ALWAYS);

        Button save = new Button(i18n.t("letter.template.save"), new FontIcon(Feather.SAVE));
        save.setId("template-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Button reset = new Button(i18n.t("letter.template.reset"), new FontIcon(Feather.ROTATE_CCW));
        reset.setId("template-reset");
        reset.disableProperty().bind(vm.busyProperty().or(vm.customProperty().not()));
        reset.setOnAction(e -> {
            if (LetterViews.confirm(root.getScene().getWindow(), i18n, i18n.t("letter.template.reset"),
                    i18n.t("letter.template.reset.confirm"), i18n.t("letter.template.reset"))) {
                vm.resetToDefault();
            }
        });

        VBox editor = new VBox(8, top, new Label(i18n.t("letter.template.subject")), subject,
                new Label(i18n.t("letter.template.body")), body, LetterViews.banner(vm.messageProperty(), i18n),
                new HBox(8, save, reset));
        HBox.setHgrow(editor, Priority.ALWAYS);

        GridPane help = new GridPane();
        help.setHgap(8);
        help.setVgap(4);
        int row = 0;
        for (Placeholder p : Placeholder.values()) {
            Label token = new Label(p.token());
            token.setStyle("-fx-font-family: monospace;");
            token.setMinWidth(Region.USE_PREF_SIZE);
            Label what = new Label(i18n.t("letter.placeholder." + p.name().toLowerCase(java.util.Locale.ROOT)));
            what.setWrapText(true);
            what.getStyleClass().add(Styles.TEXT_SMALL);
            help.addRow(row++, token, what);
        }
        Label helpTitle = new Label(i18n.t("letter.template.help"));
        helpTitle.setWrapText(true);
        VBox side = new VBox(8, helpTitle, help);
        side.setPrefWidth(330);
        side.setMinWidth(260);

        root.getChildren().setAll(editor, side);
        root.setPadding(new Insets(20, 24, 24, 24));
        root.setId("letter-templates");
    }

    private ListCell<LetterKind> kindCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(LetterKind item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : i18n.t(item.messageKey()));
            }
        };
    }

    private static ListCell<Language> languageCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Language item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.nativeName());
            }
        };
    }
}
