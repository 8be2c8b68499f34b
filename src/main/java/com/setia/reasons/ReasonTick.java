package com.setia.reasons;

import java.time.Instant;
import java.time.LocalDate;

/** One reason ticked for a customer: on which day, with an optional note. */
public record ReasonTick(long customerId, LossReason reason, LocalDate tickedOn, String note, Instant updatedAt) {
}
