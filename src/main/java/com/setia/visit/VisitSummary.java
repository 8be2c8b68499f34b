package com.setia.visit;

import java.time.LocalDate;

/**
 * One customer's visits at a glance, kept in step with every write: how many distinct visit days, the first and
 * the last, and the median gap between them in days (null with fewer than two days).
 */
public record VisitSummary(long customerId, int dayCount, LocalDate firstVisit, LocalDate lastVisit, Integer medianGap) {
    /** Visit days needed before the customer's own median gap is their usual gap. */
    public static final int OWN_GAP_FROM_DAYS = 3;

    /** The customer's own usual gap in days, once there are at least three visit days; else null. */
    public Integer ownGap() {
        return dayCount >= OWN_GAP_FROM_DAYS ? medianGap : null;
    }
}
