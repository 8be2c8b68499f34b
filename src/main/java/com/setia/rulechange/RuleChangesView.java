package com.setia.rulechange;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import com.setia.customer.Customer;
import com.setia.customer.CustomerStatus;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.ui.DateFields;

/**
 * Rule changes: the changes on the left; on the right the form for a new one, or the chosen change's "who must be
 * told" list with the notice in the customer's language and one button per way of telling.
 */
public final class RuleChangesView {
    private final RuleChangesViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(12);
    /** True while the view is in a scene: listeners on the view-model run only then, and end with the view. */
    private final ObservableValue<Boolean> shown = root.sceneProperty().map(s -> Boolean.TRUE).orElse(Boolean.FALSE);

    public RuleChangesView(RuleChangesViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        CardStyles.apply(root);
        root.setId("rules-view");
        root.setPadding(new Insets(16, 20, 16, 20));
        Label title = new Label(i18n.t("rules.title"));
        title.getStyleClass().add("section-title");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button add = new Button(i18n.t("rules.new"), new FontIcon("fth-plus"));
        add.setId("rules-new");
        add.getStyleClass().add(Styles.ACCENT);
        add.setMinWidth(Region.USE_PREF_SIZE);
        add.setOnAction(e -> vm.newChange());
        HBox header = new HBox(12, title, spacer, add);
        header.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(i18n.t("rules.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = Banner.of("rules-message", vm.messageKeyProperty(), Banner.Tone.SUCCESS, i18n::t);
        Label error = Banner.of("rules-error", vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);

        ListView<RuleChange> list = new ListView<>(vm.changes());
        list.setId("rules-list");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(lv -> new ChangeCell());
        list.setMinWidth(200);
        Label placeholder = new Label(i18n.t("rules.empty"), new FontIcon("fth-bell"));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(20));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null && (vm.selectedProperty().get() == null || vm.selectedProperty().get().id() != now.id())) {
                vm.select(now);
            }
        });
        vm.selectedProperty().when(shown).subscribe(now -> {
            if (now == null) list.getSelectionModel().clearSelection();
            else if (list.getSelectionModel().getSelectedItem() == null
                    || list.getSelectionModel().getSelectedItem().id() != now.id()) {
                list.getItems().stream().filter(c -> c.id() == now.id()).findFirst()
                        .ifPresent(c -> list.getSelectionModel().select(c));
            }
        });

        Node form = form();
        Node detail = detail();
        Label empty = new Label(i18n.t("rules.detail.empty"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        StackPane right = new StackPane(empty, detail, form);
        right.setPadding(new Insets(0, 0, 0, 12));
        form.visibleProperty().bind(vm.editingProperty());
        detail.visibleProperty().bind(vm.editingProperty().not().and(vm.selectedProperty().isNotNull()));
        empty.visibleProperty().bind(vm.editingProperty().not().and(vm.selectedProperty().isNull()));

        SplitPane split = new SplitPane(list, right);
        split.setDividerPositions(0.28);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().setAll(header, intro, message, error, split);
    }

    // --- the form for a new change ---------------------------------------------------------------------------

    private Node form() {
        Label heading = new Label(i18n.t("rules.form.title"), new FontIcon("fth-edit-3"));
        heading.getStyleClass().add(Styles.TITLE_4);

        ComboBox<RuleKind> kind = new ComboBox<>();
        kind.setId("rules-kind");
        kind.getItems().setAll(RuleKind.values());
        kind.setConverter(converter(k -> i18n.t(k.messageKey())));
        kind.setPromptText(i18n.t("rules.form.kindPrompt"));
        kind.valueProperty().bindBidirectional(vm.kindProperty());

        TextField what = new TextField();
        what.setId("rules-title");
        what.setPromptText(i18n.t("rules.form.titlePrompt"));
        what.textProperty().bindBidirectional(vm.titleProperty());

        TextArea details = new TextArea();
        details.setId("rules-details");
        details.setPrefRowCount(3);
        details.setWrapText(true);
        details.setPromptText(i18n.t("rules.form.detailsPrompt"));
        details.textProperty().bindBidirectional(vm.detailsProperty());

        DatePicker effective = DateFields.picker("rules-effective", i18n.t("common.date.prompt"), vm.effectiveOnProperty(),
                vm.effectiveOnUnreadableProperty());
        effective.setMinWidth(160);

        ToggleGroup group = new ToggleGroup();
        RadioButton all = radio(group, Audience.ALL);
        RadioButton byStatus = radio(group, Audience.STATUS);
        RadioButton chosen = radio(group, Audience.CHOSEN);
        ComboBox<CustomerStatus> status = new ComboBox<>();
        status.setId("rules-status");
        status.getItems().setAll(CustomerStatus.values());
        status.setConverter(converter(s -> i18n.t(s.messageKey())));
        status.setPromptText(i18n.t("rules.form.statusPrompt"));
        status.valueProperty().bindBidirectional(vm.statusProperty());
        status.disableProperty().bind(vm.audienceProperty().isNotEqualTo(Audience.STATUS));
        vm.audienceProperty().when(shown).subscribe(a -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == a)));
        group.selectedToggleProperty().addListener((o, a, now) -> {
            if (now != null) vm.audienceProperty().set((Audience) now.getUserData());
        });
        HBox statusRow = new HBox(8, byStatus, status);
        statusRow.setAlignment(Pos.CENTER_LEFT);

        TextField find = new TextField();
        find.setId("rules-chooser");
        find.setPromptText(i18n.t("rules.form.choosePrompt"));
        find.textProperty().bindBidirectional(vm.chooserQueryProperty());
        find.textProperty().addListener((o, a, b) -> vm.searchCustomers());
        ListView<Customer> results = new ListView<>(vm.chooserResults());
        results.setId("rules-chooser-results");
        results.setPrefHeight(120);
        results.setCellFactory(lv -> new NameCell());
        results.setOnMouseClicked(e -> vm.choose(results.getSelectionModel().getSelectedItem()));
        ListView<Customer> picked = new ListView<>(vm.chosen());
        picked.setId("rules-chosen");
        picked.setPrefHeight(120);
        picked.setCellFactory(lv -> new NameCell());
        picked.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) vm.unchoose(picked.getSelectionModel().getSelectedItem());
        });
        Label pickedLabel = new Label(i18n.t("rules.form.chosen"));
        pickedLabel.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        HBox lists = new HBox(8, results, new VBox(4, pickedLabel, picked));
        HBox.setHgrow(results, Priority.ALWAYS);
        VBox chooser = new VBox(6, find, lists);
        chooser.setPadding(new Insets(0, 0, 0, 24));
        chooser.visibleProperty().bind(vm.audienceProperty().isEqualTo(Audience.CHOSEN));
        chooser.managedProperty().bind(chooser.visibleProperty());

        Label errors = new Label();
        errors.setId("rules-form-errors");
        errors.getStyleClass().add("field-error");
        errors.setWrapText(true);
        errors.managedProperty().bind(errors.visibleProperty());
        errors.visibleProperty().bind(Bindings.isNotEmpty(vm.formErrors()));
        errors.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n",
                vm.formErrors().stream().map(k -> i18n.t(k)).toList()), vm.formErrors()));

        Button save = new Button(i18n.t("rules.form.save"), new FontIcon("fth-check"));
        save.setId("rules-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.save());
        Button cancel = new Button(i18n.t("rules.form.cancel"));
        cancel.setId("rules-cancel");
        cancel.setOnAction(e -> vm.cancel());
        HBox buttons = new HBox(8, cancel, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox box = new VBox(8, heading,
                label("rules.form.kind"), kind,
                label("rules.form.what"), what,
                label("rules.form.details"), details,
                label("rules.form.effective"), effective,
                label("rules.form.audience"), all, statusRow, chosen, chooser,
                errors, buttons);
        box.setId("rules-form");
        box.getStyleClass().addAll("winback-card", "winback-card-accent");
        box.setPadding(new Insets(16));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private RadioButton radio(ToggleGroup group, Audience audience) {
        RadioButton r = new RadioButton(i18n.t(audience.messageKey()));
        r.setId("rules-audience-" + audience.name());
        r.setToggleGroup(group);
        r.setUserData(audience);
        r.setWrapText(true);
        return r;
    }

    private Label label(String key) {
        Label l = new Label(i18n.t(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    // --- a change and its "who must be told" list --------------------------------------------------------------

    private Node detail() {
        Label heading = new Label();
        heading.setId("rules-detail-title");
        heading.getStyleClass().add(Styles.TITLE_3);
        heading.setWrapText(true);
        Label facts = new Label();
        facts.setId("rules-detail-facts");
        facts.getStyleClass().add(Styles.TEXT_MUTED);
        facts.setWrapText(true);
        Label details = new Label();
        details.setWrapText(true);
        details.managedProperty().bind(details.visibleProperty());
        ProgressBar progress = new ProgressBar(0);
        progress.setMaxWidth(Double.MAX_VALUE);
        Label told = new Label();
        told.setId("rules-told-count");
        told.getStyleClass().add(Styles.TEXT_BOLD);
        told.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox progressRow = new HBox(10, progress, told);
        progressRow.setAlignment(Pos.CENTER_LEFT);
        vm.selectedProperty().when(shown).subscribe(c -> {
            if (c == null) return;
            heading.setText(c.title());
            String who = c.audience() == Audience.STATUS
                    ? i18n.t("rules.detail.audienceStatus", i18n.t(c.audienceStatus().messageKey()))
                    : i18n.t(c.audience().messageKey());
            facts.setText(i18n.t("rules.detail.facts", i18n.t(c.kind().messageKey()), DateFields.date(c.effectiveOn()), who));
            details.setText(c.details() == null ? "" : c.details());
            details.setVisible(c.details() != null);
            progress.setProgress(c.affected() == 0 ? 0 : (double) c.told() / c.affected());
            told.setText(i18n.t("rules.detail.told", c.told(), c.affected()));
        });

        ListView<ToBeTold> rows = new ListView<>(vm.rows());
        rows.setId("rules-rows");
        rows.setCellFactory(lv -> new RowCell());
        rows.setPrefHeight(260);
        rows.setMinWidth(180);
        rows.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null && vm.selectedRowProperty().get() != now) vm.selectRow(now);
        });
        vm.selectedRowProperty().when(shown).subscribe(now -> {
            if (now == null) rows.getSelectionModel().clearSelection();
            else if (rows.getSelectionModel().getSelectedItem() != now) rows.getSelectionModel().select(now);
        });
        VBox.setVgrow(rows, Priority.ALWAYS);
        VBox who = new VBox(6, label("rules.detail.list"), rows);
        HBox.setHgrow(who, Priority.ALWAYS);
        Node card = tellCard();
        Label pick = new Label(i18n.t("rules.tell.pick"), new FontIcon("fth-arrow-left"));
        pick.setWrapText(true);
        pick.getStyleClass().add("empty-state");
        pick.visibleProperty().bind(card.visibleProperty().not());
        javafx.scene.layout.StackPane tell = new javafx.scene.layout.StackPane(pick, card);
        tell.setAlignment(Pos.TOP_LEFT);
        tell.setPrefWidth(340);
        tell.setMinWidth(220);
        HBox lists = new HBox(12, who, tell);
        VBox.setVgrow(lists, Priority.ALWAYS);

        VBox detail = new VBox(10, heading, facts, details, progressRow, lists);
        detail.setId("rules-detail");
        ScrollPane scroll = new ScrollPane(detail);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node tellCard() {
        Label who = new Label();
        who.setId("rules-tell-who");
        who.getStyleClass().add(Styles.TITLE_4);
        who.setWrapText(true);
        Label status = new Label();
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        vm.selectedRowProperty().when(shown).subscribe(r -> {
            if (r == null) return;
            who.setText(i18n.t("rules.tell.who", r.customer().name(),
                    r.customer().phone() == null ? i18n.t("rules.tell.noPhone") : r.customer().phone()));
            status.setText(r.told()
                    ? i18n.t("rules.tell.toldAlready", i18n.t(r.toldHow().messageKey()), DateFields.date(r.toldOn()))
                    : i18n.t("rules.tell.notYet", r.customer().preferredLanguage().nativeName()));
        });
        TextArea notice = new TextArea();
        notice.setId("rules-notice");
        notice.setEditable(false);
        notice.setWrapText(true);
        notice.setPrefRowCount(4);
        notice.textProperty().bind(vm.noticeProperty());
        Button copy = new Button(i18n.t("rules.tell.copy"), new FontIcon("fth-copy"));
        copy.setId("rules-copy");
        copy.getStyleClass().add(Styles.SMALL);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(vm.noticeProperty().get());
            Clipboard.getSystemClipboard().setContent(content);
        });
        DatePicker on = DateFields.picker("rules-told-on", i18n.t("common.date.prompt"), vm.toldOnProperty(),
                vm.toldOnUnreadableProperty());
        on.setMinWidth(150);
        on.setPrefWidth(150);
        HBox onRow = new HBox(8, label("rules.tell.on"), on);
        onRow.setAlignment(Pos.CENTER_LEFT);
        FlowPane hows = new FlowPane(8, 8);
        for (ToldHow how : ToldHow.values()) {
            Button b = new Button(i18n.t(how.messageKey()), new FontIcon(icon(how)));
            b.setId("rules-told-" + how.name());
            b.getStyleClass().add(Styles.ACCENT);
            b.disableProperty().bind(vm.busyProperty());
            b.setOnAction(e -> vm.markTold(how));
            hows.getChildren().add(b);
        }
        Button undo = new Button(i18n.t("rules.tell.undo"));
        undo.setId("rules-untold");
        undo.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        undo.setOnAction(e -> vm.markNotTold());
        undo.disableProperty().bind(vm.busyProperty());
        vm.selectedRowProperty().when(shown).subscribe(r -> {
            undo.setVisible(r != null && r.told());
            undo.setManaged(undo.isVisible());
        });
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox noticeHead = new HBox(8, label("rules.tell.notice"), gap, copy);
        noticeHead.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, who, status, noticeHead, notice, onRow,
                label("rules.tell.how"), hows, undo);
        card.setId("rules-tell");
        card.getStyleClass().addAll("winback-card", "winback-card-accent");
        card.setPadding(new Insets(14));
        card.setPrefWidth(340);
        card.setMinWidth(220);
        card.visibleProperty().bind(vm.selectedRowProperty().isNotNull());
        return card;
    }

    static String icon(ToldHow how) {
        return switch (how) {
            case CALL -> "fth-phone";
            case WHATSAPP -> "fth-message-circle";
            case LETTER -> "fth-mail";
            case COUNTER -> "fth-home";
        };
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    private final class ChangeCell extends ListCell<RuleChange> {
        private final Label name = new Label();
        private final Label when = new Label();
        private final Label told = new Label();
        private final VBox box = new VBox(4, name, when, told);

        ChangeCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            when.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            told.getStyleClass().add(Styles.TEXT_SMALL);
            box.getStyleClass().add("today-item");
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(RuleChange item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.title());
            when.setText(i18n.t("rules.cell.when", i18n.t(item.kind().messageKey()), DateFields.date(item.effectiveOn())));
            told.setText(i18n.t("rules.detail.told", item.told(), item.affected()));
            setGraphic(box);
        }
    }

    private final class RowCell extends ListCell<ToBeTold> {
        private final Label name = new Label();
        private final Label state = new Label();
        // The name above its state, so both read whole in a narrow window (960 px) too.
        private final VBox box = new VBox(2, name, state);

        RowCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            state.getStyleClass().add(Styles.TEXT_SMALL);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(ToBeTold item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            name.setText(item.customer().name());
            state.getStyleClass().removeAll(Styles.SUCCESS, Styles.WARNING);
            if (item.told()) {
                state.setText(i18n.t("rules.row.told", i18n.t(item.toldHow().messageKey()), DateFields.date(item.toldOn())));
                state.setGraphic(new FontIcon("fth-check"));
                state.getStyleClass().add(Styles.SUCCESS);
            } else {
                state.setText(i18n.t("rules.row.notTold"));
                state.setGraphic(null);
                state.getStyleClass().add(Styles.WARNING);
            }
            setGraphic(box);
        }
    }

    private final class NameCell extends ListCell<Customer> {
        @Override
        protected void updateItem(Customer item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : item.phone() == null ? item.name() : i18n.t("rules.form.chooserRow", item.name(), item.phone()));
        }
    }
}
