package com.setia.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.health.HealthService;
import com.setia.incident.IncidentService;
import com.setia.reasons.ReasonService;
import com.setia.rulechange.RuleChangeService;
import com.setia.store.MonthBuckets;
import com.setia.winback.WinbackService;

/**
 * The shop at a glance: asks each feature's service for its figures over a period (each counted in SQL, one query
 * per chart; no table is read here), and lists the customers behind a part of a chart.
 */
public final class DashboardService {
    /** At most this many customers are listed behind a part of a chart. */
    public static final int DRILL_LIMIT = 500;

    private final CustomerService customers;
    private final IncidentService incidents;
    private final WinbackService winback;
    private final ReasonService reasons;
    private final HealthService health;
    private final RuleChangeService ruleChanges;
    private final QuietSource quiet;
    private final Clock clock;

    /** {@code quiet}: going quiet and brought back, or null while no feature provides it. */
    public DashboardService(CustomerService customers, IncidentService incidents, WinbackService winback,
            ReasonService reasons, HealthService health, RuleChangeService ruleChanges, QuietSource quiet, Clock clock) {
        this.customers = customers;
        this.incidents = incidents;
        this.winback = winback;
        this.reasons = reasons;
        this.health = health;
        this.ruleChanges = ruleChanges;
        this.quiet = quiet;
        this.clock = clock;
    }

    /** True when going quiet and brought back can be shown. */
    public boolean hasQuiet() {
        return quiet != null;
    }

    public MonthBuckets months(DashboardPeriod period) {
        return MonthBuckets.ending(LocalDate.now(clock), period.months(), clock.getZone());
    }

    /** Every figure for the period: one query per chart, each asked of the service that owns the data. */
    public DashboardData load(DashboardPeriod period) {
        MonthBuckets months = months(period);
        LocalDate from = months.fromDay();
        return new DashboardData(period, months.months(), LocalDate.now(clock), clock.instant(),
                customers.statusCounts(),
                customers.statusChanges(months),
                incidents.monthly(months),
                winback.actFastByMonth(months),
                winback.thresholds().redHours(),
                winback.outcomesByMonth(months),
                reasons.overviewSince(from),
                health.overviewSince(from),
                ruleChanges.effectiveFrom(from),
                quiet == null ? null : quiet.figures(months));
    }

    /** The customers behind a part of a chart, by name, at most {@link #DRILL_LIMIT}. */
    public DrillResult customersBehind(Drill drill, DashboardPeriod period) {
        MonthBuckets m = months(period);
        int limit = DRILL_LIMIT + 1;
        List<Long> ids = ids(drill, m, limit);
        boolean more = ids.size() > DRILL_LIMIT;
        List<Long> shown = more ? ids.subList(0, DRILL_LIMIT) : ids;
        Map<Long, Customer> found = customers.findAll(shown);
        List<Customer> list = new ArrayList<>(found.values());
        list.sort(Comparator.comparing(Customer::name, String.CASE_INSENSITIVE_ORDER).thenComparingLong(Customer::id));
        return new DrillResult(drill, list, more);
    }

    private List<Long> ids(Drill drill, MonthBuckets m, int limit) {
        if (drill instanceof Drill.StatusNow d) return customers.idsWithStatus(d.status(), limit);
        if (drill instanceof Drill.StatusChanged d) {
            return customers.idsChangedTo(d.status(), m.start(d.month()), m.start(d.month() + 1), limit);
        }
        if (drill instanceof Drill.Incidents d) {
            return incidents.customersWith(m.start(d.month()), m.start(d.month() + 1), d.channel(), d.severity(), limit);
        }
        if (drill instanceof Drill.PastRed d) {
            return d.month() < 0 ? winback.customersPastRed(m.from(), m.to(), limit)
                    : winback.customersPastRed(m.start(d.month()), m.start(d.month() + 1), limit);
        }
        if (drill instanceof Drill.Closed d) {
            return winback.customersClosedAs(d.outcome(), m.start(d.month()), m.start(d.month() + 1), limit);
        }
        if (drill instanceof Drill.Reason d) return reasons.customersWith(d.reason(), m.fromDay(), limit);
        if (drill instanceof Drill.Health d) return health.customersWith(d.item(), m.fromDay(), limit);
        if (drill instanceof Drill.RuleTold d) return ruleChanges.customers(d.changeId(), d.told(), limit);
        if (drill instanceof Drill.Quiet) return quiet == null ? List.of() : quiet.customersQuiet(limit);
        if (drill instanceof Drill.BroughtBack d) {
            return quiet == null ? List.of() : quiet.customersBroughtBack(m.start(d.month()), m.start(d.month() + 1), limit);
        }
        throw new IllegalArgumentException("Unknown drill " + drill);
    }

    /** The customers behind a part of a chart; {@code more}: there were more than the list shows. */
    public record DrillResult(Drill drill, List<Customer> customers, boolean more) {
        public DrillResult {
            customers = List.copyOf(customers);
        }
    }

    Instant now() {
        return clock.instant();
    }
}
