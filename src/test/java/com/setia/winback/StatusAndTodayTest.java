package com.setia.winback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.incident.Channel;
import com.setia.incident.Incident;
import com.setia.incident.IncidentDraft;
import com.setia.incident.IncidentService;
import com.setia.incident.Severity;
import com.setia.testsupport.Customers;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.QueuedRunner;
import com.setia.testsupport.TestStore;

/** Issue 8: Today sees complaints with no case, every view of a case is current, the status follows, one click once. */
class StatusAndTodayTest {
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
        siti = customers.create(Customers.named("Siti Aminah").phone("012-345 6789").draft());
    }

    private Incident complaint(Customer c, Severity severity, Duration ago) {
        return incidents.log(new IncidentDraft(c.id(), clock.instant().minus(ago), Channel.PHONE, "Barang rosak",
                severity, null, null));
    }

    @Test
    void aComplaintWithNoCaseWaitsOnTodayWithThePhoneAndOneClickOpensItsCase() {
        Incident sixDaysAgo = complaint(siti, Severity.HIGH, Duration.ofDays(6));
        Customer budi = customers.create(CustomerDraft.named("Budi"));
        Incident justNow = complaint(budi, Severity.HIGH, Duration.ofMinutes(5));

        TodayViewModel vm = new TodayViewModel(service, TaskRunner.DIRECT, clock);
        vm.load();
        assertThat(vm.items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(TodayItem.Kind.INCIDENT);
            assertThat(item.incidentId()).isEqualTo(sixDaysAgo.id());
            assertThat(item.customerPhone()).isEqualTo(siti.phone());
            assertThat(item.level()).isEqualTo(ActFastLevel.RED);
            assertThat(item.elapsed()).isEqualTo(Duration.ofDays(6));
        });
        assertThat(justNow.id()).as("a complaint of five minutes ago is not late yet").isNotNull();

        vm.select(vm.items().get(0));
        assertThat(vm.incidentProperty().get().customerSaid()).isEqualTo("Barang rosak");
        vm.openCase();
        CaseDetail opened = vm.caseViewModel().detailProperty().get();
        assertThat(opened.incident().id()).isEqualTo(sixDaysAgo.id());
        assertThat(vm.caseViewModel().customerPhoneProperty().get()).isEqualTo("012-345 6789");
        assertThat(vm.items()).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo(TodayItem.Kind.ACT_FAST);
            assertThat(item.caseId()).isEqualTo(opened.winbackCase().id());
        });
        assertThat(vm.selectedProperty().get().caseId()).isEqualTo(opened.winbackCase().id());
    }

    @Test
    void aComplaintSetAsideOrDealtWithSinceLeavesToday() {
        Incident one = complaint(siti, Severity.MEDIUM, Duration.ofDays(3));
        service.setIncidentAside(one.id());
        assertThat(service.today()).isEmpty();

        // Budi complained, then a case opened without that incident was walked and closed: dealt with since.
        Customer budi = customers.create(CustomerDraft.named("Budi"));
        complaint(budi, Severity.HIGH, Duration.ofDays(5));
        long k = service.open(budi.id(), null).winbackCase().id();
        service.close(k, CloseRequest.wonBack(null).confirmingSkipped());
        assertThat(service.today()).isEmpty();
        assertThatThrownBy(() -> service.setIncidentAside(one.id())).isInstanceOf(com.setia.common.Refusal.class);
    }

    @Test
    void anIncidentWhoseCaseClosedGetsNoSecondCase() {
        Incident i = complaint(siti, Severity.HIGH, Duration.ofHours(2));
        long k = service.open(siti.id(), i.id()).winbackCase().id();
        service.close(k, CloseRequest.wonBack(null).confirmingSkipped());
        assertThatThrownBy(() -> service.open(siti.id(), i.id())).isInstanceOfSatisfying(com.setia.common.Refusal.class,
                e -> assertThat(e.messageKeys()).containsExactly("winback.error.incidentHasCase"));

        TimelineViewModel timeline = new TimelineViewModel(service, incidents, TaskRunner.DIRECT, clock, siti.id());
        timeline.load();
        assertThat(timeline.incidentsWithCase()).containsExactly(i.id());
    }

    @Test
    void theStatusFollowsWhatIsHappening() {
        long k = service.open(siti.id(), null).winbackCase().id();
        service.close(k, CloseRequest.wonBack(null).confirmingSkipped());
        assertThat(status(siti)).isEqualTo(CustomerStatus.WON_BACK);
        complaint(siti, Severity.LOW, Duration.ZERO);
        assertThat(status(siti)).as("cues heard leave the status").isEqualTo(CustomerStatus.WON_BACK);
        complaint(siti, Severity.HIGH, Duration.ZERO);
        assertThat(status(siti)).as("a new serious complaint puts a won-back customer at risk").isEqualTo(CustomerStatus.AT_RISK);

        Customer budi = customers.create(CustomerDraft.named("Budi"));
        long b = service.open(budi.id(), null).winbackCase().id();
        service.close(b, new CloseRequest(Outcome.LET_GO, null, "Always demands more", null, true));
        assertThat(status(budi)).isEqualTo(CustomerStatus.LET_GO);
        service.open(budi.id(), null);
        assertThat(status(budi)).as("opening a case for a let-go customer").isEqualTo(CustomerStatus.AT_RISK);

        Customer mei = customers.create(CustomerDraft.named("Mei"));
        long m = service.open(mei.id(), null).winbackCase().id();
        service.close(m, CloseRequest.keepInTouch(today.plusDays(7), null).confirmingSkipped());
        assertThat(status(mei)).isEqualTo(CustomerStatus.KEEP_IN_TOUCH);
        assertThat(customers.search("", false, CustomerStatus.KEEP_IN_TOUCH, 10).rows()).extracting(Customer::name)
                .containsExactly("Mei");
    }

    @Test
    void aDoubleClickOnRecordFollowUpRecordsOne() {
        long k = service.open(siti.id(), null).winbackCase().id();
        service.close(k, CloseRequest.keepInTouch(today, null).confirmingSkipped());
        QueuedRunner runner = new QueuedRunner();
        TodayViewModel vm = new TodayViewModel(service, runner, clock);
        vm.load();
        runner.runAll();
        vm.select(vm.items().get(0));
        runner.runAll();
        vm.followUpNoteProperty().set("Called");
        vm.nextFollowUpProperty().set(today.plusDays(30));

        vm.recordFollowUp();
        assertThat(vm.busyProperty().get()).isTrue();
        vm.recordFollowUp(); // the second click of a double click, while the first is still being stored
        runner.runAll();

        assertThat(service.detail(k).followUps()).hasSize(1);
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void theTimelineShowsWhatTodayDidToItsCase() {
        Incident i = complaint(siti, Severity.HIGH, Duration.ofDays(2));
        long k = service.open(siti.id(), i.id()).winbackCase().id();
        TimelineViewModel timeline = new TimelineViewModel(service, incidents, TaskRunner.DIRECT, clock, siti.id());
        timeline.load();
        assertThat(timeline.caseViewModel().detailProperty().get().step(Step.ACT_FAST)).isEmpty();

        // Meanwhile, on Today, the owner acts on the case and closes it.
        TodayViewModel today = new TodayViewModel(service, TaskRunner.DIRECT, clock);
        today.load();
        today.select(today.items().get(0));
        CaseViewModel onToday = today.caseViewModel();
        onToday.stepNotesProperty().set("Called her");
        onToday.recordStep();
        onToday.outcomeProperty().set(Outcome.WON_BACK);
        onToday.confirmClose();

        // The timeline's case card, still on screen, answers a click with where the case stands now.
        CaseViewModel onPage = timeline.caseViewModel();
        onPage.stepNotesProperty().set("Called her too");
        onPage.recordStep();
        assertThat(onPage.detailProperty().get().winbackCase().isOpen()).isFalse();
        assertThat(onPage.stepNotesProperty().get()).as("what was typed stays").isEqualTo("Called her too");

        // And coming back to the page (the page asks its panels to read again) shows it whole.
        timeline.load();
        assertThat(timeline.caseViewModel().detailProperty().get().winbackCase().outcome()).isEqualTo(Outcome.WON_BACK);
        assertThat(timeline.caseViewModel().detailProperty().get().step(Step.ACT_FAST)).isPresent();
    }

    private CustomerStatus status(Customer c) {
        return customers.find(c.id()).orElseThrow().status();
    }
}
