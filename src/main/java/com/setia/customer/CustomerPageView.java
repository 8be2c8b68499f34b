package com.setia.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.ui.ViewScope;

/**
 * The right half of the customer book: the chosen customer's page. On top, a slot for the headers other features
 * contribute ({@link CustomerHeader}); below, the Details form and one tab per {@link CustomerPanel}. A new customer
 * has only its details. The headers are made when a customer is opened; a tab's part is made the first time the
 * owner shows that tab for this customer (a click opens one page, not every tab of it). The parts made so far are
 * asked to read the store again by {@link #refresh()}.
 */
final class CustomerPageView {
    private final CustomerEditorViewModel editor;
    private final List<CustomerPanel> panels;
    private final List<CustomerHeader> headers;
    private final CustomerPanel.Host host;
    private final I18n i18n;
    private final StackPane root = new StackPane();
    private final VBox page = new VBox();
    private final VBox headerSlot = new VBox(8);
    private final TabPane tabs = new TabPane();
    private final Label empty = new Label();
    private final List<CustomerPart> parts = new ArrayList<>();
    private final List<CustomerPart> headerParts = new ArrayList<>();
    private Long partsFor;

    CustomerPageView(CustomerEditorViewModel editor, CustomerForm form, List<CustomerPanel> panels,
            List<CustomerHeader> headers, CustomerPanel.Host host, I18n i18n) {
        this.editor = editor;
        this.panels = List.copyOf(panels);
        this.headers = List.copyOf(headers);
        this.host = host;
        this.i18n = i18n;
        build(form);
    }

    Node root() {
        return root;
    }

    private void build(CustomerForm form) {
        empty.setText(i18n.t("customer.detail.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);

        headerSlot.setId("customer-page-header");
        headerSlot.managedProperty().bind(headerSlot.visibleProperty());
        tabs.setId("customer-page");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab details = new Tab(i18n.t("customer.tab.details"), form.root());
        details.setId("customer-tab-details");
        tabs.getTabs().add(details);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        page.getChildren().setAll(headerSlot, tabs);

        root.setMinWidth(380);
        root.getChildren().setAll(empty, page);
        page.visibleProperty().bind(editor.editingProperty());
        empty.visibleProperty().bind(editor.editingProperty().not());
        ViewScope.of(root).subscribe(editor.customerProperty(), c -> showPartsFor(c));
        ViewScope.of(root).subscribe(tabs.getSelectionModel().selectedItemProperty(), this::fill);
    }

    /** Makes the part of a tab shown for the first time for this customer. */
    private void fill(Tab tab) {
        if (tab == null || tab.getContent() != null || !(tab.getUserData() instanceof CustomerPanel panel)) return;
        Customer c = editor.customerProperty().get();
        if (c == null) return;
        CustomerPart part = panel.open(c, host);
        parts.add(part);
        tab.setContent(part.node());
    }

    /** The other features' tabs and headers, for a stored customer; made again only for another customer. */
    private void showPartsFor(Customer c) {
        Long id = c == null ? null : c.id();
        if (Objects.equals(id, partsFor)) return;
        partsFor = id;
        parts.clear();
        headerParts.clear();
        tabs.getTabs().remove(1, tabs.getTabs().size());
        headerSlot.getChildren().clear();
        if (c != null) {
            for (CustomerHeader header : headers) {
                CustomerPart part = header.open(c, host);
                parts.add(part);
                headerParts.add(part);
                headerSlot.getChildren().add(part.node());
            }
            for (CustomerPanel panel : panels) {
                Tab tab = new Tab(i18n.t(panel.titleKey()));
                tab.setId("customer-tab-" + panel.titleKey()); // e.g. customer-tab-winback.timeline.tab
                tab.setUserData(panel);
                tabs.getTabs().add(tab);
            }
        }
        headerSlot.setVisible(!headerSlot.getChildren().isEmpty());
        fill(tabs.getSelectionModel().getSelectedItem());
    }

    /** The headers read the store again: a tab changed what they sum up (a loyalty sign ticked, a case opened). */
    void refreshHeaders() {
        headerParts.forEach(CustomerPart::refresh);
    }

    /** Every part reads the store again (the owner came back; a case may have moved on elsewhere). */
    void refresh() {
        parts.forEach(CustomerPart::refresh);
    }

    /** Stores what the parts can store of the typing, then: true when the form or a part still holds unsaved typing. */
    boolean hasUnsavedWork() {
        parts.forEach(CustomerPart::storeTyping);
        return editor.isDirty() || parts.stream().anyMatch(CustomerPart::hasUnsavedWork);
    }

    /** Shows the Details tab (a new customer starts there). */
    void showDetails() {
        tabs.getSelectionModel().select(0);
    }
}
