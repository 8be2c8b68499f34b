package com.setia.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.app.Services;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerStatus;
import com.setia.customer.MonthStatusCount;
import com.setia.incident.Channel;
import com.setia.incident.IncidentDraft;
import com.setia.incident.MonthIncidentCount;
import com.setia.incident.Severity;
import com.setia.reasons.LossReason;
import com.setia.rulechange.Audience;
import com.setia.rulechange.RuleChangeDraft;
import com.setia.rulechange.RuleKind;
import com.setia.rulechange.ToldHow;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;
import com.setia.winback.CloseRequest;
import com.setia.winback.MonthActFast;
import com.setia.winback.Outcome;
import com.setia.winback.Step;
import com.setia.winback.StepDraft;

/** The dashboard's figures over the real services and migrations, month by month in the shop's time zone. */
class DashboardServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    // 1 January 2026, 10:00 in Kuala Lumpur.
    final MutableClock clock = MutableClock.at("2026-01-01T02:00:00Z");
    Services services;
    DashboardService dashboard;
    Customer siti;
    Customer budi;
    Customer lim;

    @BeforeEach
    void setUp() {
        services = store.services(clock);
        dashboard = new DashboardService(services.customers(), services.incidents(), services.winback(),
                services.reasons(), services.health(), services.ruleChanges(), null, clock);
        siti = services.customers().create(CustomerDraft.named("Siti"));
        budi = services.customers().create(CustomerDraft.named("Budi"));
        lim = services.customers().create(CustomerDraft.named("Lim"));
    }

    long incident(Customer c, Channel channel, Severity severity) {
        return services.incidents().log(new IncidentDraft(c.id(), clock.instant(), channel, "Lambat", severity, null, null)).id();
    }

    @Test
    void countsEveryChartPerMonthOfThePeriod() {
        // January: Siti complains on WhatsApp; her case is acted on after 2 hours and she is won back.
        long i1 = incident(siti, Channel.WHATSAPP, Severity.HIGH);
        long k1 = services.winback().open(siti.id(), i1).winbackCase().id();
        clock.advance(Duration.ofHours(2));
        services.winback().recordStep(k1, StepDraft.of(Step.ACT_FAST, "Called"));
        services.winback().close(k1, CloseRequest.wonBack(null).confirmingSkipped());
        // February: Budi complains at the counter; acted on after 100 hours (past red, 72), let go.
        clock.advance(Duration.ofDays(35));
        long i2 = incident(budi, Channel.COUNTER, Severity.LOW);
        long k2 = services.winback().open(budi.id(), i2).winbackCase().id();
        clock.advance(Duration.ofHours(100));
        services.winback().recordStep(k2, StepDraft.of(Step.ACT_FAST, "Visited"));
        services.winback().close(k2, CloseRequest.letGo("Always abusive", null).confirmingSkipped());
        services.reasons().tick(budi.id(), LossReason.VIII, LocalDate.now(clock), null);
        services.reasons().tick(siti.id(), LossReason.VIII, LocalDate.now(clock), null);
        services.reasons().tick(siti.id(), LossReason.II, LocalDate.now(clock), null);
        // Lim's case waits with no action for 80 hours: past red too.
        incident(lim, Channel.WHATSAPP, Severity.HIGH);
        services.winback().open(lim.id(), null);
        clock.advance(Duration.ofHours(80));
        var change = services.ruleChanges().record(new RuleChangeDraft(RuleKind.PRICE, "RM45", null,
                LocalDate.now(clock).plusDays(3), Audience.STATUS, CustomerStatus.AT_RISK, null));
        services.ruleChanges().markTold(change.id(), lim.id(), ToldHow.WHATSAPP, LocalDate.now(clock));

        DashboardData d = dashboard.load(DashboardPeriod.THREE_MONTHS);
        assertThat(d.months()).containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        assertThat(d.statusNow()).containsEntry(CustomerStatus.WON_BACK, 1).containsEntry(CustomerStatus.LET_GO, 1)
                .containsEntry(CustomerStatus.AT_RISK, 1).containsEntry(CustomerStatus.ACTIVE, 0);
        assertThat(d.statusChanges()).contains(new MonthStatusCount(1, CustomerStatus.ACTIVE, 3),
                new MonthStatusCount(1, CustomerStatus.WON_BACK, 1), new MonthStatusCount(2, CustomerStatus.LET_GO, 1),
                new MonthStatusCount(2, CustomerStatus.AT_RISK, 2));
        assertThat(d.incidents()).containsExactlyInAnyOrder(
                new MonthIncidentCount(1, Channel.WHATSAPP, Severity.HIGH, 1),
                new MonthIncidentCount(2, Channel.COUNTER, Severity.LOW, 1),
                new MonthIncidentCount(2, Channel.WHATSAPP, Severity.HIGH, 1));
        MonthActFast all = d.actFastOverall();
        assertThat(all.cases()).isEqualTo(3);
        assertThat(all.acted()).isEqualTo(2);
        assertThat(all.medianSeconds()).isEqualTo(51 * 3600.0); // between 2 h and 100 h
        assertThat(all.pastRed()).isEqualTo(2);
        assertThat(d.actFast()).contains(new MonthActFast(1, 1, 1, 7200.0, 0));
        assertThat(d.closed(Outcome.WON_BACK)).isEqualTo(1);
        assertThat(d.winbackRate()).isEqualTo(0.5);
        assertThat(d.reasons().get(0).reason()).isEqualTo(LossReason.VIII);
        assertThat(d.reasons().get(0).customers()).isEqualTo(2);
        assertThat(d.ruleAffected()).isEqualTo(1);
        assertThat(d.ruleTold()).isEqualTo(1);

        assertThat(names(new Drill.PastRed(-1))).containsExactly("Budi", "Lim");
        assertThat(names(new Drill.Closed(1, Outcome.WON_BACK))).containsExactly("Siti");
        assertThat(names(new Drill.Incidents(2, Channel.WHATSAPP, null))).containsExactly("Lim");
        assertThat(names(new Drill.Incidents(2, null, Severity.LOW))).containsExactly("Budi");
        assertThat(names(new Drill.Reason(LossReason.VIII))).containsExactly("Budi", "Siti");
        assertThat(names(new Drill.StatusNow(CustomerStatus.LET_GO))).containsExactly("Budi");
        assertThat(names(new Drill.StatusChanged(2, CustomerStatus.AT_RISK))).containsExactly("Budi", "Lim");
        assertThat(names(new Drill.RuleTold(change.id(), true))).containsExactly("Lim");
    }

    @Test
    void aMonthStartsAtMidnightInTheShopsZone() {
        // 31 January 23:30 in Kuala Lumpur is 15:30 UTC: January, whatever the JVM's zone.
        clock.advance(Duration.between(Instant.parse("2026-01-01T02:00:00Z"), Instant.parse("2026-01-31T15:30:00Z")));
        incident(siti, Channel.PHONE, Severity.MEDIUM);
        clock.advance(Duration.ofMinutes(40)); // 1 February 00:10 there
        incident(budi, Channel.PHONE, Severity.MEDIUM);
        DashboardData d = dashboard.load(DashboardPeriod.THREE_MONTHS);
        assertThat(d.months()).endsWith(YearMonth.of(2026, 2));
        assertThat(d.incidents()).containsExactlyInAnyOrder(new MonthIncidentCount(1, Channel.PHONE, Severity.MEDIUM, 1),
                new MonthIncidentCount(2, Channel.PHONE, Severity.MEDIUM, 1));
    }

    @Test
    void thisMonthOnlyAndAnEmptyShop() {
        DashboardData d = dashboard.load(DashboardPeriod.THIS_MONTH);
        assertThat(d.months()).containsExactly(YearMonth.of(2026, 1));
        assertThat(d.incidents()).isEmpty();
        assertThat(d.winbackRate()).isNull();
        assertThat(d.actFastOverall().medianSeconds()).isNull();
        assertThat(d.quiet()).isNull();
        assertThat(d.customersInBook()).isEqualTo(3);
    }

    List<String> names(Drill drill) {
        return dashboard.customersBehind(drill, DashboardPeriod.THREE_MONTHS).customers().stream().map(Customer::name).toList();
    }
}
