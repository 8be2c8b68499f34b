package com.setia.reasons;

/** How many customers have a reason ticked. */
public record ReasonCount(LossReason reason, int customers) {
}
