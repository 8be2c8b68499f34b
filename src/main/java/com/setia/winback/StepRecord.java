package com.setia.winback;

import java.math.BigDecimal;
import java.time.Instant;

/** A step recorded done, as stored. */
public record StepRecord(
        long caseId,
        Step step,
        Instant doneAt,
        String notes,
        boolean phoned,
        boolean letterSent,
        String whatWentWrong,
        String offer,
        BigDecimal offerValue) {
}
