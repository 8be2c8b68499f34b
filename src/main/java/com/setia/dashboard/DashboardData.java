package com.setia.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import com.setia.customer.CustomerStatus;
import com.setia.customer.MonthStatusCount;
import com.setia.health.HealthCount;
import com.setia.incident.MonthIncidentCount;
import com.setia.reasons.ReasonCount;
import com.setia.rulechange.RuleChange;
import com.setia.winback.MonthActFast;
import com.setia.winback.MonthOutcomeCount;
import com.setia.winback.Outcome;

/**
 * Everything the dashboard shows for a period, each figure counted in SQL by the feature that owns it (one query per
 * chart). {@code quiet} is null while no feature provides going-quiet figures.
 */
public record DashboardData(
        DashboardPeriod period,
        List<YearMonth> months,
        LocalDate today,
        Instant madeAt,
        Map<CustomerStatus, Integer> statusNow,
        List<MonthStatusCount> statusChanges,
        List<MonthIncidentCount> incidents,
        List<MonthActFast> actFast,
        int redHours,
        List<MonthOutcomeCount> outcomes,
        List<ReasonCount> reasons,
        List<HealthCount> health,
        List<RuleChange> ruleChanges,
        QuietSource.QuietFigures quiet) {

    /** Customers in the book (not archived), every status. */
    public int customersInBook() {
        return statusNow.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** The act-fast figures of the whole period. */
    public MonthActFast actFastOverall() {
        return actFast.stream().filter(a -> a.month() == MonthActFast.WHOLE_RANGE).findFirst()
                .orElse(new MonthActFast(MonthActFast.WHOLE_RANGE, 0, 0, null, 0));
    }

    /** Cases closed in the period with this outcome. */
    public int closed(Outcome outcome) {
        return outcomes.stream().filter(o -> o.outcome() == outcome).mapToInt(MonthOutcomeCount::cases).sum();
    }

    /** Won back over all cases closed in the period, 0..1; null when none closed. */
    public Double winbackRate() {
        int all = outcomes.stream().mapToInt(MonthOutcomeCount::cases).sum();
        return all == 0 ? null : (double) closed(Outcome.WON_BACK) / all;
    }

    /** Won back over closed, in one month; null when none closed. */
    public Double winbackRate(int month) {
        int all = outcomes.stream().filter(o -> o.month() == month).mapToInt(MonthOutcomeCount::cases).sum();
        int won = outcomes.stream().filter(o -> o.month() == month && o.outcome() == Outcome.WON_BACK)
                .mapToInt(MonthOutcomeCount::cases).sum();
        return all == 0 ? null : (double) won / all;
    }

    /** Customers on the lists of the period's rule changes, and how many of them were told. */
    public int ruleAffected() {
        return ruleChanges.stream().mapToInt(RuleChange::affected).sum();
    }

    public int ruleTold() {
        return ruleChanges.stream().mapToInt(RuleChange::told).sum();
    }
}
