package com.setia.reasons;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.Message;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class ReasonViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);
    ReasonService service;
    Customer siti;

    @BeforeEach
    void setUp() {
        service = store.services(clock).reasons();
        siti = store.services(clock).customers().create(CustomerDraft.named("Siti"));
    }

    @Test
    void tenRowsInOrderTickedFromTheStore() {
        service.tick(siti.id(), LossReason.IX, today.minusDays(1), "Argued with her");
        ReasonChecklistViewModel vm = new ReasonChecklistViewModel(service, TaskRunner.DIRECT, clock);
        vm.load(siti.id());
        assertThat(vm.rows()).extracting(ReasonChecklistViewModel.Row::reason).containsExactly(LossReason.values());
        var ix = vm.rows().get(8);
        assertThat(ix.tickedProperty().get()).isTrue();
        assertThat(ix.dateProperty().get()).isEqualTo(today.minusDays(1));
        assertThat(ix.noteProperty().get()).isEqualTo("Argued with her");
        assertThat(vm.rows().get(0).tickedProperty().get()).isFalse();
    }

    @Test
    void tickingStoresTodayAndAFutureDayIsRefusedKeepingTheTick() {
        ReasonChecklistViewModel vm = new ReasonChecklistViewModel(service, TaskRunner.DIRECT, clock);
        vm.load(siti.id());
        var row = vm.rows().get(3);
        row.noteProperty().set("Made her fill three forms");
        vm.setTicked(row, true);
        assertThat(service.forCustomer(siti.id()).get(LossReason.IV).tickedOn()).isEqualTo(today);
        assertThat(row.dirtyBinding().get()).isFalse();

        row.dateProperty().set(today.plusDays(3));
        assertThat(row.dirtyBinding().get()).isTrue();
        vm.save(row);
        assertThat(row.errorProperty().get()).isEqualTo(Message.of("reasons.error.dateFuture"));
        assertThat(row.tickedProperty().get()).isTrue();
        assertThat(row.dateProperty().get()).isEqualTo(today.plusDays(3));
        assertThat(service.forCustomer(siti.id()).get(LossReason.IV).tickedOn()).isEqualTo(today);

        vm.setTicked(row, false);
        assertThat(service.forCustomer(siti.id())).isEmpty();
    }

    @Test
    void overviewScalesToTheMostFrequentReason() {
        service.tick(siti.id(), LossReason.VIII, today, null);
        ReasonOverviewViewModel vm = new ReasonOverviewViewModel(service, TaskRunner.DIRECT);
        vm.load();
        assertThat(vm.maxProperty().get()).isEqualTo(1);
        assertThat(vm.counts().get(0)).isEqualTo(new ReasonCount(LossReason.VIII, 1));
    }

    @Test
    void aNoteTypedButNotSavedIsStoredWhenTheOwnerLeavesNotDropped() {
        com.setia.testsupport.QueuedRunner runner = new com.setia.testsupport.QueuedRunner();
        ReasonChecklistViewModel vm = new ReasonChecklistViewModel(service, runner, clock);
        vm.load(siti.id());
        runner.runAll();
        var i = vm.rows().get(0);
        vm.setTicked(i, true);
        runner.runAll();
        i.noteProperty().set("Half-hearted service at the counter");
        assertThat(vm.hasUnsavedWork()).isTrue();

        vm.saveTyped(); // the page is moving to another customer
        assertThat(vm.hasUnsavedWork()).as("being stored: nothing to ask about").isFalse();
        runner.runAll();
        assertThat(service.forCustomer(siti.id()).get(LossReason.I).note()).isEqualTo("Half-hearted service at the counter");

        i.dateUnreadableProperty().set(true);
        vm.saveTyped();
        assertThat(vm.hasUnsavedWork()).as("an unreadable day cannot be stored: the page must ask").isTrue();
    }
}
