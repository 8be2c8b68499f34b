package com.setia.dashboard;

import java.time.Instant;
import java.util.List;

import com.setia.store.MonthBuckets;

/**
 * Customers going quiet and brought back, from the feature that knows visits. The dashboard asks through this
 * interface, so it does not depend on how going quiet is worked out; the composition root adapts the visits
 * service to it. Customers let go or archived are never counted as going quiet.
 */
public interface QuietSource {
    /** How many customers are going quiet today, and how many came back in each month of {@code months}. */
    QuietFigures figures(MonthBuckets months);

    /** The customers going quiet today, most overdue first. */
    List<Long> customersQuiet(int limit);

    /** The customers brought back between {@code since} and {@code until}. */
    List<Long> customersBroughtBack(Instant since, Instant until, int limit);

    /** Today's count, and the count brought back per month of the range (index 0 = the first month). */
    record QuietFigures(int quietNow, List<Integer> broughtBack) {
        public QuietFigures {
            broughtBack = List.copyOf(broughtBack);
        }
    }
}
