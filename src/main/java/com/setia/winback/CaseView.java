package com.setia.winback;

import com.setia.ui.CardStyles;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import com.setia.common.Message;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.DateFields;
import com.setia.incident.Incident;
import com.setia.letter.LetterComposer;

/**
 * One win-back case: the act-fast clock, the four steps as a ladder (done, the next one as a form, the rest
 * greyed), and closing it. A thin view over {@link CaseViewModel}; its form controls are made once and moved
 * into the current step, so what the owner typed survives every refresh.
 */
public final class CaseView {
    private final CaseViewModel vm;
    private final WinbackTexts texts;
    private final ZoneId zone;
    private final VBox root = new VBox(12);
    private final Label heading = new Label();
    private final Label started = new Label();
    private final Label clock = new Label();
    private final Label message;
    private final VBox steps = new VBox(8);
    private final VBox closeBox = new VBox(8);
    private final VBox closedBox = new VBox(6);
    private final Map<Step, Node> stepForms = new EnumMap<>(Step.class);
    private final Label stepErrors = new Label();
    private final Button stepDone = new Button();
    private final LetterComposer letters;
    private Button writeLetter;

    public CaseView(CaseViewModel vm, I18n i18n) {
        this(vm, i18n, null);
    }

    /** @param letters opens the apology letter from step 2; null leaves the button out */
    public CaseView(CaseViewModel vm, I18n i18n, LetterComposer letters) {
        this.vm = vm;
        this.letters = letters;
        this.texts = new WinbackTexts(i18n, vm.money());
        this.zone = vm.clock().getZone();
        this.message = Banner.of("case-message", vm.messageKeyProperty(), Banner.Tone.SUCCESS, texts::t);
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        CardStyles.apply(root);
        root.setId("case-view");
        root.getStyleClass().addAll("winback-card", "winback-card-accent");
        root.setPadding(new Insets(16));

        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setGraphic(new FontIcon("fth-heart"));
        heading.setWrapText(true);
        clock.setId("case-clock");
        clock.setGraphic(new FontIcon("fth-clock"));
        clock.getStyleClass().add("clock-badge");
        clock.setWrapText(true);
        clock.setMinHeight(Region.USE_PREF_SIZE);
        HBox header = new HBox(12, heading);
        header.setAlignment(Pos.CENTER_LEFT);
        started.getStyleClass().add(Styles.TEXT_MUTED);
        started.setWrapText(true);


        buildStepForms();
        buildCloseBox();
        closedBox.setId("case-closed");
        closedBox.getStyleClass().add("winback-muted-card");
        closedBox.setPadding(new Insets(12));

        root.getChildren().setAll(header, clock, started, message, steps, new Separator(), closeBox, closedBox);
        vm.detailProperty().addListener((o, a, b) -> refresh());
        vm.elapsedProperty().addListener((o, a, b) -> refreshClock());
        vm.levelProperty().addListener((o, a, b) -> refreshClock());
        refresh();

        // Recording a step rebuilds the ladder; keep the surrounding scroll where the owner was working.
        root.addEventFilter(javafx.event.ActionEvent.ACTION, e -> rememberScroll());
        vm.detailProperty().addListener((o, a, b) -> restoreScroll());

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        root.sceneProperty().addListener((o, old, scene) -> {
            if (scene != null) ticker.play();
            else ticker.stop();
        });
    }

    private javafx.scene.control.ScrollPane scrollPane;
    private double scrollOffset = -1;

    private void rememberScroll() {
        scrollPane = null;
        for (Node n = root.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane sp) {
                scrollPane = sp;
                break;
            }
        }
        scrollOffset = scrollPane == null ? -1 : scrollPane.getVvalue() * scrollExtra(scrollPane);
    }

    private void restoreScroll() {
        if (scrollPane == null || scrollOffset < 0) return;
        javafx.scene.control.ScrollPane sp = scrollPane;
        double offset = scrollOffset;
        scrollOffset = -1;
        Runnable apply = () -> {
            sp.layout();
            double extra = scrollExtra(sp);
            if (extra > 0) sp.setVvalue(Math.min(1, offset / extra));
        };
        javafx.application.Platform.runLater(() -> {
            apply.run();
            javafx.application.Platform.runLater(apply);
        });
    }

    private static double scrollExtra(javafx.scene.control.ScrollPane sp) {
        Node content = sp.getContent();
        return content == null ? 0 : Math.max(0, content.getLayoutBounds().getHeight() - sp.getViewportBounds().getHeight());
    }

    private void refresh() {
        CaseDetail d = vm.detailProperty().get();
        root.setVisible(d != null);
        root.setManaged(d != null);
        if (d == null) return;
        WinbackCase c = d.winbackCase();
        heading.setText(texts.t("winback.case.heading", c.customerName()));
        started.setText(startedText(d));
        refreshClock();
        refreshSteps(d);
        closeBox.setVisible(c.isOpen());
        closeBox.setManaged(c.isOpen());
        closedBox.setVisible(!c.isOpen());
        closedBox.setManaged(!c.isOpen());
        if (!c.isOpen()) refreshClosed(c);
    }

    private String startedText(CaseDetail d) {
        Incident i = d.incident();
        String when = DateFields.dateTime(d.winbackCase().startedAt(), zone);
        if (i == null) return texts.t("winback.case.startedNoIncident", when);
        return texts.t("winback.case.startedFromIncident", when, texts.t(i.channel().messageKey()), shorten(i.customerSaid(), 90));
    }

    private void refreshClock() {
        CaseDetail d = vm.detailProperty().get();
        if (d == null) return;
        WinbackCase c = d.winbackCase();
        String elapsed = texts.duration(vm.elapsedProperty().get());
        clock.getStyleClass().removeIf(s -> s.startsWith("clock-") && !s.equals("clock-badge"));
        clock.getStyleClass().add("clock-" + vm.levelProperty().get().name());
        if (c.firstActionAt() != null) {
            clock.setText(texts.t("winback.clock.firstAction", elapsed, DateFields.dateTime(c.firstActionAt(), zone)));
        } else if (c.isOpen()) {
            clock.setText(texts.t("winback.clock.waiting." + vm.levelProperty().get().name(), elapsed));
        } else {
            clock.setText(texts.t("winback.clock.noAction"));
        }
    }

    private void refreshSteps(CaseDetail d) {
        steps.getChildren().clear();
        Step next = d.winbackCase().isOpen() ? d.nextStep().orElse(null) : null;
        for (Step s : Step.values()) {
            StepRecord done = d.step(s).orElse(null);
            steps.getChildren().add(stepNode(s, done, s == next, d.winbackCase().skippedSteps().contains(s)));
        }
    }

    private Node stepNode(Step step, StepRecord done, boolean current, boolean skipped) {
        Label number = new Label(done != null ? "" : Integer.toString(step.number()));
        number.getStyleClass().add("step-number");
        if (done != null) number.setGraphic(new FontIcon("fth-check"));
        Label title = new Label(texts.t(step.messageKey()));
        title.getStyleClass().add("step-title");
        title.setWrapText(true);
        Label hint = new Label(texts.t(step.hintKey()));
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        hint.setWrapText(true);
        VBox body = new VBox(4, title);
        if (done == null) body.getChildren().add(hint);
        if (done != null) {
            body.getChildren().add(doneDetails(done));
        } else if (current) {
            body.getChildren().add(stepForms.get(step));
        } else if (skipped) {
            Label s = new Label(texts.t("winback.step.skipped"));
            s.getStyleClass().add(Styles.WARNING);
            body.getChildren().add(s);
        }
        HBox.setHgrow(body, Priority.ALWAYS);
        HBox box = new HBox(12, number, body);
        box.setId("step-" + step.name());
        box.getStyleClass().add("step-box");
        box.getStyleClass().add(done != null ? "step-done" : current ? "step-current" : "step-later");
        return box;
    }

    private Node doneDetails(StepRecord r) {
        VBox box = new VBox(2);
        Label when = new Label(texts.t("winback.step.doneAt", DateFields.dateTime(r.doneAt(), zone)));
        when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
        box.getChildren().add(when);
        if (r.step() == Step.APOLOGISE) {
            String how = r.phoned() && r.letterSent() ? "winback.apology.both" : r.phoned() ? "winback.apology.phoned" : "winback.apology.letter";
            box.getChildren().add(wrapped(texts.t(how)));
        }
        if (r.whatWentWrong() != null) box.getChildren().add(wrapped(texts.t("winback.explain.shown", r.whatWentWrong())));
        if (r.offer() != null) {
            box.getChildren().add(wrapped(r.offerValue() == null ? texts.t("winback.offer.shown", r.offer())
                    : texts.t("winback.offer.shownWithValue", r.offer(), texts.money(r.offerValue()))));
        }
        if (r.notes() != null) box.getChildren().add(wrapped(r.notes()));
        return box;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        return l;
    }

    private void buildStepForms() {
        stepErrors.setId("step-errors");
        stepErrors.getStyleClass().add("field-error");
        stepErrors.setWrapText(true);
        stepErrors.managedProperty().bind(stepErrors.visibleProperty());
        stepErrors.visibleProperty().bind(Bindings.isNotEmpty(vm.stepErrors()));
        vm.stepErrors().addListener((ListChangeListener<Message>) c -> stepErrors.setText(texts.messages(vm.stepErrors())));

        stepDone.setId("step-done");
        stepDone.setGraphic(new FontIcon("fth-check-circle"));
        stepDone.getStyleClass().add(Styles.ACCENT);
        stepDone.disableProperty().bind(vm.busyProperty());
        stepDone.setOnAction(e -> vm.recordStep());

        TextArea notes = new TextArea();
        notes.setId("step-notes");
        notes.setWrapText(true);
        notes.setPrefRowCount(2);
        notes.textProperty().bindBidirectional(vm.stepNotesProperty());

        CheckBox phoned = new CheckBox(texts.t("winback.apology.phonedBox"));
        phoned.setId("step-phoned");
        phoned.selectedProperty().bindBidirectional(vm.phonedProperty());
        CheckBox letter = new CheckBox(texts.t("winback.apology.letterBox"));
        letter.setId("step-letter");
        letter.selectedProperty().bindBidirectional(vm.letterSentProperty());

        TextArea wrong = new TextArea();
        wrong.setId("step-what-went-wrong");
        wrong.setWrapText(true);
        wrong.setPrefRowCount(2);
        wrong.setPromptText(texts.t("winback.explain.prompt"));
        wrong.textProperty().bindBidirectional(vm.whatWentWrongProperty());

        TextField offer = new TextField();
        offer.setId("step-offer");
        offer.setPromptText(texts.t("winback.offer.prompt"));
        offer.textProperty().bindBidirectional(vm.offerProperty());
        HBox.setHgrow(offer, Priority.ALWAYS);
        TextField value = new TextField();
        value.setId("step-offer-value");
        value.setPrefColumnCount(8);
        value.setPromptText(texts.t("winback.offer.valuePrompt"));
        value.textProperty().bindBidirectional(vm.offerValueProperty());

        writeLetter = new Button(texts.t("winback.apology.writeLetter"), new FontIcon("fth-edit-3"));
        writeLetter.setId("step-write-letter");
        writeLetter.getStyleClass().add(Styles.BUTTON_OUTLINED);
        writeLetter.setOnAction(e -> vm.prepareLetter(facts ->
                letters.open(root.getScene().getWindow(), facts, stored -> vm.letterStored())));

        // One holder per step; the shared notes, errors and button move into whichever is current.
        for (Step s : Step.values()) {
            VBox form = new VBox(6);
            form.setPadding(new Insets(6, 0, 0, 0));
            stepForms.put(s, form);
        }
        vm.detailProperty().addListener((o, a, d) -> placeSharedControls(notes, phoned, letter, wrong, offer, value));
        placeSharedControls(notes, phoned, letter, wrong, offer, value);
    }

    private void placeSharedControls(TextArea notes, CheckBox phoned, CheckBox letter, TextArea wrong, TextField offer, TextField value) {
        CaseDetail d = vm.detailProperty().get();
        Step next = d == null ? null : d.nextStep().orElse(null);
        // Moving the focused button out of the scene would send the focus (and the scroll) elsewhere: keep it here.
        boolean hadFocus = java.util.stream.Stream.of(stepDone, notes, phoned, letter, wrong, offer, value).anyMatch(Node::isFocused);
        stepForms.values().forEach(f -> ((VBox) f).getChildren().clear());
        if (next == null) return;
        VBox form = (VBox) stepForms.get(next);
        Node first = switch (next) {
            case ACT_FAST -> notes;
            case APOLOGISE -> phoned;
            case EXPLAIN -> wrong;
            case OLIVE_BRANCH -> offer;
        };
        if (hadFocus) javafx.application.Platform.runLater(first::requestFocus);
        switch (next) {
            case ACT_FAST -> {
                notes.setPromptText(texts.t("winback.actFast.prompt"));
                form.getChildren().add(label("winback.field.whatYouDid"));
                form.getChildren().add(notes);
            }
            case APOLOGISE -> {
                notes.setPromptText(texts.t("winback.apology.prompt"));
                javafx.scene.layout.FlowPane how = new javafx.scene.layout.FlowPane(16, 6, phoned, letter);
                if (letters != null) how.getChildren().add(writeLetter);
                how.setAlignment(Pos.CENTER_LEFT);
                form.getChildren().addAll(how, label("winback.field.notes"), notes);
            }
            case EXPLAIN -> {
                notes.setPromptText(texts.t("winback.notes.prompt"));
                form.getChildren().addAll(label("winback.field.whatWentWrong"), wrong, label("winback.field.notes"), notes);
            }
            case OLIVE_BRANCH -> {
                notes.setPromptText(texts.t("winback.notes.prompt"));
                HBox offerRow = new HBox(8, offer, value);
                offerRow.setAlignment(Pos.CENTER_LEFT);
                form.getChildren().addAll(label("winback.field.offer"), offerRow, label("winback.field.notes"), notes);
            }
        }
        stepDone.setText(texts.t("winback.step.markDone", next.number()));
        HBox buttons = new HBox(stepDone);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        form.getChildren().addAll(stepErrors, buttons);
    }

    private Label label(String key) {
        Label l = new Label(texts.t(key));
        l.getStyleClass().add("form-label");
        return l;
    }

    private void buildCloseBox() {
        closeBox.setId("case-close");
        Label title = new Label(texts.t("winback.close.title"));
        title.getStyleClass().add("section-subtitle");
        Label intro = new Label(texts.t("winback.close.intro"));
        intro.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        intro.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        javafx.scene.layout.FlowPane outcomes = new javafx.scene.layout.FlowPane(18, 8);
        for (Outcome o : Outcome.values()) {
            RadioButton r = new RadioButton(texts.t(o.messageKey()));
            r.setId("close-outcome-" + o.name());
            r.setToggleGroup(group);
            r.setUserData(o);
            r.setMinWidth(Region.USE_PREF_SIZE);
            outcomes.getChildren().add(r);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> vm.outcomeProperty().set(now == null ? null : (Outcome) now.getUserData()));
        vm.outcomeProperty().addListener((obs, old, now) -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));

        DatePicker followUp = DateFields.picker("close-follow-up", texts.t("common.date.prompt"), vm.followUpOnProperty(), vm.followUpUnreadableProperty());
        HBox followUpRow = new HBox(8, label("winback.close.followUpOn"), followUp);
        followUpRow.setAlignment(Pos.CENTER_LEFT);
        followUpRow.visibleProperty().bind(vm.outcomeProperty().isEqualTo(Outcome.KEEP_IN_TOUCH));
        followUpRow.managedProperty().bind(followUpRow.visibleProperty());

        TextField reason = new TextField();
        reason.setId("close-let-go-reason");
        reason.setPromptText(texts.t("winback.close.letGoPrompt"));
        reason.textProperty().bindBidirectional(vm.letGoReasonProperty());
        VBox reasonRow = new VBox(4, label("winback.close.letGoReason"), reason);
        reasonRow.visibleProperty().bind(vm.outcomeProperty().isEqualTo(Outcome.LET_GO));
        reasonRow.managedProperty().bind(reasonRow.visibleProperty());

        TextField note = new TextField();
        note.setId("close-note");
        note.setPromptText(texts.t("winback.close.notePrompt"));
        note.textProperty().bindBidirectional(vm.closeNoteProperty());

        Label errors = new Label();
        errors.setId("close-errors");
        errors.getStyleClass().add("field-error");
        errors.setWrapText(true);
        errors.managedProperty().bind(errors.visibleProperty());
        errors.visibleProperty().bind(Bindings.isNotEmpty(vm.closeErrors()));
        vm.closeErrors().addListener((ListChangeListener<Message>) c -> errors.setText(texts.messages(vm.closeErrors())));

        Label question = new Label();
        question.setWrapText(true);
        question.setId("close-skip-question");
        vm.skipQuestion().addListener((ListChangeListener<Step>) c ->
                question.setText(texts.t("winback.close.confirmSkipped", texts.steps(vm.skipQuestion()))));
        Button anyway = new Button(texts.t("winback.close.anyway"));
        anyway.setId("close-anyway");
        anyway.getStyleClass().add(Styles.DANGER);
        anyway.setOnAction(e -> vm.confirmClose());
        Button back = new Button(texts.t("winback.close.goBack"));
        back.setId("close-go-back");
        back.setOnAction(e -> vm.cancelClose());
        HBox qButtons = new HBox(8, anyway, back);
        VBox questionBox = new VBox(8, question, qButtons);
        questionBox.getStyleClass().addAll("banner", "banner-warning");
        questionBox.visibleProperty().bind(Bindings.isNotEmpty(vm.skipQuestion()));
        questionBox.managedProperty().bind(questionBox.visibleProperty());

        Button close = new Button(texts.t("winback.close.button"), new FontIcon("fth-flag"));
        close.setId("close-case");
        close.disableProperty().bind(vm.busyProperty().or(Bindings.isNotEmpty(vm.skipQuestion())));
        close.setOnAction(e -> vm.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        closeBox.getChildren().setAll(title, intro, outcomes, followUpRow, reasonRow, label("winback.close.note"), note, errors,
                questionBox, buttons);
    }

    private void refreshClosed(WinbackCase c) {
        closedBox.getChildren().clear();
        Label title = new Label(texts.t("winback.closed.heading", texts.t(c.outcome().messageKey()),
                DateFields.dateTime(c.closedAt(), zone)), new FontIcon("fth-flag"));
        title.setId("case-outcome");
        title.getStyleClass().add(Styles.TEXT_BOLD);
        closedBox.getChildren().add(title);
        if (c.followUpOn() != null) closedBox.getChildren().add(wrapped(texts.t("winback.closed.followUp", DateFields.date(c.followUpOn()))));
        if (c.letGoReason() != null) closedBox.getChildren().add(wrapped(texts.t("winback.closed.letGoReason", c.letGoReason())));
        if (!c.skippedSteps().isEmpty()) closedBox.getChildren().add(wrapped(texts.t("winback.closed.skipped", texts.steps(c.skippedSteps()))));
        if (c.closingNote() != null) closedBox.getChildren().add(wrapped(c.closingNote()));
    }

    static String shorten(String s, int max) {
        if (s == null) return "";
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
    }
}
