package com.setia.visit;

import java.time.LocalDate;

/**
 * A customer going quiet: last seen {@code daysSince} days ago, against a usual gap of {@code usualGap} days (their
 * own when {@code ownGap}, else the shop's), past the threshold of {@code thresholdDays}.
 */
public record QuietCandidate(long customerId, LocalDate lastVisit, int usualGap, boolean ownGap, int daysSince,
        int thresholdDays) {

    /** How overdue: days since the last visit over the usual gap. The list shows the largest first. */
    public double overdue() {
        return (double) daysSince / Math.max(1, usualGap);
    }
}
