package com.setia.winback;

import java.time.Clock;
import java.time.ZoneId;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import com.setia.customer.PhoneNumbers;
import com.setia.i18n.I18n;
import com.setia.incident.Incident;
import com.setia.letter.LetterComposer;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.ui.Cells;
import com.setia.ui.DateFields;
import com.setia.ui.FieldErrors;
import com.setia.ui.Notices;
import com.setia.ui.ViewScope;

/**
 * The today list on the left (who, their phone number, what is waiting); on the right the chosen incident (open a
 * case, or no case needed), late case, or follow-up.
 */
public final class TodayView {
    private final TodayViewModel vm;
    private final WinbackTexts texts;
    private final ZoneId zone;
    private final VBox root = new VBox(12);
    private final Node caseView;
    private final WhatsAppStep whatsApp;

    private final java.util.List<com.setia.ui.TodayPart> parts;
    private final java.util.List<Node> extras;

    public TodayView(TodayViewModel vm, I18n i18n, Clock clock, LetterComposer letters) {
        this(vm, i18n, clock, letters, java.util.List.of(), java.util.List.of());
    }

    /**
     * @param parts other features' lists, shown as tabs after the win-back items (going quiet, keep in touch)
     * @param extras other features' reminders, shown above the win-back list (rule changes, introductions)
     */
    public TodayView(TodayViewModel vm, I18n i18n, Clock clock, LetterComposer letters,
            java.util.List<com.setia.ui.TodayPart> parts, java.util.List<Node> extras) {
        this(vm, i18n, clock, letters, parts, extras, null);
    }

    /** @param whatsApp "send on WhatsApp" on a follow-up and on the apology step; null leaves the buttons out */
    public TodayView(TodayViewModel vm, I18n i18n, Clock clock, LetterComposer letters,
            java.util.List<com.setia.ui.TodayPart> parts, java.util.List<Node> extras, WhatsAppStep whatsApp) {
        this.whatsApp = whatsApp;
        this.extras = java.util.List.copyOf(extras);
        this.vm = vm;
        this.parts = parts;
        this.texts = new WinbackTexts(i18n, vm.caseViewModel().money());
        this.zone = clock.getZone();
        this.caseView = new CaseView(vm.caseViewModel(), i18n, letters, whatsApp).root();
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        CardStyles.apply(root);
        root.setId("today-view");
        root.setPadding(new Insets(16, 20, 16, 20));
        Label title = new Label(texts.t("today.title"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Label count = new Label();
        count.setId("today-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> texts.t("today.count", vm.items().size()), vm.items()));
        HBox header = new HBox(12, title, count);
        header.setAlignment(Pos.BASELINE_LEFT);
        Label intro = new Label(texts.t("today.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        Label error = Banner.of("today-error", vm.errorKeyProperty(), Banner.Tone.ERROR, texts::t);
        Notices.follow(root, vm.messageKeyProperty(), texts::t);

        ListView<TodayItem> list = new ListView<>(vm.items());
        list.setId("today-list");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(Cells.list(ItemContent::new));
        list.setMinWidth(260);
        Label placeholder = new Label(texts.t("today.empty"), new FontIcon("fth-sun"));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(20));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) vm.select(now);
        });
        ViewScope.of(list).subscribe(vm.selectedProperty(), now -> {
            if (now == null) list.getSelectionModel().clearSelection();
            else if (!now.sameAs(list.getSelectionModel().getSelectedItem())) {
                vm.items().stream().filter(now::sameAs).findFirst().ifPresent(list.getSelectionModel()::select);
            }
        });

        Label emptyDetail = new Label(texts.t("today.detail.empty"));
        emptyDetail.getStyleClass().add("empty-state");
        emptyDetail.setWrapText(true);
        Node followUpForm = followUpForm();
        Node incidentCard = incidentCard();
        followUpForm.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> vm.selectedProperty().get() != null && vm.selectedProperty().get().kind() == TodayItem.Kind.FOLLOW_UP,
                vm.selectedProperty()));
        followUpForm.managedProperty().bind(followUpForm.visibleProperty());
        VBox detailBox = new VBox(12, incidentCard, followUpForm, caseView);
        detailBox.setPadding(new Insets(0, 0, 0, 12));
        ScrollPane detailScroll = new ScrollPane(detailBox);
        detailScroll.setFitToWidth(true);
        StackPane detail = new StackPane(emptyDetail, detailScroll);
        detail.setMinWidth(360);
        detailScroll.visibleProperty().bind(vm.selectedProperty().isNotNull());
        emptyDetail.visibleProperty().bind(vm.selectedProperty().isNull());

        SplitPane split = new SplitPane(list, detail);
        split.setDividerPositions(0.36);
        VBox.setVgrow(split, Priority.ALWAYS);
        if (parts.isEmpty()) {
            root.getChildren().setAll(header, intro, error);
            root.getChildren().addAll(extras);
            root.getChildren().add(split);
        } else {
            // Other features' lists (going quiet, keep in touch) as tabs after the win-back items.
            intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps inside the tab instead of "..."
            VBox cases = new VBox(12, intro, error);
            cases.getChildren().addAll(extras);
            cases.getChildren().add(split);
            cases.setMinWidth(0);
            cases.setPadding(new Insets(12, 0, 0, 0));
            VBox.setVgrow(split, Priority.ALWAYS);
            javafx.scene.control.TabPane tabs = new javafx.scene.control.TabPane();
            tabs.setId("today-tabs");
            tabs.setTabClosingPolicy(javafx.scene.control.TabPane.TabClosingPolicy.UNAVAILABLE);
            javafx.scene.control.Tab first = new javafx.scene.control.Tab(null, cases);
            first.setId("today-tab-cases");
            first.textProperty().bind(Bindings.createStringBinding(
                    () -> texts.t("today.tab.cases", vm.items().size()), vm.items()));
            tabs.getTabs().add(first);
            for (com.setia.ui.TodayPart part : parts) {
                javafx.scene.control.Tab tab = new javafx.scene.control.Tab(null, part.createView());
                tab.setId("today-tab-" + part.id());
                tab.textProperty().bind(Bindings.createStringBinding(() -> texts.t(part.titleKey(), part.count().get()),
                        part.count()));
                tabs.getTabs().add(tab);
            }
            VBox.setVgrow(tabs, Priority.ALWAYS);
            root.getChildren().setAll(header, tabs);
        }

        // Cases cross their thresholds while the window is open: look again every two minutes while shown.
        Timeline refresh = new Timeline(new KeyFrame(Duration.minutes(2), e -> vm.load()));
        refresh.setCycleCount(Animation.INDEFINITE);
        ViewScope.of(root).onAttached(on -> {
            if (on) refresh.play();
            else refresh.stop();
        });
    }

    /** An incident with no case yet: what the customer said, then "open a case" or "no case needed". */
    private Node incidentCard() {
        Label title = new Label(texts.t("today.incident.title"), new FontIcon("fth-alert-circle"));
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Label when = new Label();
        when.getStyleClass().add(Styles.TEXT_MUTED);
        when.setWrapText(true);
        Label said = new Label();
        said.setId("today-incident-said");
        said.setWrapText(true);
        Label wants = new Label();
        wants.setWrapText(true);
        wants.managedProperty().bind(wants.visibleProperty());
        Label intro = new Label(texts.t("today.incident.intro"));
        intro.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        intro.setWrapText(true);
        Button open = new Button(texts.t("today.incident.openCase"), new FontIcon("fth-heart"));
        open.setId("today-open-case");
        open.getStyleClass().add(Styles.ACCENT);
        open.setMinWidth(Region.USE_PREF_SIZE);
        open.disableProperty().bind(vm.busyProperty());
        open.setOnAction(e -> vm.openCase());
        Button aside = new Button(texts.t("today.incident.setAside"), new FontIcon("fth-x-circle"));
        aside.setId("today-set-aside");
        aside.getStyleClass().add(Styles.BUTTON_OUTLINED);
        aside.setMinWidth(Region.USE_PREF_SIZE);
        aside.disableProperty().bind(vm.busyProperty());
        aside.setOnAction(e -> vm.setIncidentAside());
        FlowPane buttons = new FlowPane(8, 8, open, aside);
        VBox box = new VBox(8, title, when, said, wants, intro, buttons);
        box.setId("today-incident");
        box.getStyleClass().addAll("winback-card", "winback-card-accent");
        box.setPadding(new Insets(16));
        box.visibleProperty().bind(vm.incidentProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        ViewScope.of(box).subscribe(vm.incidentProperty(), (Incident i) -> {
            if (i == null) return;
            when.setText(texts.t("today.incident.when", DateFields.dateTime(i.occurredAt(), zone),
                    texts.t(i.channel().messageKey()), texts.t(i.severity().messageKey())));
            said.setText(texts.t("winback.timeline.said", i.customerSaid()));
            wants.setVisible(i.customerWants() != null);
            wants.setText(i.customerWants() == null ? "" : texts.t("winback.timeline.wants", i.customerWants()));
        });
        return box;
    }

    private Node followUpForm() {
        Label title = new Label(texts.t("today.followUp.title"), new FontIcon("fth-phone-call"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(texts.t("today.followUp.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        TextArea note = new TextArea();
        note.setId("today-follow-up-note");
        note.setPrefRowCount(2);
        note.setWrapText(true);
        note.setPromptText(texts.t("today.followUp.notePrompt"));
        note.textProperty().bindBidirectional(vm.followUpNoteProperty());
        CheckBox back = new CheckBox(texts.t("today.followUp.wonBack"));
        back.setId("today-follow-up-won-back");
        back.setWrapText(true);
        back.selectedProperty().bindBidirectional(vm.wonBackProperty());
        DatePicker next = DateFields.picker("today-follow-up-next", texts.t("common.date.prompt"), vm.nextFollowUpProperty(), vm.nextFollowUpUnreadableProperty());
        Label nextLabel = new Label(texts.t("today.followUp.next"));
        nextLabel.getStyleClass().add("form-label");
        Label nextHint = new Label(texts.t("today.followUp.nextHint"));
        nextHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        nextHint.setWrapText(true);
        next.setMinWidth(160);
        FlowPane nextFields = new FlowPane(8, 4, next, nextHint);
        nextFields.setAlignment(Pos.CENTER_LEFT);
        VBox nextRow = new VBox(4, nextLabel, nextFields);
        nextRow.disableProperty().bind(vm.wonBackProperty());
        Label errors = FieldErrors.forList("today-follow-up-errors", vm.followUpErrors(), texts::messages);
        Button save = new Button(texts.t("today.followUp.save"), new FontIcon("fth-check"));
        save.setId("today-follow-up-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.recordFollowUp());
        HBox buttons = new HBox(8, save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        if (whatsApp != null) {
            // The keep-in-touch greeting in the customer's language; offline, number and text go to the clipboard.
            Button send = new Button(texts.t("today.followUp.whatsApp"), new FontIcon("fth-message-circle"));
            send.setId("today-follow-up-whatsapp");
            send.getStyleClass().add(Styles.SUCCESS);
            send.setMinWidth(Region.USE_PREF_SIZE);
            send.disableProperty().bind(vm.busyProperty());
            send.setOnAction(e -> {
                TodayItem item = vm.selectedProperty().get();
                if (item == null) return;
                whatsApp.send(item.customerId(), WhatsAppStep.Text.FOLLOW_UP,
                        key -> Notices.show(root, texts.t(key, item.customerName())));
            });
            buttons.getChildren().add(0, send);
        }
        VBox box = new VBox(8, title, intro, note, back, nextRow, errors, buttons);
        box.setId("today-follow-up");
        box.getStyleClass().addAll("winback-card", "winback-card-accent");
        box.setPadding(new Insets(16));
        return box;
    }

    /** A line of the list: the customer's name, the number to call, and what is waiting, as a coloured badge. */
    private final class ItemContent implements Cells.Content<TodayItem> {
        private final Label name = new Label();
        private final Label phone = new Label();
        private final Label what = CardStyles.badge("", "fth-clock", "GREEN");
        private final FontIcon clockIcon = new FontIcon("fth-clock");
        private final FontIcon phoneIcon = new FontIcon("fth-phone-call");
        private final FontIcon incidentIcon = new FontIcon("fth-alert-circle");
        private final VBox box = new VBox(4, name, phone, what);
        private String tone;

        ItemContent() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            phone.setGraphic(new FontIcon("fth-phone"));
            phone.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED, "today-phone");
            phone.managedProperty().bind(phone.visibleProperty());
            box.getStyleClass().add("today-item");
            box.setPadding(new Insets(2, 0, 2, 0));
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public void show(TodayItem item) {
            name.setText(item.customerName());
            phone.setVisible(item.customerPhone() != null);
            phone.setText(item.customerPhone() == null ? "" : PhoneNumbers.display(item.customerPhone()));
            String newTone;
            switch (item.kind()) {
                case INCIDENT -> {
                    what.setText(texts.t("today.item.incident", texts.duration(item.elapsed())));
                    what.setGraphic(incidentIcon);
                    newTone = item.level().name();
                }
                case ACT_FAST -> {
                    what.setText(texts.t("today.item.actFast", texts.duration(item.elapsed())));
                    what.setGraphic(clockIcon);
                    newTone = item.level().name();
                }
                default -> {
                    what.setText(texts.t("today.item.followUp", DateFields.date(item.followUpOn())));
                    what.setGraphic(phoneIcon);
                    newTone = "DONE";
                }
            }
            if (!newTone.equals(tone)) {
                what.getStyleClass().removeIf(s -> s.startsWith("clock-") && !s.equals("clock-badge"));
                what.getStyleClass().add("clock-" + newTone);
                tone = newTone;
            }
        }
    }
}
