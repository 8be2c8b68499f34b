package com.setia.customer;

import java.time.LocalDate;

/**
 * What the customer list shows and sorts by beside the name: each customer's last visit and how far past their
 * usual gap they are. The visits feature provides it ({@code VisitService::standings}); the composition root hands
 * it to the customer section, so the customer book does not know the visits feature. One snapshot is taken per
 * search (off the FX thread) and looked up in memory, never per row in the store.
 */
@FunctionalInterface
public interface VisitStandings {
    /** No visits feature: nobody has a last visit. */
    VisitStandings NONE = () -> id -> null;

    /** Every customer's standing as it is now. Called off the FX thread. */
    Snapshot snapshot();

    /** The standings at one moment. */
    @FunctionalInterface
    interface Snapshot {
        /** The customer's standing, or null when they have no visit. */
        Standing of(long customerId);
    }

    /**
     * One customer: the last visit, the days since, the usual gap in days, and whether they are going quiet (the
     * days since passed the owner's threshold for that gap).
     */
    record Standing(LocalDate lastVisit, int daysSince, int usualGap, boolean quiet) {
        /** Days since the last visit over the usual gap, in thousandths (going quiet sorts by it, as Today does). */
        public int overdueMillis() {
            return (int) Math.min(1_000_000_000L, daysSince * 1000L / Math.max(1, usualGap));
        }
    }
}
