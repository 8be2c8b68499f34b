package com.setia.winback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.Currency;
import com.setia.common.Message;
import com.setia.common.MoneyStyle;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.incident.Channel;
import com.setia.incident.IncidentDraft;
import com.setia.incident.IncidentService;
import com.setia.incident.Severity;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

/** The win-back view-models on a real store, run synchronously. */
class WinbackViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);
    WinbackService service;
    CustomerService customers;
    IncidentService incidents;
    Customer siti;

    @BeforeEach
    void setUp() {
        service = store.services(clock).winback();
        customers = store.services(clock).customers();
        incidents = store.services(clock).incidents();
        siti = customers.create(CustomerDraft.named("Siti"));
    }

    private CaseViewModel caseFor(long caseId) {
        CaseViewModel vm = new CaseViewModel(service, TaskRunner.DIRECT, clock);
        vm.load(caseId);
        return vm;
    }

    private void doStep(CaseViewModel vm, String notes) {
        vm.stepNotesProperty().set(notes);
        vm.phonedProperty().set(true);
        vm.whatWentWrongProperty().set("Our mistake");
        vm.offerProperty().set("Voucher");
        vm.recordStep();
        assertThat(vm.stepErrors()).isEmpty();
    }

    @Test
    void theClockTurnsAmberThenRedUntilTheFirstAction() {
        var incident = incidents.log(new IncidentDraft(siti.id(), clock.instant(), Channel.PHONE, "Late", Severity.LOW, null, null));
        long id = service.open(siti.id(), incident.id()).winbackCase().id();
        CaseViewModel vm = caseFor(id);
        assertThat(vm.levelProperty().get()).isEqualTo(ActFastLevel.CALM);
        clock.advance(Duration.ofHours(25));
        vm.tick();
        assertThat(vm.levelProperty().get()).isEqualTo(ActFastLevel.AMBER);
        clock.advance(Duration.ofHours(48));
        vm.tick();
        assertThat(vm.levelProperty().get()).isEqualTo(ActFastLevel.RED);
        doStep(vm, "Called at last");
        clock.advance(Duration.ofDays(5));
        vm.tick();
        assertThat(vm.elapsedProperty().get()).isEqualTo(Duration.ofHours(73));
    }

    @Test
    void aRefusedStepKeepsWhatWasTyped() {
        long id = service.open(siti.id(), null).winbackCase().id();
        CaseViewModel vm = caseFor(id);
        doStep(vm, "Phoned");
        vm.stepNotesProperty().set("Said sorry");
        vm.recordStep(); // neither phoned nor letter ticked
        assertThat(vm.stepErrors()).containsExactly(Message.of("winback.error.apologyHowRequired"));
        assertThat(vm.stepNotesProperty().get()).isEqualTo("Said sorry");
        assertThat(vm.detailProperty().get().steps()).hasSize(1);
    }

    @Test
    void anUnreadableOfferValueIsCaughtBeforeStoring() {
        long id = service.open(siti.id(), null).winbackCase().id();
        CaseViewModel vm = caseFor(id);
        doStep(vm, "1");
        doStep(vm, "2");
        doStep(vm, "3");
        vm.offerProperty().set("Voucher");
        vm.offerValueProperty().set("RM lima");
        vm.recordStep();
        assertThat(vm.stepErrors()).containsExactly(Message.of("common.money.unreadable", "RM1,250.50"));
        vm.offerValueProperty().set("1.250,50"); // the Indonesian way, in a Malay window: not guessed
        vm.recordStep();
        assertThat(vm.stepErrors()).extracting(Message::key).containsExactly("common.money.unreadable");
        vm.offerValueProperty().set("0.005");
        vm.recordStep();
        assertThat(vm.stepErrors()).containsExactly(Message.of("common.money.tooManyDecimals", 2));
        assertThat(vm.detailProperty().get().step(Step.OLIVE_BRANCH)).isEmpty();
        vm.offerValueProperty().set("RM1,250.50");
        vm.recordStep();
        assertThat(vm.detailProperty().get().step(Step.OLIVE_BRANCH).orElseThrow().offerValue()).isEqualByComparingTo("1250.50");
    }

    @Test
    void anIndonesianShopTypesRupiahTheIndonesianWay() {
        long id = service.open(siti.id(), null).winbackCase().id();
        CaseViewModel vm = new CaseViewModel(service, TaskRunner.DIRECT, clock,
                () -> new MoneyStyle(Currency.IDR, java.util.Locale.forLanguageTag("id")));
        vm.load(id);
        doStep(vm, "1");
        doStep(vm, "2");
        doStep(vm, "3");
        vm.offerProperty().set("Voucher");
        vm.offerValueProperty().set("RM25");
        vm.recordStep();
        assertThat(vm.stepErrors()).containsExactly(Message.of("common.money.otherCurrency", "RM", "Rp"));
        vm.offerValueProperty().set("Rp25.000,50");
        vm.recordStep();
        assertThat(vm.detailProperty().get().step(Step.OLIVE_BRANCH).orElseThrow().offerValue()).isEqualByComparingTo("25000.50");
    }

    @Test
    void closingWithSkippedStepsAsksAndClosesOnlyWhenConfirmed() {
        long id = service.open(siti.id(), null).winbackCase().id();
        CaseViewModel vm = caseFor(id);
        doStep(vm, "Visited");
        vm.outcomeProperty().set(Outcome.LET_GO);
        vm.letGoReasonProperty().set("Demands beyond our rules");
        vm.close();
        assertThat(vm.skipQuestion()).containsExactly(Step.APOLOGISE, Step.EXPLAIN, Step.OLIVE_BRANCH);
        assertThat(vm.detailProperty().get().winbackCase().isOpen()).isTrue();

        vm.cancelClose();
        assertThat(vm.skipQuestion()).isEmpty();
        assertThat(vm.letGoReasonProperty().get()).isEqualTo("Demands beyond our rules");

        vm.close();
        vm.confirmClose();
        assertThat(vm.detailProperty().get().winbackCase().outcome()).isEqualTo(Outcome.LET_GO);
        assertThat(vm.detailProperty().get().winbackCase().skippedSteps()).hasSize(3);
        assertThat(vm.messageKeyProperty().get()).isEqualTo("winback.close.done.LET_GO");
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.LET_GO);
    }

    @Test
    void aFollowUpDateInThePastIsExplainedAndTheFormKept() {
        long id = service.open(siti.id(), null).winbackCase().id();
        CaseViewModel vm = caseFor(id);
        for (int i = 0; i < 4; i++) doStep(vm, "step " + i);
        vm.outcomeProperty().set(Outcome.KEEP_IN_TOUCH);
        vm.followUpOnProperty().set(today.minusDays(2));
        vm.closeNoteProperty().set("Maybe after Raya");
        vm.close();
        assertThat(vm.closeErrors()).containsExactly(Message.of("winback.error.followUpPast"));
        assertThat(vm.closeNoteProperty().get()).isEqualTo("Maybe after Raya");
        assertThat(vm.skipQuestion()).isEmpty();
        assertThat(service.detail(id).winbackCase().isOpen()).isTrue();

        vm.close();
        vm.outcomeProperty().set(null);
        vm.close();
        assertThat(vm.closeErrors()).containsExactly(Message.of("winback.error.outcomeRequired"));
    }

    @Test
    void timelineLogsAnIncidentAndOpensACaseFromIt() {
        TimelineViewModel vm = new TimelineViewModel(service, incidents, TaskRunner.DIRECT, clock, siti.id());
        java.util.concurrent.atomic.AtomicInteger customerChanged = new java.util.concurrent.atomic.AtomicInteger();
        vm.setOnCustomerChanged(customerChanged::incrementAndGet);
        vm.load();
        assertThat(vm.entries()).isEmpty();
        vm.showIncidentForm();
        vm.incidentForm().customerSaidProperty().set("Wrong size");
        vm.saveIncident();
        assertThat(vm.incidentFormShownProperty().get()).isFalse();
        assertThat(vm.entries()).extracting(TimelineEntry::kind).containsExactly(TimelineEntry.Kind.INCIDENT);
        assertThat(customerChanged.get()).as("a serious incident may put her at risk; the page is told").isEqualTo(1);

        vm.openCase(vm.entries().get(0).incident().id());
        assertThat(vm.hasOpenCaseProperty().get()).isTrue();
        assertThat(vm.caseViewModel().detailProperty().get().incident().customerSaid()).isEqualTo("Wrong size");
        assertThat(vm.entries()).extracting(TimelineEntry::kind)
                .containsExactly(TimelineEntry.Kind.CASE_OPENED, TimelineEntry.Kind.INCIDENT);

        assertThat(customerChanged.get()).as("opening made her AT_RISK; the page is told").isEqualTo(2);

        vm.openCase(null);
        assertThat(vm.errorKeyProperty().get()).isEqualTo("winback.error.alreadyOpen");

        CaseViewModel c = vm.caseViewModel();
        c.outcomeProperty().set(Outcome.WON_BACK);
        c.close();
        c.confirmClose();
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.WON_BACK);
        assertThat(customerChanged.get()).as("closing set WON_BACK; the page is told").isEqualTo(3);
        assertThat(vm.hasOpenCaseProperty().get()).isFalse();
    }

    @Test
    void todayListsLateCasesAndRecordsAFollowUp() {
        long late = service.open(siti.id(), null).winbackCase().id();
        Customer budi = customers.create(CustomerDraft.named("Budi"));
        long keep = service.open(budi.id(), null).winbackCase().id();
        CaseViewModel c = caseFor(keep);
        for (int i = 0; i < 4; i++) doStep(c, "s" + i);
        service.close(keep, CloseRequest.keepInTouch(today.plusDays(1), null));
        clock.advance(Duration.ofDays(2));

        TodayViewModel vm = new TodayViewModel(service, TaskRunner.DIRECT, clock);
        vm.load();
        // the follow-up was due at the start of 2 March, the late case only 24 hours after 10:00 on 1 March
        assertThat(vm.items()).extracting(TodayItem::caseId).containsExactly(keep, late);

        vm.select(vm.items().get(0));
        vm.nextFollowUpProperty().set(today);
        vm.followUpNoteProperty().set("Called, she is busy");
        vm.recordFollowUp();
        assertThat(vm.followUpErrors()).containsExactly(Message.of("winback.error.nextFollowUpAfterToday"));
        assertThat(vm.followUpNoteProperty().get()).isEqualTo("Called, she is busy");

        vm.nextFollowUpProperty().set(today.plusDays(30));
        vm.recordFollowUp();
        assertThat(vm.messageKeyProperty().get()).isEqualTo("today.followUp.done");
        assertThat(vm.items()).extracting(TodayItem::caseId).containsExactly(late);
    }

    @Test
    void thresholdsAreCheckedAndSaved() {
        CasesViewModel vm = new CasesViewModel(service, TaskRunner.DIRECT, clock);
        vm.load();
        assertThat(vm.amberHoursProperty().get()).isEqualTo(24);
        vm.amberHoursProperty().set(10);
        vm.redHoursProperty().set(5);
        vm.saveThresholds();
        assertThat(vm.thresholdErrors()).containsExactly(Message.of("winback.error.redNotAfterAmber"));
        assertThat(service.thresholds()).isEqualTo(ActFastThresholds.DEFAULT);
        vm.redHoursProperty().set(20);
        vm.saveThresholds();
        assertThat(vm.thresholdErrors()).isEmpty();
        assertThat(service.thresholds()).isEqualTo(new ActFastThresholds(10, 20));
    }

    @Test
    void theApologyLetterGetsTheCaseFactsAndCountsForStepTwo() {
        long id = service.open(siti.id(), null).winbackCase().id();
        CaseViewModel vm = caseFor(id);
        vm.stepNotesProperty().set("Phoned");
        vm.recordStep();
        vm.whatWentWrongProperty().set("We sent the wrong colour");
        java.util.List<com.setia.letter.LetterFacts> facts = new java.util.ArrayList<>();
        vm.prepareLetter(facts::add);
        assertThat(facts).singleElement().satisfies(f -> {
            assertThat(f.customerId()).isEqualTo(siti.id());
            assertThat(f.caseId()).isEqualTo(id);
            assertThat(f.customerName()).isEqualTo("Siti");
            assertThat(f.whatWentWrong()).isEqualTo("We sent the wrong colour");
            assertThat(f.offer()).isNull();
            assertThat(f.date()).isEqualTo(today);
        });
        vm.letterStored();
        vm.recordStep();
        assertThat(vm.detailProperty().get().step(Step.APOLOGISE).orElseThrow().letterSent()).isTrue();
    }

    @Test
    void openCasesListShowsProgress() {
        long id = service.open(siti.id(), null).winbackCase().id();
        CasesViewModel vm = new CasesViewModel(service, TaskRunner.DIRECT, clock);
        vm.load();
        vm.select(vm.openCases().get(0));
        doStep(vm.caseViewModel(), "Phoned");
        assertThat(vm.openCases()).extracting(WinbackCase::id, WinbackCase::stepsDone).containsExactly(
                org.assertj.core.groups.Tuple.tuple(id, 1));
    }
}
