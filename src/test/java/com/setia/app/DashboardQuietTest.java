package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.dashboard.DashboardData;
import com.setia.dashboard.DashboardPeriod;
import com.setia.dashboard.DashboardService;
import com.setia.dashboard.Drill;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;
import com.setia.visit.VisitDraft;

/**
 * The dashboard's going quiet and brought back through the app's wiring: the same going-quiet list as Today's, the
 * customers who came back after going quiet per month, and let-go or archived customers in neither.
 */
class DashboardQuietTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    // 1 March 2026, 10:00 in Kuala Lumpur.
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);
    Services services;
    DashboardService dashboard;

    @BeforeEach
    void setUp() {
        services = store.services(clock);
        dashboard = services.dashboard();
    }

    private Customer weeklyUntil(String name, LocalDate last) {
        Customer c = services.customers().create(CustomerDraft.named(name));
        for (int i = 5; i >= 0; i--) services.visits().record(VisitDraft.on(c.id(), last.minusWeeks(i)));
        return c;
    }

    @Test
    void goingQuietAndBroughtBackAreCountedWithoutLetGoOrArchivedCustomers() {
        Customer quiet = weeklyUntil("Siti Quiet", today.minusDays(40));
        Customer letGo = weeklyUntil("Budi LetGo", today.minusDays(40));
        Customer archived = weeklyUntil("Ani Archived", today.minusDays(40));
        weeklyUntil("Lim Regular", today.minusDays(3));
        // Came back on 10 February after 45 days away (threshold 30): brought back in February.
        Customer back = weeklyUntil("Wati Back", today.minusDays(64));
        services.visits().record(VisitDraft.on(back.id(), today.minusDays(19)));
        Customer backLetGo = weeklyUntil("Ahmad BackLetGo", today.minusDays(64));
        services.visits().record(VisitDraft.on(backLetGo.id(), today.minusDays(19)));
        services.letGo().letGo(letGo.id(), "Always asks for more than the rules");
        services.letGo().letGo(backLetGo.id(), "Abusive to the staff");
        services.customers().archive(archived.id());

        DashboardData d = dashboard.load(DashboardPeriod.THREE_MONTHS);
        assertThat(dashboard.hasQuiet()).isTrue();
        assertThat(d.quiet().quietNow()).isEqualTo(1);
        assertThat(d.months()).containsExactly(YearMonth.of(2026, 1), YearMonth.of(2026, 2), YearMonth.of(2026, 3));
        assertThat(d.quiet().broughtBack()).containsExactly(0, 1, 0);
        assertThat(services.relationship().goingQuiet(10).total()).isEqualTo(d.quiet().quietNow());

        assertThat(dashboard.customersBehind(new Drill.Quiet(), DashboardPeriod.THREE_MONTHS).customers())
                .extracting(Customer::id).containsExactly(quiet.id());
        assertThat(dashboard.customersBehind(new Drill.BroughtBack(1), DashboardPeriod.THREE_MONTHS).customers())
                .extracting(Customer::id).containsExactly(back.id());
        assertThat(dashboard.customersBehind(new Drill.BroughtBack(0), DashboardPeriod.THREE_MONTHS).customers()).isEmpty();
    }
}
