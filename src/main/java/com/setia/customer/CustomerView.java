package com.setia.customer;

import java.util.List;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.ui.Dialogs;

/**
 * The customer book on screen: a header with the count and "New customer", the list ({@link CustomerListView}) and
 * the chosen customer's page ({@link CustomerPageView}, with its {@link CustomerForm}). This class only puts them
 * side by side and settles what happens when the owner moves from one customer to another; all state lives in the
 * two view-models.
 */
public final class CustomerView {
    private final CustomerListViewModel list;
    private final CustomerEditorViewModel editor;
    private final I18n i18n;
    private final VBox root = new VBox(12);
    private final CustomerListView listView;
    private final CustomerForm form;
    private final CustomerPageView page;

    public CustomerView(CustomerListViewModel list, CustomerEditorViewModel editor, List<CustomerPanel> panels,
            List<CustomerHeader> headers, I18n i18n) {
        this.list = list;
        this.editor = editor;
        this.i18n = i18n;
        this.listView = new CustomerListView(list, i18n, this::open);
        this.form = new CustomerForm(editor, i18n, saved -> list.refresh(() -> list.reveal(saved.id(), () -> listView.select(saved))), this::confirmArchive);
        this.page = new CustomerPageView(editor, form, panels, headers, this::reload, i18n);
        build();
        root.getProperties().put(CustomerView.class, this);
    }

    /** The view whose root this is, or null. */
    static CustomerView of(Node root) {
        return root == null ? null : (CustomerView) root.getProperties().get(CustomerView.class);
    }

    public Node root() {
        return root;
    }

    private void build() {
        root.setId("customer-view");
        root.setPadding(new Insets(16, 20, 16, 20));

        Label title = new Label(i18n.t("customer.title"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("customer-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.setMinWidth(0); // gives way before the button does
        count.textProperty().bind(Bindings.createStringBinding(this::countText,
                list.totalMatchesProperty(), list.loadedProperty(), list.errorKeyProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(i18n.t("customer.new"), new FontIcon("fth-user-plus"));
        add.setId("customer-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> startNew());
        HBox header = new HBox(12, title, count, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);

        SplitPane split = new SplitPane(listView.root(), page.root());
        split.setDividerPositions(0.44); // at 1366 px the list's three columns get their widths (see CustomerListView)
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().setAll(header, split);
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN).match(e)) {
                listView.focusSearch();
                e.consume();
            }
        });
        Platform.runLater(listView::focusSearch);
    }

    private String countText() {
        if (list.errorKeyProperty().get() != null) return i18n.t(list.errorKeyProperty().get());
        if (!list.loadedProperty().get()) return i18n.t("customer.loading");
        return i18n.t("customer.count", list.totalMatchesProperty().get());
    }

    /** The owner chose {@code c} in the list: open it, unless unsaved typing is kept. */
    private boolean open(Customer c) {
        Customer current = editor.customerProperty().get();
        if (current != null && current.id() == c.id()) return true;
        if (page.hasUnsavedWork() && !confirmDiscard()) return false;
        editor.edit(c);
        return true;
    }

    private void startNew() {
        if (page.hasUnsavedWork() && !confirmDiscard()) return;
        listView.select(null);
        editor.startNew(i18n.getLanguage());
        page.showDetails();
        Platform.runLater(form::focusName);
    }

    /** Another part of the page changed this customer in the store: show what is stored now. */
    private void reload(long customerId) {
        editor.reloadStored(customerId, list::replace);
        page.refreshHeaders();
    }

    /** Back on the customer book: every part of the open customer's page reads the store again. */
    void refresh() {
        page.refresh();
    }

    private boolean confirmArchive(Customer c) {
        return Dialogs.confirm(root, i18n.t("app.title"), i18n.t("customer.archive.confirm.title"),
                i18n.t("customer.archive.confirm", c.name()), i18n.t("customer.archive"), i18n.t("common.cancel"));
    }

    private boolean confirmDiscard() {
        return Dialogs.confirm(root, i18n.t("app.title"), i18n.t("customer.discard.title"),
                i18n.t("customer.discard.message"), i18n.t("customer.discard"), i18n.t("common.cancel"));
    }
}
