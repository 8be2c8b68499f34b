package com.setia.winback;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
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
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import com.setia.i18n.I18n;
import com.setia.incident.Incident;
import com.setia.letter.LetterComposer;
import com.setia.ui.CardStyles;
import com.setia.ui.DateFields;
import com.setia.ui.FieldErrors;
import com.setia.ui.Notices;
import com.setia.ui.ViewScope;

/**
 * One win-back case: who (with the phone number to call), the act-fast clock, the four steps as a ladder (done, the
 * next one as a form, the rest greyed), and closing it. A thin view over {@link CaseViewModel}. Every node is made
 * once: a change of the case updates texts, styles and visibility in place, and the one step form moves only when
 * the next step changes, so what the owner typed, the focus and the scroll position stay where they were.
 */
public final class CaseView {
    private final CaseViewModel vm;
    private final WinbackTexts texts;
    private final ZoneId zone;
    private final LetterComposer letters;
    private final WhatsAppStep whatsApp;
    private final VBox root = new VBox(12);
    private final Label heading = new Label();
    private final Label phone = new Label();
    private final Label started = new Label();
    private final Label clock = new Label();
    private final Map<Step, StepRow> rows = new EnumMap<>(Step.class);
    private StepForm form;
    private final VBox closeBox = new VBox(8);
    private final ClosedBox closedBox = new ClosedBox();
    private Step formAt;

    public CaseView(CaseViewModel vm, I18n i18n) {
        this(vm, i18n, null);
    }

    /** @param letters opens the apology letter from step 2; null leaves the button out */
    public CaseView(CaseViewModel vm, I18n i18n, LetterComposer letters) {
        this(vm, i18n, letters, null);
    }

    /** @param whatsApp sends the apology of step 2 on WhatsApp; null leaves the button out */
    public CaseView(CaseViewModel vm, I18n i18n, LetterComposer letters, WhatsAppStep whatsApp) {
        this.whatsApp = whatsApp;
        this.vm = vm;
        this.letters = letters;
        this.texts = new WinbackTexts(i18n, vm.money());
        this.zone = vm.clock().getZone();
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

        heading.setId("case-heading");
        heading.getStyleClass().add(Styles.TITLE_4);
        heading.setGraphic(new FontIcon("fth-heart"));
        heading.setWrapText(true);
        phone.setId("case-phone");
        phone.setGraphic(new FontIcon("fth-phone"));
        phone.getStyleClass().add("case-phone");
        phone.managedProperty().bind(phone.visibleProperty());
        phone.textProperty().bind(Bindings.createStringBinding(
                () -> vm.customerPhoneProperty().get() == null ? "" : vm.customerPhoneProperty().get(), vm.customerPhoneProperty()));
        phone.visibleProperty().bind(vm.customerPhoneProperty().isNotNull());
        heading.setMinWidth(0); // wraps in a narrow window instead of widening the card
        phone.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox header = new HBox(16, heading, phone);
        header.setAlignment(Pos.CENTER_LEFT);
        clock.setId("case-clock");
        clock.setGraphic(new FontIcon("fth-clock"));
        clock.getStyleClass().add("clock-badge");
        clock.setWrapText(true);
        clock.setMinHeight(Region.USE_PREF_SIZE);
        started.getStyleClass().add(Styles.TEXT_MUTED);
        started.setWrapText(true);

        form = new StepForm();
        VBox ladder = new VBox(8);
        ladder.setId("case-steps");
        for (Step s : Step.values()) {
            StepRow row = new StepRow(s);
            rows.put(s, row);
            ladder.getChildren().add(row.box);
        }
        buildCloseBox();
        Separator line = new Separator();
        line.visibleProperty().bind(closeBox.visibleProperty());
        line.managedProperty().bind(closeBox.visibleProperty());

        Label errors = FieldErrors.line("case-error");
        ViewScope.of(errors).subscribe(vm.errorKeyProperty(), k -> FieldErrors.show(errors, k == null ? null : texts.t(k)));
        root.getChildren().setAll(header, clock, started, errors, ladder, line, closeBox, closedBox.box);
        Notices.follow(root, vm.messageKeyProperty(), texts::t);

        ViewScope scope = ViewScope.of(root);
        scope.subscribe(vm.detailProperty(), this::show);
        scope.onChange(this::showClock, vm.elapsedProperty(), vm.levelProperty());

        Timeline ticker = new Timeline(new KeyFrame(Duration.seconds(30), e -> vm.tick()));
        ticker.setCycleCount(Timeline.INDEFINITE);
        scope.onAttached(on -> {
            if (on) ticker.play();
            else ticker.stop();
        });
    }

    /** Brings every part up to {@code d}, in place. */
    private void show(CaseDetail d) {
        root.setVisible(d != null);
        root.setManaged(d != null);
        if (d == null) return;
        WinbackCase c = d.winbackCase();
        heading.setText(texts.t("winback.case.heading", c.customerName()));
        started.setText(startedText(d));
        showClock();
        Step next = c.isOpen() ? d.nextStep().orElse(null) : null;
        for (Step s : Step.values()) {
            rows.get(s).show(d.step(s).orElse(null), s == next, c.skippedSteps().contains(s));
        }
        moveFormTo(next);
        closeBox.setVisible(c.isOpen());
        closeBox.setManaged(c.isOpen());
        closedBox.show(c);
    }

    private String startedText(CaseDetail d) {
        Incident i = d.incident();
        String when = DateFields.dateTime(d.winbackCase().startedAt(), zone);
        if (i == null) return texts.t("winback.case.startedNoIncident", when);
        return texts.t("winback.case.startedFromIncident", when, texts.t(i.channel().messageKey()), shorten(i.customerSaid(), 90));
    }

    private void showClock() {
        CaseDetail d = vm.detailProperty().get();
        if (d == null) return;
        WinbackCase c = d.winbackCase();
        String elapsed = texts.duration(vm.elapsedProperty().get());
        String level = "clock-" + vm.levelProperty().get().name();
        if (!clock.getStyleClass().contains(level)) {
            clock.getStyleClass().removeIf(s -> s.startsWith("clock-") && !s.equals("clock-badge"));
            clock.getStyleClass().add(level);
        }
        if (c.firstActionAt() != null) {
            clock.setText(texts.t("winback.clock.firstAction", elapsed, DateFields.dateTime(c.firstActionAt(), zone)));
        } else if (c.isOpen()) {
            clock.setText(texts.t("winback.clock.waiting." + vm.levelProperty().get().name(), elapsed));
        } else {
            clock.setText(texts.t("winback.clock.noAction"));
        }
    }

    /** The step form goes into the next step's card; it moves only when the next step changes. */
    private void moveFormTo(Step next) {
        if (next == formAt) return;
        boolean hadFocus = form.hasFocus();
        if (formAt != null) rows.get(formAt).holder.getChildren().clear();
        formAt = next;
        if (next == null) return;
        form.showFor(next);
        rows.get(next).holder.getChildren().setAll(form.box);
        if (hadFocus) form.first(next).requestFocus(); // the node is back in the scene: no need to wait
    }

    /** One rung of the ladder: number (or a tick), title, the hint, what was recorded, the form when it is next. */
    private final class StepRow {
        final HBox box;
        final VBox holder = new VBox();
        private final Label number = new Label();
        private final Label hint;
        private final Label skipped = new Label(texts.t("winback.step.skipped"));
        private final Label when = new Label();
        private final Label how = wrapped();
        private final Label wrong = wrapped();
        private final Label offer = wrapped();
        private final Label notes = wrapped();
        private final VBox done = new VBox(2, when, how, wrong, offer, notes);
        private final FontIcon tick = new FontIcon("fth-check");
        private final Step step;

        StepRow(Step step) {
            this.step = step;
            number.getStyleClass().add("step-number");
            Label title = new Label(texts.t(step.messageKey()));
            title.getStyleClass().add("step-title");
            title.setWrapText(true);
            hint = new Label(texts.t(step.hintKey()));
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            hint.setWrapText(true);
            skipped.getStyleClass().add(Styles.WARNING);
            when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.SUCCESS);
            for (Node n : new Node[] {hint, skipped, done, holder}) n.managedProperty().bind(n.visibleProperty());
            VBox body = new VBox(4, title, hint, done, skipped, holder);
            HBox.setHgrow(body, Priority.ALWAYS);
            box = new HBox(12, number, body);
            box.setId("step-" + step.name());
            box.getStyleClass().add("step-box");
        }

        void show(StepRecord record, boolean current, boolean wasSkipped) {
            number.setText(record != null ? "" : Integer.toString(step.number()));
            number.setGraphic(record != null ? tick : null);
            box.getStyleClass().removeAll("step-done", "step-current", "step-later");
            box.getStyleClass().add(record != null ? "step-done" : current ? "step-current" : "step-later");
            hint.setVisible(record == null);
            skipped.setVisible(record == null && !current && wasSkipped);
            holder.setVisible(current);
            done.setVisible(record != null);
            if (record == null) return;
            when.setText(texts.t("winback.step.doneAt", DateFields.dateTime(record.doneAt(), zone)));
            set(how, record.step() != Step.APOLOGISE ? null : texts.t(record.phoned() && record.letterSent()
                    ? "winback.apology.both" : record.phoned() ? "winback.apology.phoned" : "winback.apology.letter"));
            set(wrong, record.whatWentWrong() == null ? null : texts.t("winback.explain.shown", record.whatWentWrong()));
            set(offer, record.offer() == null ? null : record.offerValue() == null
                    ? texts.t("winback.offer.shown", record.offer())
                    : texts.t("winback.offer.shownWithValue", record.offer(), texts.money(record.offerValue())));
            set(notes, record.notes());
        }
    }

    /** The form of the next step: one set of fields, the ones that step asks for shown. */
    private final class StepForm {
        final VBox box = new VBox(6);
        private final Label notesLabel = label("winback.field.notes");
        private final TextArea notes = new TextArea();
        private final CheckBox phoned = new CheckBox(texts.t("winback.apology.phonedBox"));
        private final CheckBox letter = new CheckBox(texts.t("winback.apology.letterBox"));
        private final FlowPane how = new FlowPane(16, 6, phoned, letter);
        private final Label wrongLabel = label("winback.field.whatWentWrong");
        private final TextArea wrong = new TextArea();
        private final Label offerLabel = label("winback.field.offer");
        private final TextField offer = new TextField();
        private final TextField value = new TextField();
        private final HBox offerRow = new HBox(8, offer, value);
        private final Button done = new Button();

        StepForm() {
            box.setPadding(new Insets(6, 0, 0, 0));
            notes.setId("step-notes");
            notes.setWrapText(true);
            notes.setPrefRowCount(2);
            notes.textProperty().bindBidirectional(vm.stepNotesProperty());
            phoned.setId("step-phoned");
            phoned.selectedProperty().bindBidirectional(vm.phonedProperty());
            letter.setId("step-letter");
            letter.selectedProperty().bindBidirectional(vm.letterSentProperty());
            how.setAlignment(Pos.CENTER_LEFT);
            if (letters != null) {
                Button write = new Button(texts.t("winback.apology.writeLetter"), new FontIcon("fth-edit-3"));
                write.setId("step-write-letter");
                write.getStyleClass().add(Styles.BUTTON_OUTLINED);
                write.disableProperty().bind(vm.busyProperty());
                write.setOnAction(e -> vm.prepareLetter(facts ->
                        letters.open(root.getScene().getWindow(), facts, stored -> vm.letterStored())));
                how.getChildren().add(write);
            }
            if (whatsApp != null) {
                Button send = new Button(texts.t("winback.apology.whatsApp"), new FontIcon("fth-message-circle"));
                send.setId("step-whatsapp");
                send.getStyleClass().add(Styles.BUTTON_OUTLINED);
                send.disableProperty().bind(vm.busyProperty());
                send.setOnAction(e -> {
                    CaseDetail d = vm.detailProperty().get();
                    if (d == null) return;
                    WinbackCase c = d.winbackCase();
                    whatsApp.send(c.customerId(), WhatsAppStep.Text.APOLOGY,
                            key -> com.setia.ui.Notices.show(root, texts.t(key, c.customerName())));
                });
                how.getChildren().add(send);
            }
            wrong.setId("step-what-went-wrong");
            wrong.setWrapText(true);
            wrong.setPrefRowCount(2);
            wrong.setPromptText(texts.t("winback.explain.prompt"));
            wrong.textProperty().bindBidirectional(vm.whatWentWrongProperty());
            offer.setId("step-offer");
            offer.setPromptText(texts.t("winback.offer.prompt"));
            offer.textProperty().bindBidirectional(vm.offerProperty());
            HBox.setHgrow(offer, Priority.ALWAYS);
            value.setId("step-offer-value");
            value.setPrefColumnCount(8);
            value.setMinWidth(Region.USE_PREF_SIZE);
            value.setPromptText(texts.t("winback.offer.valuePrompt", vm.money().get().symbol()));
            value.textProperty().bindBidirectional(vm.offerValueProperty());
            offerRow.setAlignment(Pos.CENTER_LEFT);

            done.setId("step-done");
            done.setGraphic(new FontIcon("fth-check-circle"));
            done.getStyleClass().add(Styles.ACCENT);
            done.setMinWidth(Region.USE_PREF_SIZE);
            done.disableProperty().bind(vm.busyProperty());
            done.setOnAction(e -> vm.recordStep());
            Label errors = FieldErrors.forList("step-errors", vm.stepErrors(), texts::messages);
            HBox buttons = new HBox(done);
            buttons.setAlignment(Pos.CENTER_RIGHT);
            box.getChildren().setAll(how, wrongLabel, wrong, offerLabel, offerRow, notesLabel, notes, errors, buttons);
            for (Node n : new Node[] {how, wrongLabel, wrong, offerLabel, offerRow}) n.managedProperty().bind(n.visibleProperty());
        }

        void showFor(Step step) {
            how.setVisible(step == Step.APOLOGISE);
            wrongLabel.setVisible(step == Step.EXPLAIN);
            wrong.setVisible(step == Step.EXPLAIN);
            offerLabel.setVisible(step == Step.OLIVE_BRANCH);
            offerRow.setVisible(step == Step.OLIVE_BRANCH);
            notesLabel.setText(texts.t(step == Step.ACT_FAST ? "winback.field.whatYouDid" : "winback.field.notes"));
            notes.setPromptText(texts.t(switch (step) {
                case ACT_FAST -> "winback.actFast.prompt";
                case APOLOGISE -> "winback.apology.prompt";
                case EXPLAIN, OLIVE_BRANCH -> "winback.notes.prompt";
            }));
            done.setText(texts.t("winback.step.markDone", step.number()));
        }

        Node first(Step step) {
            return switch (step) {
                case ACT_FAST -> notes;
                case APOLOGISE -> phoned;
                case EXPLAIN -> wrong;
                case OLIVE_BRANCH -> offer;
            };
        }

        boolean hasFocus() {
            Node focused = box.getScene() == null ? null : box.getScene().getFocusOwner();
            for (Node n = focused; n != null; n = n.getParent()) {
                if (n == box) return true;
            }
            return false;
        }
    }

    private void buildCloseBox() {
        closeBox.setId("case-close");
        Label title = new Label(texts.t("winback.close.title"));
        title.getStyleClass().add("section-subtitle");
        Label intro = new Label(texts.t("winback.close.intro"));
        intro.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        intro.setWrapText(true);

        ToggleGroup group = new ToggleGroup();
        FlowPane outcomes = new FlowPane(18, 8);
        for (Outcome o : Outcome.values()) {
            RadioButton r = new RadioButton(texts.t(o.messageKey()));
            r.setId("close-outcome-" + o.name());
            r.setToggleGroup(group);
            r.setUserData(o);
            r.setMinWidth(Region.USE_PREF_SIZE);
            outcomes.getChildren().add(r);
        }
        group.selectedToggleProperty().addListener((obs, old, now) -> vm.outcomeProperty().set(now == null ? null : (Outcome) now.getUserData()));
        ViewScope.of(outcomes).subscribe(vm.outcomeProperty(), now -> group.getToggles().forEach(t -> t.setSelected(t.getUserData() == now)));

        DatePicker followUp = DateFields.picker("close-follow-up", texts.t("common.date.prompt"), vm.followUpOnProperty(), vm.followUpUnreadableProperty());
        followUp.setMinWidth(150);
        FlowPane followUpRow = new FlowPane(8, 4, label("winback.close.followUpOn"), followUp);
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

        Label errors = FieldErrors.forList("close-errors", vm.closeErrors(), texts::messages);

        Label question = new Label();
        question.setWrapText(true);
        question.setId("close-skip-question");
        question.textProperty().bind(Bindings.createStringBinding(
                () -> texts.t("winback.close.confirmSkipped", texts.steps(vm.skipQuestion())), vm.skipQuestion()));
        Button anyway = new Button(texts.t("winback.close.anyway"));
        anyway.setId("close-anyway");
        anyway.getStyleClass().add(Styles.DANGER);
        anyway.disableProperty().bind(vm.busyProperty());
        anyway.setOnAction(e -> vm.confirmClose());
        Button back = new Button(texts.t("winback.close.goBack"));
        back.setId("close-go-back");
        back.setOnAction(e -> vm.cancelClose());
        FlowPane qButtons = new FlowPane(8, 8, anyway, back);
        VBox questionBox = new VBox(8, question, qButtons);
        questionBox.getStyleClass().addAll("banner", "banner-warning");
        questionBox.visibleProperty().bind(Bindings.isNotEmpty(vm.skipQuestion()));
        questionBox.managedProperty().bind(questionBox.visibleProperty());

        Button close = new Button(texts.t("winback.close.button"), new FontIcon("fth-flag"));
        close.setId("close-case");
        close.setMinWidth(Region.USE_PREF_SIZE);
        close.disableProperty().bind(vm.busyProperty().or(Bindings.isNotEmpty(vm.skipQuestion())));
        close.setOnAction(e -> vm.close());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        closeBox.getChildren().setAll(title, intro, outcomes, followUpRow, reasonRow, label("winback.close.note"), note, errors,
                questionBox, buttons);
    }

    /** How a closed case ended: outcome and date, follow-up, reason, skipped steps, closing note. */
    private final class ClosedBox {
        final VBox box = new VBox(6);
        private final Label title = new Label();
        private final Label followUp = wrapped();
        private final Label reason = wrapped();
        private final Label skipped = wrapped();
        private final Label note = wrapped();

        ClosedBox() {
            box.setId("case-closed");
            box.getStyleClass().add("winback-muted-card");
            box.setPadding(new Insets(12));
            box.managedProperty().bind(box.visibleProperty());
            title.setId("case-outcome");
            title.setGraphic(new FontIcon("fth-flag"));
            title.getStyleClass().add(Styles.TEXT_BOLD);
            title.setWrapText(true);
            box.getChildren().setAll(title, followUp, reason, skipped, note);
        }

        void show(WinbackCase c) {
            box.setVisible(!c.isOpen());
            if (c.isOpen()) return;
            title.setText(texts.t("winback.closed.heading", texts.t(c.outcome().messageKey()), DateFields.dateTime(c.closedAt(), zone)));
            set(followUp, c.followUpOn() == null ? null : texts.t("winback.closed.followUp", DateFields.date(c.followUpOn())));
            set(reason, c.letGoReason() == null ? null : texts.t("winback.closed.letGoReason", c.letGoReason()));
            set(skipped, c.skippedSteps().isEmpty() ? null : texts.t("winback.closed.skipped", texts.steps(c.skippedSteps())));
            set(note, c.closingNote());
        }
    }

    private Label label(String key) {
        Label l = new Label(texts.t(key));
        l.getStyleClass().add("form-label");
        l.setWrapText(true);
        return l;
    }

    private static Label wrapped() {
        Label l = new Label();
        l.setWrapText(true);
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private static void set(Label label, String text) {
        label.setVisible(text != null);
        label.setText(text == null ? "" : text);
    }

    static String shorten(String s, int max) {
        if (s == null) return "";
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= max ? one : one.substring(0, max - 1) + "\u2026";
    }
}
