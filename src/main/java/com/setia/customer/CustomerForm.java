package com.setia.customer;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.ui.Banner;
import com.setia.ui.DateFields;
import com.setia.ui.FieldErrors;
import com.setia.ui.Notices;
import com.setia.ui.ViewScope;

/**
 * The "Details" tab of a customer's page: the form over {@link CustomerEditorViewModel}, with a message per field,
 * Save / Undo changes / Archive. Refusals stay on the page; "Saved." passes as a notice.
 */
final class CustomerForm {
    private final CustomerEditorViewModel editor;
    private final I18n i18n;
    private final Consumer<Customer> afterChange;
    private final Predicate<Customer> confirmArchive;
    private final BorderPane root = new BorderPane();
    private TextField nameField;

    /**
     * @param afterChange told of the customer as stored after a save, archive or restore (to refresh the list)
     * @param confirmArchive asked before a customer is archived
     */
    CustomerForm(CustomerEditorViewModel editor, I18n i18n, Consumer<Customer> afterChange, Predicate<Customer> confirmArchive) {
        this.editor = editor;
        this.i18n = i18n;
        this.afterChange = afterChange;
        this.confirmArchive = confirmArchive;
        build();
    }

    Node root() {
        return root;
    }

    void focusName() {
        nameField.requestFocus();
    }

    private void build() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setMinWidth(160);
        grid.getColumnConstraints().setAll(labels, fields);

        Label banner = Banner.of("customer-banner", editor.bannerKeyProperty(), Banner.Tone.ERROR, i18n::t);
        Notices.follow(banner, editor.noticeKeyProperty(), i18n::t);

        Label heading = new Label();
        heading.setId("customer-heading");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            Customer c = editor.customerProperty().get();
            if (c == null) return i18n.t("customer.new.heading");
            return c.archived() ? i18n.t("customer.archived.heading", c.name()) : c.name();
        }, editor.customerProperty()));
        grid.add(heading, 0, 1, 2, 1);

        nameField = textField("customer-name", editor.nameProperty());
        ComboBox<Salutation> salutation = new ComboBox<>();
        salutation.setId("customer-salutation");
        salutation.setItems(editor.salutations());
        // Each form of address as the letter will print it, in the customer's language (changes with it).
        ViewScope.of(salutation).subscribe(editor.preferredLanguageProperty(), language -> salutation.setConverter(converter(s -> {
            String word = editor.salutationLabel(s);
            return word == null ? i18n.t("customer.salutation.none") : word;
        })));
        editor.loadSalutations();
        salutation.valueProperty().bindBidirectional(editor.salutationProperty());
        TextField phone = textField("customer-phone", editor.phoneProperty());
        phone.setPromptText(i18n.t("customer.field.phone.prompt"));
        TextField email = textField("customer-email", editor.emailProperty());
        email.setPromptText(i18n.t("customer.field.email.prompt"));
        TextArea address = textArea("customer-address", editor.addressProperty(), 2);
        ComboBox<Language> language = choice("customer-language", Language.values(), Language::nativeName);
        language.valueProperty().bindBidirectional(editor.preferredLanguageProperty());
        DatePicker since = DateFields.picker("customer-since", i18n.t("common.date.prompt"), editor.customerSinceProperty(),
                editor.customerSinceUnreadableProperty());
        ComboBox<CustomerStatus> status = choice("customer-status", CustomerStatus.values(), s -> i18n.t(s.messageKey()));
        status.valueProperty().bindBidirectional(editor.statusProperty());
        TextArea notes = textArea("customer-notes", editor.notesProperty(), 4);

        int row = 2;
        row = addRow(grid, row, "customer.field.name.required", nameField, CustomerField.NAME);
        row = addRow(grid, row, "customer.field.salutation", salutation, null);
        row = addRow(grid, row, "customer.field.phone", phone, CustomerField.PHONE);
        row = addRow(grid, row, "customer.field.email", email, CustomerField.EMAIL);
        row = addRow(grid, row, "customer.field.address", address, CustomerField.ADDRESS);
        row = addRow(grid, row, "customer.field.language", language, null);
        row = addRow(grid, row, "customer.field.since", since, CustomerField.CUSTOMER_SINCE);
        row = addRow(grid, row, "customer.field.status", status, null);
        addRow(grid, row, "customer.field.notes", notes, CustomerField.NOTES);

        Button save = new Button(i18n.t("customer.save"), new FontIcon("fth-check"));
        save.setId("customer-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(editor.busyProperty());
        save.setOnAction(e -> {
            since.commitValue(); // a date typed but not yet committed (Ctrl+S in the box) is saved too
            editor.save(afterChange);
        });
        Button revert = new Button(i18n.t("customer.revert"), new FontIcon("fth-rotate-ccw"));
        revert.setId("customer-revert");
        revert.setMinWidth(Region.USE_PREF_SIZE);
        revert.disableProperty().bind(editor.busyProperty());
        revert.setOnAction(e -> editor.revert());
        Button archive = archiveButton();
        // A row that wraps: in a narrow page (960 px, Indonesian's "Batalkan perubahan" and "Arsipkan") the archive
        // button goes to a second line instead of past the window's edge.
        FlowPane buttons = new FlowPane(8, 8, save, revert, archive);
        FlowPane.setMargin(archive, new Insets(0, 0, 0, 16)); // set apart from saving: it takes the customer away
        buttons.setPadding(new Insets(10, 16, 10, 16));
        buttons.getStyleClass().add("form-buttons");

        grid.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                save.fire();
                e.consume();
            }
        });

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        // The message and the buttons stay in sight however long the form is.
        VBox top = new VBox(banner);
        top.setPadding(new Insets(10, 16, 0, 16));
        top.managedProperty().bind(banner.visibleProperty());
        top.visibleProperty().bind(banner.visibleProperty());
        root.setCenter(scroll);
        root.setTop(top);
        root.setBottom(buttons);
    }

    private Button archiveButton() {
        Button archive = new Button();
        archive.setId("customer-archive");
        archive.getStyleClass().add(Styles.BUTTON_OUTLINED);
        archive.setMinWidth(Region.USE_PREF_SIZE);
        archive.visibleProperty().bind(editor.customerProperty().isNotNull());
        archive.textProperty().bind(Bindings.createStringBinding(() -> {
            Customer c = editor.customerProperty().get();
            return i18n.t(c != null && c.archived() ? "customer.restore" : "customer.archive");
        }, editor.customerProperty()));
        archive.graphicProperty().bind(Bindings.createObjectBinding(() -> {
            Customer c = editor.customerProperty().get();
            return new FontIcon(c != null && c.archived() ? "fth-upload" : "fth-archive");
        }, editor.customerProperty()));
        archive.disableProperty().bind(editor.busyProperty());
        archive.setOnAction(e -> {
            Customer c = editor.customerProperty().get();
            if (c == null) return;
            if (c.archived()) {
                editor.restore(afterChange);
            } else if (confirmArchive.test(c)) {
                editor.archive(afterChange);
            }
        });
        return archive;
    }

    private int addRow(GridPane grid, int row, String labelKey, Control field, CustomerField errorField) {
        Label label = new Label(i18n.t(labelKey));
        label.getStyleClass().add("form-label");
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        field.setMaxWidth(Double.MAX_VALUE);
        GridPane.setMargin(label, new Insets(10, 0, 0, 0));
        GridPane.setMargin(field, new Insets(6, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (errorField == null) {
            return row + 1;
        }
        String id = "customer-error-" + errorField.name().toLowerCase(java.util.Locale.ROOT);
        grid.add(FieldErrors.forField(id, field, editor.errors(), errorField, m -> i18n.t(m.key(), m.argsArray())), 1, row + 1);
        return row + 2;
    }

    private static TextField textField(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static TextArea textArea(String id, StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, Function<T, String> toText) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(converter(toText));
        return box;
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : toText.apply(value);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
