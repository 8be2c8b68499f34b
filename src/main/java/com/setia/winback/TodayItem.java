package com.setia.winback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of the today list: an incident with no case yet, or an open case, past its act-fast threshold with no
 * action yet, or a keep-in-touch follow-up that is due. {@code dueSince} orders the list, oldest first.
 *
 * @param caseId the case (0 for an incident with no case yet)
 * @param incidentId the incident of an {@link Kind#INCIDENT} line, else null
 * @param customerPhone the number to call, or null when none is stored
 */
public record TodayItem(
        Kind kind,
        long caseId,
        long customerId,
        String customerName,
        Instant dueSince,
        Duration elapsed,
        ActFastLevel level,
        LocalDate followUpOn,
        Long incidentId,
        String customerPhone) {

    public enum Kind { INCIDENT, ACT_FAST, FOLLOW_UP }

    /** True when {@code other} is the same line (same case, or same incident), perhaps read again. */
    public boolean sameAs(TodayItem other) {
        return other != null && kind == other.kind && caseId == other.caseId
                && java.util.Objects.equals(incidentId, other.incidentId);
    }
}
