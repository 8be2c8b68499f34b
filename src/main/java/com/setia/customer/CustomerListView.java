package com.setia.customer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.controls.ToggleSwitch;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import com.setia.i18n.I18n;
import com.setia.ui.Cells;
import com.setia.ui.DateFields;
import com.setia.ui.ViewScope;

/**
 * The left half of the customer book: the search box, the status filter, "show archived", and the list itself. It
 * says "loading" until the first search has answered, and never "no customers yet" over a book that has some.
 * Choosing a row asks {@code mayOpen} first (the page may hold unsaved typing).
 */
final class CustomerListView {
    private static final PseudoClass ARCHIVED = PseudoClass.getPseudoClass("archived");
    private static final PseudoClass QUIET = PseudoClass.getPseudoClass("going-quiet");
    /** What of the table's width no column gets: its vertical scroll bar and borders. */
    private static final double SCROLL_BAR_AND_BORDERS = 16;
    private static final double NAME_MIN_WIDTH = 120;
    /** The name's width in a narrow list, where it comes before a whole status word: "Ahmad Faizal bin H…". */
    private static final double NAME_NARROW_WIDTH = 170;
    private static final double STATUS_MIN_WIDTH = 96;
    /** "Mulai menghilang" with its moon, whole; wider when the column's header needs it ("Kunjungan terakhir"). */
    private static final double LAST_VISIT_WIDTH = 140;
    /** Around a column header's word, beyond the header label's padding (half an em a side): its borders. */
    private static final double HEADER_BORDERS = 4;
    /** Around a status badge's word: the badge's padding (setia.css, 8 px a side) and the cell's. */
    private static final double BADGE_AND_CELL_PADDING = 16 + 20;
    /** How many rows before the last one read the next ones are asked for. */
    private static final int NEAR_END = 3;
    private final CustomerListViewModel list;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final TableView<Customer> table = new TableView<>();
    private final CustomTextField search = new CustomTextField();
    private final TableColumn<Customer, Customer> nameColumn = new TableColumn<>();
    private final TableColumn<Customer, Customer> statusColumn = new TableColumn<>();
    private final TableColumn<Customer, Customer> visitColumn = new TableColumn<>();
    /** The widest status word as a badge draws it, the last visit's width, and the font they were measured in. */
    private double statusWords;
    private double visitWords = LAST_VISIT_WIDTH;
    private Font measuredIn;
    private final Predicate<Customer> mayOpen;
    private boolean selectingProgrammatically;

    /** @param mayOpen asked before a row the owner chose is opened; false puts the selection back */
    CustomerListView(CustomerListViewModel list, I18n i18n, Predicate<Customer> mayOpen) {
        this.list = list;
        this.i18n = i18n;
        this.mayOpen = mayOpen;
        build();
    }

    Node root() {
        return root;
    }

    /** Focus to the search box (Ctrl+F). */
    void focusSearch() {
        search.requestFocus();
    }

    private void build() {
        root.setId("customer-list");
        search.setId("customer-search");
        search.setPromptText(i18n.t("customer.search.prompt"));
        search.setLeft(new FontIcon("fth-search"));
        search.textProperty().bindBidirectional(list.queryProperty());
        search.setMinWidth(180);
        HBox.setHgrow(search, Priority.ALWAYS);

        ComboBox<StatusChoice> status = new ComboBox<>();
        status.setId("customer-status-filter");
        List<StatusChoice> choices = new ArrayList<>();
        choices.add(new StatusChoice(null)); // every status
        for (CustomerStatus s : CustomerStatus.values()) choices.add(new StatusChoice(s));
        status.getItems().setAll(choices);
        status.setCellFactory(Cells.text(this::statusText));
        status.setButtonCell(Cells.textCell(this::statusText));
        ViewScope.of(status).subscribe(list.statusFilterProperty(), s -> status.setValue(new StatusChoice(s)));
        status.valueProperty().addListener((o, a, now) -> list.statusFilterProperty().set(now == null ? null : now.status()));
        status.setMinWidth(140);
        status.setButtonCell(Cells.textCell(this::statusText));

        ToggleSwitch archived = new ToggleSwitch(i18n.t("customer.showArchived"));
        archived.setId("customer-show-archived");
        archived.selectedProperty().bindBidirectional(list.includeArchivedProperty());

        search.setMaxWidth(Double.MAX_VALUE);
        HBox searchRow = new HBox(8, search);
        searchRow.setAlignment(Pos.CENTER_LEFT);
        // The filters go under the search box, side by side where there is room: the list never outgrows a
        // 960-px window.
        ComboBox<ListOrder> order = new ComboBox<>();
        order.setId("customer-order");
        order.getItems().setAll(ListOrder.values());
        order.setCellFactory(Cells.text(o -> i18n.t(o.messageKey())));
        order.setButtonCell(Cells.textCell(o -> o == null ? "" : i18n.t(o.messageKey())));
        ViewScope.of(order).subscribe(list.orderProperty(), order::setValue);
        order.valueProperty().addListener((o, a, now) -> list.orderProperty().set(now == null ? ListOrder.NAME : now));
        order.setMinWidth(140);

        FlowPane toolbar = new FlowPane(12, 8, status, order, archived);
        toolbar.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        Label more = new Label();
        more.setId("customer-list-more");
        more.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        more.setWrapText(true);
        more.managedProperty().bind(more.visibleProperty());
        ViewScope.of(more).onChange(() -> {
            more.setVisible(list.truncated());
            more.setText(list.truncated() ? i18n.t("customer.count.partial", list.shownCount(), list.totalMatchesProperty().get()) : "");
        }, list.rows(), list.totalMatchesProperty());

        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().setAll(searchRow, toolbar, table, more);
        root.setMinWidth(250);
    }

    private String statusText(StatusChoice choice) {
        return choice == null || choice.status() == null ? i18n.t("customer.filter.allStatuses")
                : i18n.t(choice.status().messageKey());
    }

    /** One entry of the status filter; no status means every status. */
    private record StatusChoice(CustomerStatus status) {
    }

    /** The width of the widest status word (or "archived") as a badge draws it: 0.9 of the list's font, padded. */
    private double statusWidth(Font font) {
        Font badge = Font.font(font.getFamily(), font.getSize() * 0.9);
        double widest = 0;
        for (String key : java.util.stream.Stream.concat(java.util.Arrays.stream(CustomerStatus.values())
                .map(CustomerStatus::messageKey), java.util.stream.Stream.of("customer.archivedTag")).toList()) {
            widest = Math.max(widest, wordWidth(i18n.t(key), badge));
        }
        return Math.ceil(widest + BADGE_AND_CELL_PADDING);
    }

    /** The last visit's width: its cells' 140 px, or its header's word in bold (as headers draw it), whole. */
    private double lastVisitWidth(Font font) {
        double header = wordWidth(i18n.t("customer.column.lastVisit"),
                Font.font(font.getFamily(), FontWeight.BOLD, font.getSize()));
        return Math.max(LAST_VISIT_WIDTH, Math.ceil(header + font.getSize() + HEADER_BORDERS));
    }

    private static double wordWidth(String word, Font font) {
        Text text = new Text(word);
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }

    /**
     * Which columns show, and how wide. The status is as wide as the longest status word of this language drawn as a
     * badge ("Tetap berhubungan", "Pelanggan kembali"), measured in the font the list was given (known once its
     * stylesheet is applied); the last visit as wide as "Mulai menghilang" with its moon, or as its header's word
     * when that is wider ("Kunjungan terakhir"); the name takes the rest
     * (cut with "…", whole on the customer's page). When all three fit, all three show, the status word whole. A
     * narrow list (a 960-px window) shows the name and one more: the status when ordered by name, the last visit
     * when ordered by visits; the name keeps room for a long name and the badge gives way first ("Pelanggan kemb…").
     */
    private void fitColumns() {
        if (search.getFont() != measuredIn) {
            measuredIn = search.getFont();
            statusWords = statusWidth(measuredIn);
            visitWords = lastVisitWidth(measuredIn);
        }
        double room = table.getWidth() - SCROLL_BAR_AND_BORDERS;
        boolean wide = room >= NAME_MIN_WIDTH + statusWords + visitWords;
        boolean byName = list.orderProperty().get() == ListOrder.NAME;
        statusColumn.setVisible(wide || byName);
        visitColumn.setVisible(wide || !byName);
        double visit = visitColumn.isVisible() ? visitWords : 0;
        double name = wide ? NAME_MIN_WIDTH : NAME_NARROW_WIDTH;
        double badge = statusColumn.isVisible()
                ? Math.max(STATUS_MIN_WIDTH, Math.min(statusWords, room - visit - name)) : 0;
        visitColumn.setPrefWidth(visitWords);
        statusColumn.setPrefWidth(Math.max(STATUS_MIN_WIDTH, badge));
        nameColumn.setPrefWidth(Math.max(NAME_MIN_WIDTH, room - badge - visit));
    }

    private void buildTable() {
        table.setId("customer-table");
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE);
        table.setItems(list.rows());
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY); // the widths: fitColumns

        nameColumn.setText(i18n.t("customer.column.customer"));
        nameColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        nameColumn.setCellFactory(Cells.table(CustomerCells.NameAndContact::new));
        statusColumn.setText(i18n.t("customer.field.status"));
        statusColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        statusColumn.setCellFactory(Cells.table(() -> new CustomerCells.StatusBadge(i18n::t)));
        // The last visit, and "going quiet" when the customer is past their usual gap: read from the standings the
        // rows were found with (one snapshot per search, no query per row).
        visitColumn.setText(i18n.t("customer.column.lastVisit"));
        visitColumn.setId("customer-column-last-visit");
        visitColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        visitColumn.setCellFactory(Cells.table(LastVisit::new));
        for (TableColumn<Customer, Customer> column : List.of(nameColumn, statusColumn, visitColumn)) {
            column.setSortable(false); // sorting 500 of 100,000 misleads: the order box sorts the whole book
            column.setReorderable(false);
            column.setResizable(false); // fitColumns gives each its width as the list's width changes
            table.getColumns().add(column);
        }
        ViewScope.of(table).onChange(this::fitColumns, table.widthProperty(), list.orderProperty(), search.fontProperty());
        // The rows the list shows at its height (all rows are one height: -fx-fixed-cell-size in setia.css): what
        // a search reads first.
        ViewScope.of(table).onChange(() -> {
            double row = table.getFixedCellSize() > 0 ? table.getFixedCellSize() : 40;
            if (table.getHeight() > 0) list.setRowsOnScreen((int) Math.ceil(table.getHeight() / row));
        }, table.heightProperty(), table.fixedCellSizeProperty());
        table.setRowFactory(tv -> new TableRow<>() {
            @Override
            protected void updateItem(Customer item, boolean empty) {
                super.updateItem(item, empty);
                boolean archived = !empty && item != null && item.archived();
                pseudoClassStateChanged(ARCHIVED, archived);
                setOpacity(archived ? 0.6 : 1.0);
                // Near the end of the rows read: read the next ones (after this layout, not inside it).
                if (!empty && getIndex() >= getTableView().getItems().size() - NEAR_END) Platform.runLater(list::showMore);
            }
        });

        // Loading (a spinner) until the first answer; then "no customers yet" or "no match".
        Label empty = new Label();
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.textProperty().bind(Bindings.createStringBinding(this::emptyText,
                list.queryProperty(), list.statusFilterProperty(), list.loadedProperty()));
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(36, 36);
        Label loadingText = new Label(i18n.t("customer.loading"));
        loadingText.getStyleClass().add("customer-loading");
        VBox loading = new VBox(10, spinner, loadingText);
        loading.setId("customer-list-loading");
        loading.setAlignment(Pos.CENTER);
        loading.visibleProperty().bind(list.loadedProperty().not());
        empty.visibleProperty().bind(list.loadedProperty());
        table.setPlaceholder(new StackPane(loading, empty));

        table.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (selectingProgrammatically || now == null) return;
            if (!mayOpen.test(now)) {
                Platform.runLater(() -> select(old)); // not inside the selection change itself
            }
        });
    }

    /**
     * The last visit in two lines, as the name column: the day, then "going quiet" (warning) or how long ago; a
     * customer never seen says so. Nodes made once per cell and updated in place (see {@link Cells}); every look is
     * a pseudo-class (see setia.css), so a cell changing customers as the owner types restyles nothing.
     */
    private final class LastVisit implements Cells.Content<Customer> {
        private static final PseudoClass NONE = PseudoClass.getPseudoClass("none");
        private final Label day = new Label();
        private final Label since = new Label();
        private final FontIcon moon = new FontIcon("fth-moon");
        private final HBox sinceLine = new HBox(4, moon, since);
        private final VBox box = new VBox(2, day, sinceLine);

        LastVisit() {
            day.getStyleClass().add("last-visit-day");
            since.getStyleClass().addAll(Styles.TEXT_SMALL, "last-visit-since");
            moon.getStyleClass().add("last-visit-moon");
            moon.managedProperty().bind(moon.visibleProperty());
            sinceLine.setAlignment(Pos.CENTER_LEFT);
            sinceLine.managedProperty().bind(sinceLine.visibleProperty());
            box.setAlignment(Pos.CENTER_LEFT); // "never came" alone sits in the middle of the row, as a name does
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public void show(Customer item) {
            VisitStandings.Standing s = list.standing(item.id());
            day.pseudoClassStateChanged(NONE, s == null);
            sinceLine.setVisible(s != null);
            if (s == null) {
                day.setText(i18n.t("customer.lastVisit.none"));
                since.setText(null);
                return;
            }
            day.setText(DateFields.date(s.lastVisit()));
            since.setText(s.quiet() ? i18n.t("customer.lastVisit.quiet") : i18n.t("customer.lastVisit.ago", s.daysSince()));
            since.pseudoClassStateChanged(QUIET, s.quiet());
            moon.setVisible(s.quiet());
        }

        @Override
        public void clear() {
            day.setText(null);
            since.setText(null);
        }
    }

    private String emptyText() {
        if (!list.loadedProperty().get()) return "";
        String q = list.queryProperty().get();
        boolean noQuery = q == null || q.isBlank();
        if (noQuery && list.statusFilterProperty().get() == null) return i18n.t("customer.empty");
        if (noQuery) return i18n.t("customer.noMatchStatus", i18n.t(list.statusFilterProperty().get().messageKey()));
        return i18n.t("customer.noMatch", q.strip());
    }

    /** Selects the row of {@code c} (by id), or nothing, without asking anyone; scrolls to it. */
    void select(Customer c) {
        selectingProgrammatically = true;
        try {
            if (c == null) {
                table.getSelectionModel().clearSelection();
                return;
            }
            for (int i = 0; i < table.getItems().size(); i++) {
                if (table.getItems().get(i).id() == c.id()) {
                    table.getSelectionModel().select(i);
                    table.scrollTo(i);
                    return;
                }
            }
            table.getSelectionModel().clearSelection();
        } finally {
            selectingProgrammatically = false;
        }
    }
}
