package com.setia.incident;

import java.time.Instant;

/** Something that happened with a customer, as stored: a complaint, a problem, or cues of dissatisfaction. */
public record Incident(
        long id,
        long customerId,
        Instant occurredAt,
        Channel channel,
        String customerSaid,
        Severity severity,
        String customerWants,
        String cues,
        Instant createdAt) {
}
