package com.setia.visit;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A visit the owner is about to record. Amount and note may be null. */
public record VisitDraft(long customerId, LocalDate visitedOn, BigDecimal amount, String note) {

    /** "Came today": no amount, no note. */
    public static VisitDraft on(long customerId, LocalDate day) {
        return new VisitDraft(customerId, day, null, null);
    }

    VisitDraft normalised() {
        String n = note == null ? null : note.strip();
        return new VisitDraft(customerId, visitedOn, amount, n == null || n.isEmpty() ? null : n);
    }
}
