package com.setia.visit;

import com.setia.common.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.customer.ListOrder;
import com.setia.customer.VisitStandings;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.testsupport.TestStore;

class VisitServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);
    VisitService visits;
    CustomerService customers;
    Customer siti;
    Customer budi;

    @BeforeEach
    void setUp() {
        customers = new CustomerService(store.jdbi(), clock);
        visits = new VisitService(store.jdbi(), clock, customers);
        siti = TestCustomers.create(customers, "Siti Aminah", "012-345 6789", Language.MS);
        budi = TestCustomers.create(customers, "Budi Santoso", "0812-3456-7890", Language.ID);
    }

    private void weekly(Customer c, LocalDate last, int times) {
        for (int i = times - 1; i >= 0; i--) visits.record(VisitDraft.on(c.id(), last.minusWeeks(i)));
    }

    @Test
    void aVisitIsStoredAndTheSummaryFollowsInTheSameWrite() {
        visits.record(new VisitDraft(siti.id(), today.minusDays(14), new BigDecimal("25.50"), "  roti  "));
        visits.record(VisitDraft.on(siti.id(), today.minusDays(7)));
        assertThat(visits.summary(siti.id())).get().extracting(VisitSummary::dayCount, VisitSummary::ownGap)
                .containsExactly(2, null);
        visits.record(VisitDraft.on(siti.id(), today));
        VisitSummary s = visits.summary(siti.id()).orElseThrow();
        assertThat(s.dayCount()).isEqualTo(3);
        assertThat(s.lastVisit()).isEqualTo(today);
        assertThat(s.ownGap()).isEqualTo(7);
        assertThat(visits.visitsOf(siti.id(), 10)).extracting(Visit::visitedOn)
                .containsExactly(today, today.minusDays(7), today.minusDays(14));
        assertThat(visits.visitsOf(siti.id(), 10).get(2).note()).isEqualTo("roti");
        assertThat(visits.usualGap(siti.id())).isEqualTo(new VisitService.UsualGap(7, true));
    }

    @Test
    void twoVisitsOnOneDayAreOneVisitDayForTheGap() {
        visits.record(VisitDraft.on(siti.id(), today.minusDays(10)));
        visits.record(VisitDraft.on(siti.id(), today.minusDays(10)));
        visits.record(VisitDraft.on(siti.id(), today.minusDays(5)));
        visits.record(VisitDraft.on(siti.id(), today));
        assertThat(visits.summary(siti.id()).orElseThrow().ownGap()).isEqualTo(5);
    }

    @Test
    void aFutureDayOrABadAmountIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> visits.record(VisitDraft.on(siti.id(), today.plusDays(1))))
                .isInstanceOf(Refusal.class).extracting(e -> ((Refusal) e).messageKeys())
                .asList().containsExactly("visit.error.future");
        assertThatThrownBy(() -> visits.record(new VisitDraft(siti.id(), today, new BigDecimal("-1"), null)))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> visits.record(new VisitDraft(siti.id(), today, new BigDecimal("1.005"), null)))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> visits.record(VisitDraft.on(9999, today))).isInstanceOf(Refusal.class);
        assertThat(visits.visitCount()).isZero();
        assertThat(visits.summary(siti.id())).isEmpty();
    }

    @Test
    void aVisitAfterAStretchPastTheThresholdIsABroughtBackAndGoesWithTheVisit() {
        LocalDate start = today.minusDays(120);
        weekly(siti, start.plusWeeks(4), 5); // weekly: own gap 7, threshold max(2 x 7, 30) = 30 days
        visits.record(VisitDraft.on(siti.id(), start.plusWeeks(4).plusDays(30))); // 30 days away: not past 30
        assertThat(visits.returnsBetween(start, today.plusDays(1))).isEmpty();
        LocalDate back = start.plusWeeks(4).plusDays(61); // 31 days after the last
        Visit v = visits.record(VisitDraft.on(siti.id(), back));
        assertThat(visits.returnsBetween(start, today.plusDays(1)))
                .containsExactly(new VisitReturn(siti.id(), back, 31));
        assertThat(visits.returnsBetween(back.plusDays(1), today.plusDays(1))).isEmpty();
        visits.delete(v.id());
        assertThat(visits.returnsBetween(start, today.plusDays(1))).isEmpty();
    }

    @Test
    void visitsStoredBeforeReturnsWereKeptAreWorkedOutOnceWhenFirstAskedFor() {
        LocalDate back = today.minusDays(3);
        weekly(budi, back.minusDays(100), 4);
        visits.record(VisitDraft.on(budi.id(), back));
        // As a store upgraded to V43 has them: visits and summaries, no returns, not built yet.
        store.jdbi().useHandle(h -> {
            h.execute("DELETE FROM visit_return");
            h.execute("UPDATE visit_setting SET setting_value = 'false' WHERE name = 'returnsBuilt'");
        });
        VisitService fresh = new VisitService(store.jdbi(), clock, customers);
        assertThat(fresh.returnsBetween(today.minusDays(30), today.plusDays(1)))
                .containsExactly(new VisitReturn(budi.id(), back, 100));
        String built = store.jdbi().withHandle(h -> h.createQuery(
                "SELECT setting_value FROM visit_setting WHERE name = 'returnsBuilt'").mapTo(String.class).one());
        assertThat(built).isEqualTo("true");
    }

    @Test
    void aWeeklyCustomerGoesQuietAfterTheMinimumAndTheOwnersFactor() {
        weekly(siti, today, 5);
        clock.advance(Duration.ofDays(30)); // 30 days: 2 x 7 = 14 passed, but never fewer than 30
        assertThat(visits.goingQuiet(Set.of())).isEmpty();
        clock.advance(Duration.ofDays(1));
        assertThat(visits.goingQuiet(Set.of())).singleElement().satisfies(q -> {
            assertThat(q.customerId()).isEqualTo(siti.id());
            assertThat(q.usualGap()).isEqualTo(7);
            assertThat(q.ownGap()).isTrue();
            assertThat(q.daysSince()).isEqualTo(31);
            assertThat(q.thresholdDays()).isEqualTo(30);
        });
        visits.saveQuietSettings(new QuietSettings(new BigDecimal("5"), 10));
        assertThat(visits.goingQuiet(Set.of())).isEmpty(); // 5 x 7 = 35 days now
        clock.advance(Duration.ofDays(5));
        assertThat(visits.goingQuiet(Set.of())).hasSize(1).first().extracting(QuietCandidate::thresholdDays).isEqualTo(35);
        assertThat(visits.goingQuiet(Set.of(siti.id()))).isEmpty();
    }

    @Test
    void fewVisitsUseTheShopWideMedianAndTheMostOverdueComeFirst() {
        Customer ali = TestCustomers.create(customers, "Ali", null, Language.MS);
        weekly(siti, today.minusDays(40), 4);             // own gap 7, 40 days since: 5.7 x
        for (int i = 0; i < 3; i++) visits.record(VisitDraft.on(ali.id(), today.minusDays(100 + 21 * i))); // gap 21
        visits.record(VisitDraft.on(budi.id(), today.minusDays(60)));  // one day only: the shop's median
        // shop median of medians 7 and 21: 14
        assertThat(visits.shopGap()).isEqualTo(14);
        var quiet = visits.goingQuiet(Set.of());
        assertThat(quiet).extracting(QuietCandidate::customerId).containsExactly(siti.id(), ali.id(), budi.id());
        assertThat(quiet.get(2).ownGap()).isFalse();
        assertThat(quiet.get(2).usualGap()).isEqualTo(14);
    }

    @Test
    void aDismissedCustomerStaysOffTheListUntilTheDayChosen() {
        weekly(siti, today.minusDays(60), 3);
        visits.dismissQuiet(siti.id(), today.plusDays(7));
        assertThat(visits.goingQuiet(Set.of())).isEmpty();
        clock.advance(Duration.ofDays(8));
        assertThat(visits.goingQuiet(Set.of())).hasSize(1);
        assertThatThrownBy(() -> visits.dismissQuiet(siti.id(), today)).isInstanceOf(Refusal.class);
    }

    @Test
    void settingsOutOfRangeAreRefused() {
        assertThatThrownBy(() -> visits.saveQuietSettings(new QuietSettings(BigDecimal.ONE, 30)))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> visits.saveQuietSettings(new QuietSettings(new BigDecimal("2"), 0)))
                .isInstanceOf(Refusal.class);
        assertThat(visits.quietSettings()).isEqualTo(new QuietSettings(new BigDecimal("2"), 30));
        assertThat(visits.saveQuietSettings(new QuietSettings(new BigDecimal("2.5"), 45)).minimumDays()).isEqualTo(45);
    }

    @Test
    void mediansRoundHalvesUp() {
        assertThat(VisitService.median(new int[] {8, 7})).isEqualTo(8);
        assertThat(VisitService.median(new int[] {30, 7, 9})).isEqualTo(9);
    }

    @Test
    void theCustomerListSeesTheLastVisitAndGoingQuietAndSortsTheWholeBookByThem() {
        Customer ali = TestCustomers.create(customers, "Ali Hassan", "013-111 2222", Language.MS);
        weekly(siti, today.minusWeeks(9), 6); // weekly, last seen 9 weeks ago: going quiet
        weekly(budi, today.minusDays(2), 6); // weekly, came two days ago
        VisitStandings.Snapshot now = visits.standings();
        assertThat(now.of(siti.id())).isEqualTo(new VisitStandings.Standing(today.minusWeeks(9), 63, 7, true));
        assertThat(now.of(budi.id())).isEqualTo(new VisitStandings.Standing(today.minusDays(2), 2, 7, false));
        assertThat(now.of(ali.id())).isNull();

        // by name the book reads Ali, Budi, Siti; by going quiet Siti first; by last visit Budi first; no visit last
        assertThat(customers.search("", false, null, 2, ListOrder.GOING_QUIET, now).rows())
                .extracting(Customer::name).containsExactly("Siti Aminah", "Budi Santoso");
        assertThat(customers.search("", false, null, 3, ListOrder.LAST_VISIT, now).rows())
                .extracting(Customer::name).containsExactly("Budi Santoso", "Siti Aminah", "Ali Hassan");
        assertThat(customers.search("", false, null, 3, ListOrder.NAME, now).rows())
                .extracting(Customer::name).containsExactly("Ali Hassan", "Budi Santoso", "Siti Aminah");

        // a visit recorded here is in the next snapshot (no stale minute after a write on this PC)
        visits.record(VisitDraft.on(ali.id(), today));
        assertThat(visits.standings().of(ali.id())).isEqualTo(new VisitStandings.Standing(today, 0,
                visits.shopGap(), false));
        assertThat(customers.search("", false, null, 1, ListOrder.LAST_VISIT, visits.standings()).rows())
                .extracting(Customer::name).containsExactly("Ali Hassan");
    }
}
