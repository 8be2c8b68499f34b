package com.setia.winback;

import java.util.List;
import java.util.Optional;

/** A customer's win-back history as the customer page shows it: the cases, newest first, and the timeline. */
public record CustomerHistory(List<CaseDetail> cases, List<TimelineEntry> timeline) {
    public CustomerHistory {
        cases = List.copyOf(cases);
        timeline = List.copyOf(timeline);
    }

    /** The case still open, if any (a customer has at most one). */
    public Optional<CaseDetail> openCase() {
        return cases.stream().filter(c -> c.winbackCase().isOpen()).findFirst();
    }
}
