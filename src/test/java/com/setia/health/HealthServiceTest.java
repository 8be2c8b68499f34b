package com.setia.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.checklist.ChecklistViewModel;
import com.setia.common.Refusal;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class HealthServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);
    HealthService service;
    Customer siti;
    Customer budi;

    @BeforeEach
    void setUp() {
        service = store.services(clock).health();
        siti = store.services(clock).customers().create(CustomerDraft.named("Siti"));
        budi = store.services(clock).customers().create(CustomerDraft.named("Budi"));
    }

    @Test
    void ticksAreCountedAcrossTheShopMostFirstAndArchivedLeftOut() {
        service.tick(siti.id(), HealthItem.CARE, today, "Complaint left a week");
        service.tick(budi.id(), HealthItem.CARE, today.minusDays(40), null);
        service.tick(budi.id(), HealthItem.TRUST, today, null);
        service.tick(siti.id(), HealthItem.CARE, today, "updated in place");
        assertThat(service.ticksOf(siti.id()).get(HealthItem.CARE).note()).isEqualTo("updated in place");
        var all = service.overviewSince(today.minusDays(60));
        assertThat(all).hasSize(8);
        assertThat(all.get(0)).isEqualTo(new HealthCount(HealthItem.CARE, 2));
        assertThat(service.overviewSince(today.minusDays(10)).get(0)).isEqualTo(new HealthCount(HealthItem.TRUST, 1));
        store.services(clock).customers().archive(budi.id());
        assertThat(service.overviewSince(today.minusDays(60)).get(0)).isEqualTo(new HealthCount(HealthItem.CARE, 1));
        assertThat(service.customersWith(HealthItem.CARE, today.minusDays(60), 10)).containsExactly(siti.id());
    }

    @Test
    void aFutureDayIsRefusedAndTheViewModelSaysSoKeepingTheRowUnticked() {
        assertThatThrownBy(() -> service.tick(siti.id(), HealthItem.TRUST, today.plusDays(1), null))
                .isInstanceOf(Refusal.class);
        ChecklistViewModel<HealthItem> vm = new ChecklistViewModel<>(service, TaskRunner.DIRECT, clock, "health");
        vm.load(siti.id());
        var row = vm.rows().get(6);
        assertThat(row.item()).isEqualTo(HealthItem.TRUST);
        row.dateProperty().set(today.plusDays(1));
        vm.setTicked(row, true);
        assertThat(row.errorKeyProperty().get()).isEqualTo("health.error.dateFuture");
        assertThat(row.tickedProperty().get()).isFalse();
        row.dateProperty().set(today);
        vm.setTicked(row, true);
        assertThat(row.tickedProperty().get()).isTrue();
        assertThat(service.ticksOf(siti.id())).containsOnlyKeys(HealthItem.TRUST);
        vm.setTicked(row, false);
        assertThat(service.ticksOf(siti.id())).isEmpty();
    }
}
