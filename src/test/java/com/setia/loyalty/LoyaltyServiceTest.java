package com.setia.loyalty;

import com.setia.common.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.testsupport.TestStore;

class LoyaltyServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);
    LoyaltyService loyalty;
    Customer siti;

    @BeforeEach
    void setUp() {
        CustomerService customers = new CustomerService(store.jdbi(), clock);
        loyalty = new LoyaltyService(store.jdbi(), clock, customers);
        siti = TestCustomers.create(customers, "Siti Aminah", null, Language.MS);
    }

    @Test
    void signsAreTickedWithTheirDayChangedAndUnticked() {
        loyalty.tick(siti.id(), LoyaltySign.RECOMMENDS, today.minusDays(5), "brought her sister");
        loyalty.tick(siti.id(), LoyaltySign.BUYS_AGAIN, today, null);
        loyalty.tick(siti.id(), LoyaltySign.RECOMMENDS, today.minusDays(1), null);
        assertThat(loyalty.forCustomer(siti.id())).containsOnlyKeys(LoyaltySign.RECOMMENDS, LoyaltySign.BUYS_AGAIN);
        assertThat(loyalty.forCustomer(siti.id()).get(LoyaltySign.RECOMMENDS).seenOn()).isEqualTo(today.minusDays(1));
        loyalty.untick(siti.id(), LoyaltySign.BUYS_AGAIN);
        assertThat(loyalty.forCustomer(siti.id())).containsOnlyKeys(LoyaltySign.RECOMMENDS);
    }

    @Test
    void aFutureDayIsRefused() {
        assertThatThrownBy(() -> loyalty.tick(siti.id(), LoyaltySign.GIVES_FEEDBACK, today.plusDays(1), null))
                .isInstanceOf(Refusal.class);
        assertThat(loyalty.forCustomer(siti.id())).isEmpty();
    }

    @Test
    void theViewModelTellsThePageWhenASignIsStored() {
        LoyaltyViewModel vm = new LoyaltyViewModel(loyalty, com.setia.common.TaskRunner.DIRECT, clock);
        int[] told = {0};
        vm.setOnChanged(() -> told[0]++);
        vm.load(siti.id());
        LoyaltyViewModel.Row first = vm.rows().get(0);
        vm.setTicked(first, true);
        org.assertj.core.api.Assertions.assertThat(told[0]).as("after a tick").isEqualTo(1);
        vm.setTicked(first, false);
        org.assertj.core.api.Assertions.assertThat(told[0]).as("after an untick").isEqualTo(2);
        org.assertj.core.api.Assertions.assertThat(loyalty.forCustomer(siti.id())).isEmpty();
    }
}
