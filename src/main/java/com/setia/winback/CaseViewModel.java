package com.setia.winback;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.Message;
import com.setia.common.MoneyStyle;
import com.setia.common.Refusal;
import com.setia.common.TaskRunner;
import com.setia.common.Text;
import com.setia.letter.LetterFacts;

/**
 * One win-back case on screen: the act-fast clock, the four steps (the next one as a form), and closing. Refused
 * input keeps what was typed and lists message keys; closing with steps not recorded asks first
 * ({@link #skipQuestion()}), and {@link #confirmClose()} closes anyway.
 */
public final class CaseViewModel {
    private final WinbackService service;
    private final TaskRunner runner;
    private final Clock clock;

    private final ObjectProperty<CaseDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<ActFastThresholds> thresholds = new SimpleObjectProperty<>(ActFastThresholds.DEFAULT);
    private final ObjectProperty<Duration> elapsed = new SimpleObjectProperty<>(Duration.ZERO);
    private final ObjectProperty<ActFastLevel> level = new SimpleObjectProperty<>(ActFastLevel.CALM);

    private final StringProperty stepNotes = new SimpleStringProperty("");
    private final BooleanProperty phoned = new SimpleBooleanProperty();
    private final BooleanProperty letterSent = new SimpleBooleanProperty();
    private final StringProperty whatWentWrong = new SimpleStringProperty("");
    private final StringProperty offer = new SimpleStringProperty("");
    private final StringProperty offerValue = new SimpleStringProperty("");
    private final ObservableList<Message> stepErrors = FXCollections.observableArrayList();

    private final ObjectProperty<Outcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> followUpOn = new SimpleObjectProperty<>();
    private final BooleanProperty followUpUnreadable = new SimpleBooleanProperty();
    private final StringProperty letGoReason = new SimpleStringProperty("");
    private final StringProperty closeNote = new SimpleStringProperty("");
    private final ObservableList<Message> closeErrors = FXCollections.observableArrayList();
    private final ObservableList<Step> skipQuestion = FXCollections.observableArrayList();

    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty messageKey = new SimpleStringProperty();
    private final StringProperty errorKey = new SimpleStringProperty();
    private final StringProperty customerPhone = new SimpleStringProperty();
    private final Supplier<MoneyStyle> money;
    private Runnable onChange = () -> { };

    public CaseViewModel(WinbackService service, TaskRunner runner, Clock clock) {
        this(service, runner, clock, () -> WinbackModule.DEFAULT_MONEY);
    }

    /** {@code money}: how amounts are read and shown now (the shop's currency, the owner's language). */
    public CaseViewModel(WinbackService service, TaskRunner runner, Clock clock, Supplier<MoneyStyle> money) {
        this.money = money;
        this.service = service;
        this.runner = runner;
        this.clock = clock;
    }

    /** Called after every stored change, so lists around the case can reload. */
    public void setOnChange(Runnable onChange) {
        this.onChange = onChange == null ? () -> { } : onChange;
    }

    public void load(long caseId) {
        runner.run(() -> new Loaded(service.detail(caseId), service.thresholds(), phoneOf(caseId)), loaded -> {
            thresholds.set(loaded.thresholds());
            customerPhone.set(loaded.phone());
            errorKey.set(null);
            show(loaded.detail(), true);
        }, e -> errorKey.set("winback.error.loadFailed"));
    }

    /** Shows a case already read, e.g. one just opened. */
    public void show(CaseDetail d) {
        long caseId = d.winbackCase().id();
        runner.run(() -> new Loaded(d, service.thresholds(), phoneOf(caseId)), loaded -> {
            thresholds.set(loaded.thresholds());
            customerPhone.set(loaded.phone());
            show(d, true);
        }, e -> show(d, true));
    }

    /**
     * Reads the shown case again, as it is stored now (it may have moved on from another screen); what the owner
     * typed in its forms stays.
     */
    public void reload() {
        CaseDetail d = detail.get();
        if (d == null) return;
        long caseId = d.winbackCase().id();
        runner.run(() -> service.detail(caseId), fresh -> {
            CaseDetail now = detail.get();
            if (now != null && now.winbackCase().id() == caseId) show(fresh, false);
        }, e -> errorKey.set("winback.error.loadFailed"));
    }

    private String phoneOf(long caseId) {
        return com.setia.customer.PhoneNumbers.display(service.customerOf(caseId).phone());
    }

    public void clear() {
        detail.set(null);
        customerPhone.set(null);
        clearForms();
    }

    private void show(CaseDetail d, boolean newCase) {
        boolean other = detail.get() == null || detail.get().winbackCase().id() != d.winbackCase().id();
        detail.set(d);
        if (other && newCase) {
            clearForms();
        }
        tick();
    }

    private void clearForms() {
        clearStepForm();
        outcome.set(null);
        followUpOn.set(null);
        letGoReason.set("");
        closeNote.set("");
        closeErrors.clear();
        skipQuestion.clear();
        messageKey.set(null);
        errorKey.set(null);
    }

    private void clearStepForm() {
        stepNotes.set("");
        phoned.set(false);
        letterSent.set(false);
        whatWentWrong.set("");
        offer.set("");
        offerValue.set("");
        stepErrors.clear();
    }

    /** Recomputes the act-fast clock; the view calls it every minute. */
    public void tick() {
        CaseDetail d = detail.get();
        if (d == null) return;
        Duration e = d.winbackCase().actFastElapsed(clock.instant());
        elapsed.set(e);
        level.set(thresholds.get().level(e));
    }

    /** Records the next step with what the form holds. */
    public void recordStep() {
        CaseDetail d = detail.get();
        if (busy.get() || d == null || d.nextStep().isEmpty()) return;
        Step step = d.nextStep().get();
        stepErrors.clear();
        messageKey.set(null);
        BigDecimal value = null;
        if (step == Step.OLIVE_BRANCH) {
            try {
                value = money.get().parse(offerValue.get());
            } catch (Refusal r) {
                stepErrors.setAll(r.messages());
                return;
            }
        }
        StepDraft draft = new StepDraft(step, stepNotes.get(), phoned.get(), letterSent.get(), whatWentWrong.get(),
                offer.get(), value);
        long caseId = d.winbackCase().id();
        busy.set(true);
        runner.run(() -> service.recordStep(caseId, draft), saved -> {
            busy.set(false);
            clearStepForm();
            show(saved, false);
            messageKey.set("winback.step.saved");
            onChange.run();
        }, e -> {
            busy.set(false);
            stepErrors.setAll(messages(e));
            if (isStale(e)) reload(); // it moved on elsewhere: show where it stands now
        });
    }

    /** Closes the case as the close form says; steps not recorded make it ask first. */
    public void close() {
        close(false);
    }

    /** The owner's yes to closing with the steps in {@link #skipQuestion()} not recorded. */
    public void confirmClose() {
        close(true);
    }

    /** The owner's no: the case stays open, the form keeps what was typed. */
    public void cancelClose() {
        skipQuestion.clear();
    }

    private void close(boolean confirmed) {
        CaseDetail d = detail.get();
        if (busy.get() || d == null || !d.winbackCase().isOpen()) return;
        closeErrors.clear();
        skipQuestion.clear();
        messageKey.set(null);
        if (outcome.get() == null) {
            closeErrors.add(Message.of("winback.error.outcomeRequired"));
            return;
        }
        if (outcome.get() == Outcome.KEEP_IN_TOUCH && followUpUnreadable.get()) {
            closeErrors.add(Message.of("winback.error.dateUnreadable"));
            return;
        }
        CloseRequest request = new CloseRequest(outcome.get(), followUpOn.get(), letGoReason.get(), closeNote.get(), confirmed);
        long caseId = d.winbackCase().id();
        busy.set(true);
        runner.run(() -> service.close(caseId, request), closed -> {
            busy.set(false);
            show(closed, false);
            messageKey.set("winback.close.done." + closed.winbackCase().outcome().name());
            onChange.run();
        }, e -> {
            busy.set(false);
            if (e instanceof StepsSkippedException s) {
                skipQuestion.setAll(s.skipped());
            } else {
                closeErrors.setAll(messages(e));
                if (isStale(e)) reload();
            }
        });
    }

    /** The case was changed elsewhere since it was read (closed on Today, a step recorded on the Win-back board). */
    private static boolean isStale(Throwable e) {
        return messages(e).stream().map(Message::key).anyMatch(k -> k.equals("winback.error.caseClosed") || k.equals("winback.error.stepAlreadyDone")
                || k.equals("winback.error.stepOutOfOrder"));
    }

    /**
     * Gathers what the apology letter needs: the customer as stored, and what went wrong and what we offer as far
     * as the case (or the form) knows yet; the letter shows a hint where something is still missing.
     */
    public void prepareLetter(java.util.function.Consumer<LetterFacts> onReady) {
        CaseDetail d = detail.get();
        if (d == null) return;
        long caseId = d.winbackCase().id();
        String typedWrong = Text.blankToNull(whatWentWrong.get());
        String wrong = d.step(Step.EXPLAIN).map(StepRecord::whatWentWrong).orElse(typedWrong);
        String typedOffer = Text.blankToNull(offer.get());
        String offered = d.step(Step.OLIVE_BRANCH).map(StepRecord::offer).orElse(typedOffer);
        runner.run(() -> service.customerOf(caseId),
                c -> onReady.accept(LetterFacts.forCase(c, caseId, LocalDate.now(clock), wrong, offered)),
                e -> stepErrors.setAll(Message.of("winback.error.loadFailed")));
    }

    /** A letter for this case was printed or saved: the apology step counts it. */
    public void letterStored() {
        letterSent.set(true);
    }

    /** What to tell the owner about a failure: the refusal's reasons, or that it could not be saved. */
    static List<Message> messages(Throwable e) {
        if (e instanceof Refusal r) return r.messages();
        return List.of(Message.of("winback.error.saveFailed"));
    }

    /** The bundle key of the first thing to tell the owner about a failure. */
    static String firstKey(Throwable e) {
        return messages(e).get(0).key();
    }

    private record Loaded(CaseDetail detail, ActFastThresholds thresholds, String phone) {
    }

    public ObjectProperty<CaseDetail> detailProperty() { return detail; }
    public ObjectProperty<ActFastThresholds> thresholdsProperty() { return thresholds; }
    public ObjectProperty<Duration> elapsedProperty() { return elapsed; }
    public ObjectProperty<ActFastLevel> levelProperty() { return level; }
    public StringProperty stepNotesProperty() { return stepNotes; }
    public BooleanProperty phonedProperty() { return phoned; }
    public BooleanProperty letterSentProperty() { return letterSent; }
    public StringProperty whatWentWrongProperty() { return whatWentWrong; }
    public StringProperty offerProperty() { return offer; }
    public StringProperty offerValueProperty() { return offerValue; }
    public ObservableList<Message> stepErrors() { return stepErrors; }
    public ObjectProperty<Outcome> outcomeProperty() { return outcome; }
    public ObjectProperty<LocalDate> followUpOnProperty() { return followUpOn; }
    public BooleanProperty followUpUnreadableProperty() { return followUpUnreadable; }
    public StringProperty letGoReasonProperty() { return letGoReason; }
    public StringProperty closeNoteProperty() { return closeNote; }
    public ObservableList<Message> closeErrors() { return closeErrors; }
    public ObservableList<Step> skipQuestion() { return skipQuestion; }
    public BooleanProperty busyProperty() { return busy; }
    /** A passing success message (bundle key); the view shows it once and sets it back to null. */
    public StringProperty messageKeyProperty() { return messageKey; }
    /** What went wrong reading the case (bundle key), or null. */
    public StringProperty errorKeyProperty() { return errorKey; }
    /** The customer's phone number as the owner dials it (local form), to call from the case; null when none. */
    public StringProperty customerPhoneProperty() { return customerPhone; }
    public Clock clock() { return clock; }
    /** How amounts are shown now, for the view. */
    public Supplier<MoneyStyle> money() { return money; }
}
