package com.setia.winback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.Refusal;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.incident.Channel;
import com.setia.incident.Incident;
import com.setia.incident.IncidentDraft;
import com.setia.incident.IncidentService;
import com.setia.incident.Severity;
import com.setia.testsupport.LongHistory;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class WinbackServiceTest {
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
        siti = customers.create(CustomerDraft.named("Siti Aminah"));
    }

    private Incident incidentHoursAgo(Customer c, int hours) {
        return incidents.log(new IncidentDraft(c.id(), clock.instant().minus(Duration.ofHours(hours)), Channel.COUNTER,
                "Barang rosak", Severity.MEDIUM, "Ganti baru", null));
    }

    private CaseDetail walkAllSteps(long caseId) {
        service.recordStep(caseId, StepDraft.of(Step.ACT_FAST, "Called her back within the hour"));
        service.recordStep(caseId, StepDraft.apology("Owner phoned", true, true));
        service.recordStep(caseId, StepDraft.explanation(null, "We packed it badly; our mistake"));
        return service.recordStep(caseId, StepDraft.oliveBranch(null, "New cloth and 10% off", new BigDecimal("25.50")));
    }

    /**
     * The case and the customer's status are one transaction although the status belongs to the customer feature:
     * the customer service, called inside the case's transaction, joins it (Jdbi lends it this thread's handle).
     */
    @Test
    void aStatusChangedThroughTheCustomerServiceRollsBackWithTheCase() {
        assertThatThrownBy(() -> store.jdbi().useTransaction(h -> {
            customers.changeStatus(siti.id(), CustomerStatus.LOST);
            throw new IllegalStateException("the case's own write failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.ACTIVE);
    }

    @Test
    void openingFromAnIncidentStartsTheClockAtTheIncidentAndPutsTheCustomerAtRisk() {
        Incident i = incidentHoursAgo(siti, 5);
        CaseDetail d = service.open(siti.id(), i.id());
        assertThat(d.winbackCase().startedAt()).isEqualTo(i.occurredAt());
        assertThat(d.winbackCase().openedAt()).isEqualTo(clock.instant());
        assertThat(d.winbackCase().actFastElapsed(clock.instant())).isEqualTo(Duration.ofHours(5));
        assertThat(d.incident()).isEqualTo(i);
        assertThat(d.nextStep()).contains(Step.ACT_FAST);
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.AT_RISK);
    }

    @Test
    void openingForALostCustomerKeepsTheStatusLost() {
        customers.changeStatus(siti.id(), CustomerStatus.LOST);
        CaseDetail d = service.open(siti.id(), null);
        assertThat(d.winbackCase().startedAt()).isEqualTo(clock.instant());
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.LOST);
    }

    @Test
    void onlyOneOpenCasePerCustomer() {
        service.open(siti.id(), null);
        assertThatThrownBy(() -> service.open(siti.id(), null)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.messageKeys()).containsExactly("winback.error.alreadyOpen"));
    }

    @Test
    void theFirstStepIsTimestampedAsTheFirstActionAndStopsTheClock() {
        Incident i = incidentHoursAgo(siti, 2);
        long id = service.open(siti.id(), i.id()).winbackCase().id();
        clock.advance(Duration.ofHours(1));
        CaseDetail d = service.recordStep(id, StepDraft.of(Step.ACT_FAST, "Phoned"));
        assertThat(d.winbackCase().firstActionAt()).isEqualTo(clock.instant());
        clock.advance(Duration.ofDays(3));
        service.recordStep(id, StepDraft.apology(null, true, false));
        CaseDetail later = service.detail(id);
        assertThat(later.winbackCase().actFastElapsed(clock.instant())).isEqualTo(Duration.ofHours(3));
        assertThat(later.winbackCase().stepsDone()).isEqualTo(2);
    }

    @Test
    void stepsGoInOrderAndEachAsksForItsDetails() {
        long id = service.open(siti.id(), null).winbackCase().id();
        assertThatThrownBy(() -> service.recordStep(id, StepDraft.apology("x", true, false)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.stepOutOfOrder"));
        assertThatThrownBy(() -> service.recordStep(id, StepDraft.apology("x", false, false)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.apologyHowRequired"));
        assertThatThrownBy(() -> service.recordStep(id, StepDraft.explanation("x", " ")))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.whatWentWrongRequired"));
        assertThatThrownBy(() -> service.recordStep(id, StepDraft.oliveBranch(null, "voucher", new BigDecimal("-1"))))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.offerValueNegative"));
        assertThatThrownBy(() -> service.recordStep(id, StepDraft.oliveBranch(null, "voucher", new BigDecimal("0.005"))))
                .as("never rounded to 0.01 by the store")
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("common.money.tooManyDecimals"));
        assertThatThrownBy(() -> service.recordStep(id, StepDraft.of(Step.ACT_FAST, "\u200B\u00A0\u0000")))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.actFastNotesRequired"));
        assertThat(service.detail(id).steps()).isEmpty();
        assertThat(service.detail(id).winbackCase().firstActionAt()).isNull();
    }

    @Test
    void wonBackAfterAllFourStepsStoresTheDetailsAndTheCustomerStatus() {
        long id = service.open(siti.id(), incidentHoursAgo(siti, 1).id()).winbackCase().id();
        CaseDetail walked = walkAllSteps(id);
        assertThat(walked.nextStep()).isEmpty();
        assertThat(walked.step(Step.APOLOGISE).orElseThrow().letterSent()).isTrue();
        assertThat(walked.step(Step.EXPLAIN).orElseThrow().whatWentWrong()).isEqualTo("We packed it badly; our mistake");
        assertThat(walked.step(Step.OLIVE_BRANCH).orElseThrow().offerValue()).isEqualByComparingTo("25.50");

        CaseDetail closed = service.close(id, CloseRequest.wonBack("Bought again on Friday"));
        assertThat(closed.winbackCase().isOpen()).isFalse();
        assertThat(closed.winbackCase().outcome()).isEqualTo(Outcome.WON_BACK);
        assertThat(closed.winbackCase().skippedSteps()).isEmpty();
        assertThat(closed.winbackCase().closingNote()).isEqualTo("Bought again on Friday");
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.WON_BACK);
        assertThat(service.openCases()).isEmpty();
    }

    @Test
    void closingWithStepsSkippedAsksFirstAndRecordsTheSkippedStepsOnceConfirmed() {
        long id = service.open(siti.id(), null).winbackCase().id();
        service.recordStep(id, StepDraft.of(Step.ACT_FAST, "Visited her stall"));
        CloseRequest letGo = CloseRequest.letGo("Always demands service beyond our rules", null);
        assertThatThrownBy(() -> service.close(id, letGo)).isInstanceOfSatisfying(StepsSkippedException.class,
                e -> assertThat(e.skipped()).containsExactly(Step.APOLOGISE, Step.EXPLAIN, Step.OLIVE_BRANCH));
        assertThat(service.detail(id).winbackCase().isOpen()).isTrue();
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.AT_RISK);

        CaseDetail closed = service.close(id, letGo.confirmingSkipped());
        assertThat(closed.winbackCase().outcome()).isEqualTo(Outcome.LET_GO);
        assertThat(closed.winbackCase().letGoReason()).isEqualTo("Always demands service beyond our rules");
        assertThat(closed.winbackCase().skippedSteps()).containsExactly(Step.APOLOGISE, Step.EXPLAIN, Step.OLIVE_BRANCH);
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.LET_GO);
    }

    @Test
    void keepInTouchNeedsAFollowUpDateNotInThePast() {
        long id = service.open(siti.id(), null).winbackCase().id();
        walkAllSteps(id);
        assertThatThrownBy(() -> service.close(id, CloseRequest.keepInTouch(today.minusDays(1), null)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.followUpPast"));
        assertThatThrownBy(() -> service.close(id, CloseRequest.keepInTouch(null, null)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.followUpRequired"));
        assertThatThrownBy(() -> service.close(id, CloseRequest.letGo(" ", null)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.letGoReasonRequired"));
        assertThat(service.detail(id).winbackCase().isOpen()).isTrue();

        CaseDetail closed = service.close(id, CloseRequest.keepInTouch(today.plusDays(14), null));
        assertThat(closed.winbackCase().followUpOn()).isEqualTo(today.plusDays(14));
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.KEEP_IN_TOUCH);
    }

    @Test
    void todayListsLateCasesAndDueFollowUpsOldestFirst() {
        Customer budi = customers.create(CustomerDraft.named("Budi"));
        Customer ali = customers.create(CustomerDraft.named("Ali"));
        Customer calm = customers.create(CustomerDraft.named("Calm"));
        long late = service.open(siti.id(), incidentHoursAgo(siti, 30).id()).winbackCase().id();     // amber
        long veryLate = service.open(budi.id(), incidentHoursAgo(budi, 100).id()).winbackCase().id(); // red
        long calmCase = service.open(calm.id(), incidentHoursAgo(calm, 2).id()).winbackCase().id();     // within amber
        long keep = service.open(ali.id(), null).winbackCase().id();
        walkAllSteps(keep);
        service.close(keep, CloseRequest.keepInTouch(today.plusDays(2), null));
        assertThat(service.today()).extracting(TodayItem::caseId).containsExactly(veryLate, late);

        clock.advance(Duration.ofDays(3));
        var items = service.today();
        assertThat(items).extracting(TodayItem::caseId).containsExactly(veryLate, late, calmCase, keep);
        assertThat(items).extracting(TodayItem::level)
                .containsExactly(ActFastLevel.RED, ActFastLevel.RED, ActFastLevel.RED, null);
        assertThat(items.get(3).kind()).isEqualTo(TodayItem.Kind.FOLLOW_UP);

        service.recordStep(late, StepDraft.of(Step.ACT_FAST, "Finally called"));
        service.recordStep(calmCase, StepDraft.of(Step.ACT_FAST, "Called"));
        service.recordFollowUp(keep, "Sent a Raya greeting", LocalDate.of(2026, 4, 1), false);
        assertThat(service.today()).extracting(TodayItem::caseId).containsExactly(veryLate);
    }

    @Test
    void followUpCanBringTheCustomerBack() {
        long keep = service.open(siti.id(), null).winbackCase().id();
        walkAllSteps(keep);
        service.close(keep, CloseRequest.keepInTouch(today, null));
        assertThatThrownBy(() -> service.recordFollowUp(keep, null, today, false))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.nextFollowUpAfterToday"));
        CaseDetail d = service.recordFollowUp(keep, "She ordered again", null, true);
        assertThat(d.winbackCase().outcome()).isEqualTo(Outcome.WON_BACK);
        assertThat(d.followUps()).extracting(FollowUp::note).containsExactly("She ordered again");
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.WON_BACK);
        assertThat(service.today()).isEmpty();
    }

    @Test
    void thresholdsDefaultTo24And72AndTheOwnerCanChangeThem() {
        assertThat(service.thresholds()).isEqualTo(new ActFastThresholds(24, 72));
        assertThatThrownBy(() -> service.saveThresholds(new ActFastThresholds(48, 12)))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("winback.error.redNotAfterAmber"));
        assertThat(service.saveThresholds(new ActFastThresholds(4, 12))).isEqualTo(new ActFastThresholds(4, 12));
        assertThat(service.thresholds().level(Duration.ofHours(5))).isEqualTo(ActFastLevel.AMBER);
    }

    @Test
    void timelineShowsIncidentsAndCaseActionsNewestFirst() {
        Incident i = incidentHoursAgo(siti, 3);
        long id = service.open(siti.id(), i.id()).winbackCase().id();
        clock.advance(Duration.ofMinutes(10));
        service.recordStep(id, StepDraft.of(Step.ACT_FAST, "Phoned"));
        assertThat(service.timeline(siti.id())).extracting(TimelineEntry::kind).containsExactly(
                TimelineEntry.Kind.STEP_DONE, TimelineEntry.Kind.CASE_OPENED, TimelineEntry.Kind.INCIDENT);
    }

    @Test
    void aLongHistoryIsReadInAHandfulOfQueriesAndMatchesTheCasesOneByOne() {
        LongHistory.write(store.services(clock), clock, siti.id(), 30, 8);
        Customer other = customers.create(CustomerDraft.named("Budi Santoso"));
        LongHistory.write(store.services(clock), clock, other.id(), 3, 2); // not Siti's: must not show

        List<String> statements = new CopyOnWriteArrayList<>();
        store.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statements.add(context.getRawSql());
            }
        });
        CustomerHistory history = service.history(siti.id());
        store.jdbi().setSqlLogger(SqlLogger.NOP_SQL_LOGGER);

        assertThat(statements).hasSizeLessThanOrEqualTo(6);
        assertThat(history.cases()).hasSize(8);
        for (CaseDetail c : history.cases()) {
            assertThat(c).isEqualTo(service.detail(c.winbackCase().id())); // as read case by case
            assertThat(c.winbackCase().customerName()).isEqualTo("Siti Aminah");
        }
        assertThat(history.timeline()).extracting(TimelineEntry::kind).filteredOn(k -> k == TimelineEntry.Kind.INCIDENT).hasSize(30);
        assertThat(history.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.STEP_DONE).hasSize(8 * 4);
        assertThat(history.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.CASE_CLOSED).hasSize(8);
        assertThat(history.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.FOLLOW_UP).hasSize(2);
        assertThat(history.timeline()).filteredOn(e -> e.kind() == TimelineEntry.Kind.CASE_OPENED)
                .allMatch(e -> e.incident() != null && e.incident().customerId() == siti.id());
        assertThat(history.timeline()).extracting(TimelineEntry::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(history.openCase()).isEmpty();
        assertThat(service.casesOf(siti.id())).isEqualTo(history.cases());
    }
}
