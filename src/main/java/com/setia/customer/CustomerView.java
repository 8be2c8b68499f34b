package com.setia.customer;

import java.util.List;


import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.util.StringConverter;

import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.i18n.Language;
import com.setia.ui.DateFields;

/**
 * The customer book on screen: search and list on the left, the chosen customer's page on the right (details
 * plus the tabs other features add). A thin view: all state lives in the two view-models.
 */
public final class CustomerView {
    private final CustomerListViewModel list;
    private final CustomerEditorViewModel editor;
    private final List<CustomerPanel> panels;
    private final I18n i18n;

    private final VBox root = new VBox();
    private final TableView<Customer> table = new TableView<>();
    private final TabPane pageTabs = new TabPane();
    private final StackPane detail = new StackPane();
    private final Label emptyDetail = new Label();
    private TextField nameField;
    private boolean selectingProgrammatically;
    private Long panelsFor;

    public CustomerView(CustomerListViewModel list, CustomerEditorViewModel editor, List<CustomerPanel> panels, I18n i18n) {
        this.list = list;
        this.editor = editor;
        this.panels = List.copyOf(panels);
        this.i18n = i18n;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.setId("customer-view");
        root.setSpacing(12);
        root.setPadding(new Insets(16, 20, 16, 20));

        Label title = new Label(i18n.t("customer.title"));
        title.getStyleClass().add("section-title");
        Label count = new Label();
        count.setId("customer-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(this::countText,
                list.totalMatchesProperty(), list.rows(), list.errorKeyProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(i18n.t("customer.new"), new FontIcon("fth-user-plus"));
        add.setId("customer-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setOnAction(e -> startNew());
        HBox header = new HBox(12, title, count, spacer, add);
        header.setAlignment(Pos.BASELINE_LEFT);

        CustomTextField search = new CustomTextField();
        search.setId("customer-search");
        search.setPromptText(i18n.t("customer.search.prompt"));
        search.setLeft(new FontIcon("fth-search"));
        search.textProperty().bindBidirectional(list.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);
        search.setMaxWidth(520);
        ToggleSwitch archived = new ToggleSwitch(i18n.t("customer.showArchived"));
        archived.setId("customer-show-archived");
        archived.selectedProperty().bindBidirectional(list.includeArchivedProperty());
        HBox toolbar = new HBox(16, search, archived);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        buildDetail();
        SplitPane split = new SplitPane(table, detail);
        split.setDividerPositions(0.46);
        VBox.setVgrow(split, Priority.ALWAYS);

        root.getChildren().setAll(header, toolbar, split);
        root.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                search.requestFocus();
                e.consume();
            }
        });
        Platform.runLater(search::requestFocus);
    }

    private String countText() {
        if (list.errorKeyProperty().get() != null) {
            return i18n.t(list.errorKeyProperty().get());
        }
        int total = list.totalMatchesProperty().get();
        return list.truncated() ? i18n.t("customer.count.partial", list.rows().size(), total) : i18n.t("customer.count", total);
    }

    private void buildTable() {
        table.setId("customer-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setItems(list.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMinWidth(380);

        TableColumn<Customer, Customer> who = new TableColumn<>(i18n.t("customer.column.customer"));
        who.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        who.setCellFactory(col -> new CustomerCell());
        who.setPrefWidth(320);
        TableColumn<Customer, Customer> status = new TableColumn<>(i18n.t("customer.field.status"));
        status.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        status.setCellFactory(col -> new StatusCell());
        status.setMinWidth(150);
        status.setMaxWidth(170);
        for (TableColumn<Customer, ?> column : List.of(who, status)) {
            column.setSortable(false); // the list is ordered by name in the store; sorting 500 of 100,000 misleads
            column.setReorderable(false);
            table.getColumns().add(column);
        }
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Customer item, boolean empty) {
                super.updateItem(item, empty);
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("archived"), !empty && item != null && item.archived());
                setOpacity(!empty && item != null && item.archived() ? 0.6 : 1.0);
            }
        });
        Label placeholder = new Label();
        placeholder.getStyleClass().add("empty-state");
        placeholder.textProperty().bind(Bindings.createStringBinding(
                () -> list.queryProperty().get() == null || list.queryProperty().get().isBlank()
                        ? i18n.t("customer.empty") : i18n.t("customer.noMatch", list.queryProperty().get().strip()),
                list.queryProperty()));
        placeholder.setWrapText(true);
        table.setPlaceholder(placeholder);

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (selectingProgrammatically || now == null) return;
            Customer current = editor.customerProperty().get();
            if (current != null && current.id() == now.id()) return;
            if (editor.isDirty() && !confirmDiscard()) {
                Platform.runLater(() -> reselect(current));
                return;
            }
            open(now);
        });
    }

    private void buildDetail() {
        emptyDetail.setText(i18n.t("customer.detail.empty"));
        emptyDetail.getStyleClass().add("empty-state");
        emptyDetail.setWrapText(true);

        pageTabs.setId("customer-page");
        pageTabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab details = new Tab(i18n.t("customer.tab.details"), form());
        details.setId("customer-tab-details");
        pageTabs.getTabs().add(details);

        detail.setMinWidth(420);
        detail.getChildren().setAll(emptyDetail);
        editor.editingProperty().addListener((obs, old, now) -> showDetail());
        editor.customerProperty().addListener((obs, old, now) -> updatePanels());
        showDetail();
        updatePanels();
    }

    private void showDetail() {
        detail.getChildren().setAll(editor.editingProperty().get() ? pageTabs : emptyDetail);
    }

    /** The other features' tabs, for a stored customer; a new customer has only its details. */
    private void updatePanels() {
        Customer c = editor.customerProperty().get();
        Long id = c == null ? null : c.id();
        if (java.util.Objects.equals(id, panelsFor)) return;
        panelsFor = id;
        pageTabs.getTabs().remove(1, pageTabs.getTabs().size());
        if (c == null) return;
        for (CustomerPanel panel : panels) {
            Tab tab = new Tab(i18n.t(panel.titleKey()), panel.create(c, this::reload));
            pageTabs.getTabs().add(tab);
        }
    }

    private Node form() {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        grid.setPadding(new Insets(16));
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, fields);

        Label banner = Banner.of("customer-banner", editor.bannerKeyProperty(), editor.bannerIsErrorProperty(), i18n::t);

        Label heading = new Label();
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.textProperty().bind(Bindings.createStringBinding(() -> {
            Customer c = editor.customerProperty().get();
            if (c == null) return i18n.t("customer.new.heading");
            return c.archived() ? i18n.t("customer.archived.heading", c.name()) : c.name();
        }, editor.customerProperty()));
        grid.add(heading, 0, 1, 2, 1);

        TextField name = textField("customer-name", editor.nameProperty());
        nameField = name;
        ComboBox<Salutation> salutation = new ComboBox<>();
        salutation.setId("customer-salutation");
        salutation.setItems(editor.salutations());
        // Each form of address as the letter will print it, in the customer's language (changes with it).
        java.util.function.Supplier<StringConverter<Salutation>> salutationText = () -> converter(s -> {
            String word = editor.salutationLabel(s);
            return word == null ? i18n.t("customer.salutation.none") : word;
        });
        salutation.setConverter(salutationText.get());
        editor.preferredLanguageProperty().addListener((o, a, b) -> salutation.setConverter(salutationText.get()));
        editor.loadSalutations();
        salutation.valueProperty().bindBidirectional(editor.salutationProperty());
        TextField phone = textField("customer-phone", editor.phoneProperty());
        phone.setPromptText(i18n.t("customer.field.phone.prompt"));
        TextField email = textField("customer-email", editor.emailProperty());
        email.setPromptText(i18n.t("customer.field.email.prompt"));
        TextArea address = textArea("customer-address", editor.addressProperty(), 2);
        ComboBox<Language> language = new ComboBox<>();
        language.setId("customer-language");
        language.getItems().setAll(Language.values());
        language.setConverter(converter(Language::nativeName));
        language.valueProperty().bindBidirectional(editor.preferredLanguageProperty());
        DatePicker since = datePicker();
        ComboBox<CustomerStatus> status = new ComboBox<>();
        status.setId("customer-status");
        status.getItems().setAll(CustomerStatus.values());
        status.setConverter(converter(s -> i18n.t(s.messageKey())));
        status.valueProperty().bindBidirectional(editor.statusProperty());
        TextArea notes = textArea("customer-notes", editor.notesProperty(), 4);

        int row = 2;
        row = addRow(grid, row, "customer.field.name.required", name, CustomerField.NAME);
        row = addRow(grid, row, "customer.field.salutation", salutation, null);
        row = addRow(grid, row, "customer.field.phone", phone, CustomerField.PHONE);
        row = addRow(grid, row, "customer.field.email", email, CustomerField.EMAIL);
        row = addRow(grid, row, "customer.field.address", address, CustomerField.ADDRESS);
        row = addRow(grid, row, "customer.field.language", language, null);
        row = addRow(grid, row, "customer.field.since", since, CustomerField.CUSTOMER_SINCE);
        row = addRow(grid, row, "customer.field.status", status, null);
        row = addRow(grid, row, "customer.field.notes", notes, CustomerField.NOTES);

        Button save = new Button(i18n.t("customer.save"), new FontIcon("fth-check"));
        save.setId("customer-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(false);
        save.disableProperty().bind(editor.busyProperty());
        save.setOnAction(e -> {
            since.commitValue(); // a date typed but not yet committed (Ctrl+S in the box) is saved too
            editor.save(saved -> list.refresh(() -> select(saved)));
        });
        Button revert = new Button(i18n.t("customer.revert"), new FontIcon("fth-rotate-ccw"));
        revert.setId("customer-revert");
        revert.setOnAction(e -> editor.revert());
        Button archive = new Button();
        archive.setId("customer-archive");
        archive.getStyleClass().add(Styles.BUTTON_OUTLINED);
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
        archive.setOnAction(e -> toggleArchive());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, save, revert, gap, archive);
        buttons.setPadding(new Insets(10, 16, 10, 16));
        buttons.getStyleClass().add("form-buttons");

        grid.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
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
        javafx.scene.layout.BorderPane page = new javafx.scene.layout.BorderPane(scroll, top, null, buttons, null);
        return page;
    }

    private int addRow(GridPane grid, int row, String labelKey, Control field, CustomerField errorField) {
        Label label = new Label(i18n.t(labelKey));
        label.getStyleClass().add("form-label");
        label.setLabelFor(field);
        field.setMaxWidth(Double.MAX_VALUE);
        GridPane.setMargin(label, new Insets(10, 0, 0, 0));
        GridPane.setMargin(field, new Insets(6, 0, 0, 0));
        grid.add(label, 0, row);
        grid.add(field, 1, row);
        if (errorField == null) {
            return row + 1;
        }
        Label error = new Label();
        error.setId("customer-error-" + errorField.name().toLowerCase(java.util.Locale.ROOT));
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        Runnable update = () -> {
            com.setia.common.Message key = editor.errors().get(errorField);
            error.setVisible(key != null);
            error.setText(key == null ? "" : i18n.t(key));
            field.pseudoClassStateChanged(Styles.STATE_DANGER, key != null);
        };
        editor.errors().addListener((MapChangeListener<CustomerField, com.setia.common.Message>) change -> update.run());
        update.run();
        grid.add(error, 1, row + 1);
        return row + 2;
    }

    private TextField textField(String id, javafx.beans.property.StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private TextArea textArea(String id, javafx.beans.property.StringProperty property, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.textProperty().bindBidirectional(property);
        return area;
    }

    private DatePicker datePicker() {
        return DateFields.picker("customer-since", i18n.t("common.date.prompt"), editor.customerSinceProperty(),
                editor.customerSinceUnreadableProperty());
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> toText) {
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

    /** Another panel changed this customer in the store: show what is stored now. */
    private void reload(long customerId) {
        editor.reloadStored(customerId, list::replace);
    }

    private void startNew() {
        if (editor.isDirty() && !confirmDiscard()) return;
        selectingProgrammatically = true;
        table.getSelectionModel().clearSelection();
        selectingProgrammatically = false;
        editor.startNew(i18n.getLanguage());
        Platform.runLater(nameField::requestFocus);
    }

    private void open(Customer c) {
        editor.edit(c);
    }

    private void select(Customer saved) {
        for (Customer row : table.getItems()) {
            if (row.id() == saved.id()) {
                reselect(row);
                table.scrollTo(row);
                return;
            }
        }
        reselect(null);
    }

    private void reselect(Customer c) {
        selectingProgrammatically = true;
        try {
            if (c == null) {
                table.getSelectionModel().clearSelection();
            } else {
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (table.getItems().get(i).id() == c.id()) {
                        table.getSelectionModel().select(i);
                        return;
                    }
                }
                table.getSelectionModel().clearSelection();
            }
        } finally {
            selectingProgrammatically = false;
        }
    }

    private void toggleArchive() {
        Customer c = editor.customerProperty().get();
        if (c == null) return;
        if (!c.archived() && !confirm(i18n.t("customer.archive.confirm.title"),
                i18n.t("customer.archive.confirm", c.name()), i18n.t("customer.archive"))) {
            return;
        }
        var after = (java.util.function.Consumer<Customer>) saved -> list.refresh(() -> select(saved));
        if (c.archived()) editor.restore(after); else editor.archive(after);
    }

    private boolean confirmDiscard() {
        return confirm(i18n.t("customer.discard.title"), i18n.t("customer.discard.message"), i18n.t("customer.discard"));
    }

    private boolean confirm(String header, String message, String okText) {
        ButtonType ok = new ButtonType(okText, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("common.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        alert.setTitle(i18n.t("app.title"));
        alert.setHeaderText(header);
        if (root.getScene() != null) alert.initOwner(root.getScene().getWindow());
        com.setia.ui.Theme.decorate(alert);
        return alert.showAndWait().orElse(cancel) == ok;
    }

    /** Name on the first line; phone and e-mail, muted, on the second. */
    private static final class CustomerCell extends TableCell<Customer, Customer> {
        @Override
        protected void updateItem(Customer item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(item.name());
            name.getStyleClass().add("customer-cell-name");
            String contact = java.util.stream.Stream.of(PhoneNumbers.display(item.phone()), item.email())
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining("  \u00b7  "));
            Label details = new Label(contact);
            details.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(1, name);
            box.setAlignment(Pos.CENTER_LEFT);
            if (!contact.isEmpty()) box.getChildren().add(details);
            setGraphic(box);
        }
    }

    /** The status as a coloured badge; archived customers say so. */
    private final class StatusCell extends TableCell<Customer, Customer> {
        @Override
        protected void updateItem(Customer item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label badge = new Label(item.archived() ? i18n.t("customer.archivedTag") : i18n.t(item.status().messageKey()));
            badge.getStyleClass().addAll("status-badge", item.archived() ? "status-LET_GO" : "status-" + item.status().name());
            badge.setMinWidth(Region.USE_PREF_SIZE);
            setGraphic(badge);
            setText(null);
        }
    }

}
