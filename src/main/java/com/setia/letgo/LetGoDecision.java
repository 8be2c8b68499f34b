package com.setia.letgo;

import java.time.Instant;

/** The owner let a customer go on purpose, with a reason (domain.md section 5); {@code takenBackAt}: welcomed again. */
public record LetGoDecision(long id, long customerId, Instant decidedAt, String reason, Instant takenBackAt) {
    public boolean inForce() {
        return takenBackAt == null;
    }
}
