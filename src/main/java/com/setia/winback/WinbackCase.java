package com.setia.winback;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A win-back case as stored, with the customer's name and how many steps are done.
 *
 * @param startedAt when the act-fast clock started: the incident's time, or when the case was opened
 * @param firstActionAt when the first step was recorded; null while nothing has been done
 * @param skippedSteps the steps the owner confirmed to skip when closing
 */
public record WinbackCase(
        long id,
        long customerId,
        String customerName,
        Long incidentId,
        Instant startedAt,
        Instant openedAt,
        Instant firstActionAt,
        Instant closedAt,
        Outcome outcome,
        LocalDate followUpOn,
        String letGoReason,
        String closingNote,
        List<Step> skippedSteps,
        int stepsDone) {

    public WinbackCase {
        skippedSteps = List.copyOf(skippedSteps);
    }

    /** The same case, with the customer's name as the customer book has it. */
    public WinbackCase withCustomerName(String name) {
        return new WinbackCase(id, customerId, name, incidentId, startedAt, openedAt, firstActionAt, closedAt, outcome,
                followUpOn, letGoReason, closingNote, skippedSteps, stepsDone);
    }

    public boolean isOpen() {
        return closedAt == null;
    }

    /** Time from the start to the first action, or to {@code now} while no action has been taken. */
    public Duration actFastElapsed(Instant now) {
        Instant end = firstActionAt != null ? firstActionAt : now;
        Duration d = Duration.between(startedAt, end);
        return d.isNegative() ? Duration.ZERO : d;
    }
}
