package com.setia.winback;

import com.setia.ui.CardStyles;
import java.time.Clock;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import com.setia.common.Message;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.DateFields;
import com.setia.letter.LetterComposer;

/** The today list on the left, the chosen case or follow-up on the right. */
public final class TodayView {
    private final TodayViewModel vm;
    private final WinbackTexts texts;
    private final VBox root = new VBox(12);
    private final StackPane detail = new StackPane();
    private final Node caseView;
    private final Node followUpForm;
    private final Label emptyDetail = new Label();

    private final java.util.List<Node> extras;

    public TodayView(TodayViewModel vm, I18n i18n, Clock clock, LetterComposer letters) {
        this(vm, i18n, clock, letters, java.util.List.of());
    }

    /** {@code extras}: other features' parts of Today, shown above the list. */
    public TodayView(TodayViewModel vm, I18n i18n, Clock clock, LetterComposer letters, java.util.List<Node> extras) {
        this.extras = java.util.List.copyOf(extras);
        this.vm = vm;
        this.texts = new WinbackTexts(i18n);
        this.caseView = new CaseView(vm.caseViewModel(), i18n, letters).root();
        this.followUpForm = followUpForm();
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
        Label count = new Label();
        count.setId("today-count");
        count.getStyleClass().add(Styles.TEXT_MUTED);
        count.textProperty().bind(Bindings.createStringBinding(() -> texts.t("today.count", vm.items().size()), vm.items()));
        HBox header = new HBox(12, title, count);
        header.setAlignment(Pos.BASELINE_LEFT);
        Label intro = new Label(texts.t("today.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);

        Label message = Banner.of(null, vm.messageKeyProperty(), Banner.Tone.SUCCESS, texts::t);
        Label error = Banner.of(null, vm.errorKeyProperty(), Banner.Tone.ERROR, texts::t);

        ListView<TodayItem> list = new ListView<>(vm.items());
        list.setId("today-list");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(lv -> new ItemCell());
        list.setMinWidth(320);
        Label placeholder = new Label(texts.t("today.empty"), new FontIcon("fth-sun"));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(20));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) vm.select(now);
        });
        vm.selectedProperty().addListener((o, a, now) -> {
            if (now == null) list.getSelectionModel().clearSelection();
            showDetail();
        });

        emptyDetail.setText(texts.t("today.detail.empty"));
        emptyDetail.getStyleClass().add("empty-state");
        emptyDetail.setWrapText(true);
        VBox detailBox = new VBox(12, followUpForm, caseView);
        detailBox.setPadding(new Insets(0, 0, 0, 12));
        ScrollPane detailScroll = new ScrollPane(detailBox);
        detailScroll.setFitToWidth(true);
        detail.getChildren().setAll(emptyDetail, detailScroll);
        detailScroll.visibleProperty().bind(vm.selectedProperty().isNotNull());
        emptyDetail.visibleProperty().bind(vm.selectedProperty().isNull());
        showDetail();

        SplitPane split = new SplitPane(list, detail);
        split.setDividerPositions(0.38);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.getChildren().setAll(header, intro, message, error);
        root.getChildren().addAll(extras);
        root.getChildren().add(split);

        // Cases cross their thresholds while the window is open: look again every two minutes while shown.
        javafx.animation.Timeline refresh = new javafx.animation.Timeline(
                new javafx.animation.KeyFrame(javafx.util.Duration.minutes(2), e -> vm.load()));
        refresh.setCycleCount(javafx.animation.Animation.INDEFINITE);
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) refresh.play();
            else refresh.stop();
        });
    }

    private void showDetail() {
        TodayItem item = vm.selectedProperty().get();
        boolean followUp = item != null && item.kind() == TodayItem.Kind.FOLLOW_UP;
        followUpForm.setVisible(followUp);
        followUpForm.setManaged(followUp);
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
        back.selectedProperty().bindBidirectional(vm.wonBackProperty());
        DatePicker next = DateFields.picker("today-follow-up-next", texts.t("common.date.prompt"), vm.nextFollowUpProperty(), vm.nextFollowUpUnreadableProperty());
        Label nextLabel = new Label(texts.t("today.followUp.next"));
        nextLabel.getStyleClass().add("form-label");
        Label nextHint = new Label(texts.t("today.followUp.nextHint"));
        nextHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        nextHint.setWrapText(true);
        next.setMinWidth(160);
        HBox nextFields = new HBox(8, next, nextHint);
        nextFields.setAlignment(Pos.CENTER_LEFT);
        VBox nextRow = new VBox(4, nextLabel, nextFields);
        nextRow.disableProperty().bind(vm.wonBackProperty());
        Label errors = new Label();
        errors.getStyleClass().add("field-error");
        errors.setWrapText(true);
        errors.managedProperty().bind(errors.visibleProperty());
        errors.visibleProperty().bind(Bindings.isNotEmpty(vm.followUpErrors()));
        vm.followUpErrors().addListener((ListChangeListener<Message>) c -> errors.setText(texts.messages(vm.followUpErrors())));
        Button save = new Button(texts.t("today.followUp.save"), new FontIcon("fth-check"));
        save.setId("today-follow-up-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.recordFollowUp());
        HBox buttons = new HBox(save);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox box = new VBox(8, title, intro, note, back, nextRow, errors, buttons);
        box.setId("today-follow-up");
        box.getStyleClass().addAll("winback-card", "winback-card-accent");
        box.setPadding(new Insets(16));
        return box;
    }

    private final class ItemCell extends ListCell<TodayItem> {
        @Override
        protected void updateItem(TodayItem item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setPrefWidth(0); // fit the list's width: no sideways scrolling
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(item.customerName());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label what = item.kind() == TodayItem.Kind.ACT_FAST
                    ? CardStyles.badge(texts.t("today.item.actFast", texts.duration(item.elapsed())), "fth-clock",
                            item.level().name())
                    : CardStyles.badge(texts.t("today.item.followUp", DateFields.date(item.followUpOn())),
                            "fth-phone-call", "DONE");
            VBox box = new VBox(6, name, what);
            box.getStyleClass().add("today-item");
            setGraphic(box);
        }
    }
}
