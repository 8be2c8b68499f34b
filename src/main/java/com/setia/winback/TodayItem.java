package com.setia.winback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the today list: an open case past its act-fast threshold with no action yet, or a keep-in-touch
 * follow-up that is due. {@code dueSince} orders the list, oldest first.
 */
public record TodayItem(
        Kind kind,
        long caseId,
        long customerId,
        String customerName,
        Instant dueSince,
        Duration elapsed,
        ActFastLevel level,
        LocalDate followUpOn) {

    public enum Kind { ACT_FAST, FOLLOW_UP }
}
