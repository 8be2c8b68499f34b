package com.setia.reasons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.Message;
import com.setia.common.Refusal;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class ReasonServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);
    ReasonService service;
    CustomerService customers;
    Customer siti;
    Customer budi;

    @BeforeEach
    void setUp() {
        service = store.services(clock).reasons();
        customers = store.services(clock).customers();
        siti = customers.create(CustomerDraft.named("Siti"));
        budi = customers.create(CustomerDraft.named("Budi"));
    }

    @Test
    void ticksWithDateAndNoteAndUpdatesThemInPlace() {
        service.tick(siti.id(), LossReason.VIII, today.minusDays(3), " said the supplier was late ");
        service.tick(siti.id(), LossReason.VIII, today, "again");
        ReasonTick tick = service.forCustomer(siti.id()).get(LossReason.VIII);
        assertThat(tick.tickedOn()).isEqualTo(today);
        assertThat(tick.note()).isEqualTo("again");
        assertThat(service.forCustomer(siti.id())).containsOnlyKeys(LossReason.VIII);
    }

    @Test
    void untickRemovesOnlyThatReason() {
        service.tick(siti.id(), LossReason.I, today, null);
        service.tick(siti.id(), LossReason.X, today, null);
        service.untick(siti.id(), LossReason.I);
        assertThat(service.forCustomer(siti.id())).containsOnlyKeys(LossReason.X);
    }

    @Test
    void overviewCountsEveryReasonMostFrequentFirst() {
        service.tick(siti.id(), LossReason.VIII, today, null);
        service.tick(budi.id(), LossReason.VIII, today, null);
        service.tick(budi.id(), LossReason.III, today, null);
        var overview = service.overview();
        assertThat(overview).hasSize(10);
        assertThat(overview.get(0)).isEqualTo(new ReasonCount(LossReason.VIII, 2));
        assertThat(overview.get(1)).isEqualTo(new ReasonCount(LossReason.III, 1));
        assertThat(overview.get(2)).isEqualTo(new ReasonCount(LossReason.I, 0));
    }

    @Test
    void archivedCustomersAreLeftOutOfTheOverview() {
        service.tick(siti.id(), LossReason.II, today, null);
        customers.archive(siti.id());
        assertThat(service.overview()).contains(new ReasonCount(LossReason.II, 0));
    }

    @Test
    void refusesAFutureDayAndKeepsTheStoredTick() {
        service.tick(siti.id(), LossReason.V, today, "kept");
        assertThatThrownBy(() -> service.tick(siti.id(), LossReason.V, today.plusDays(1), "changed"))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.messageKeys()).containsExactly("reasons.error.dateFuture"));
        assertThat(service.forCustomer(siti.id()).get(LossReason.V).note()).isEqualTo("kept");
    }

    @Test
    void theTenReasonsKeepTheSourceOrder() {
        assertThat(LossReason.values()).extracting(LossReason::numeral)
                .containsExactly("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");
    }

    @Test
    void anInvisibleNoteIsNoNoteAndALongOneNamesTheLimit() {
        assertThat(service.tick(siti.id(), LossReason.I, today, "\u200B\u00A0\u0000").note()).isNull();
        assertThatThrownBy(() -> service.tick(siti.id(), LossReason.I, today, "x".repeat(ReasonService.NOTE_MAX + 1)))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messages())
                        .containsExactly(Message.of("reasons.error.noteTooLong", ReasonService.NOTE_MAX)));
    }
}
