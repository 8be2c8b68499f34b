package com.setia.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.setia.dashboard.QuietSource;
import com.setia.relationship.RelationshipService;
import com.setia.store.MonthBuckets;
import com.setia.visit.VisitReturn;

/**
 * The dashboard's going quiet and brought back, from the relationship feature (which composes the visits with the
 * customer book): the same going-quiet list as Today's, and the customers who came back after going quiet. Let-go
 * and archived customers are in neither.
 */
final class DashboardQuiet implements QuietSource {
    private final RelationshipService relationship;
    private final ZoneId zone;

    DashboardQuiet(RelationshipService relationship, ZoneId zone) {
        this.relationship = relationship;
        this.zone = zone;
    }

    @Override
    public QuietFigures figures(MonthBuckets months) {
        int quietNow = relationship.quietCustomers().size();
        List<Set<Long>> perMonth = new ArrayList<>();
        for (int i = 0; i < months.count(); i++) perMonth.add(new java.util.HashSet<>());
        for (VisitReturn r : relationship.broughtBack(months.fromDay(), months.toDay())) {
            int i = months.indexOf(java.time.YearMonth.from(r.returnedOn()));
            if (i >= 0) perMonth.get(i).add(r.customerId());
        }
        return new QuietFigures(quietNow, perMonth.stream().map(Set::size).toList());
    }

    @Override
    public List<Long> customersQuiet(int limit) {
        List<Long> all = relationship.quietCustomers();
        return all.subList(0, Math.min(limit, all.size()));
    }

    @Override
    public List<Long> customersBroughtBack(Instant since, Instant until, int limit) {
        LocalDate from = LocalDate.ofInstant(since, zone);
        LocalDate to = LocalDate.ofInstant(until, zone);
        Set<Long> ids = new LinkedHashSet<>();
        for (VisitReturn r : relationship.broughtBack(from, to)) {
            if (ids.size() >= limit) break;
            ids.add(r.customerId());
        }
        return List.copyOf(ids);
    }
}
