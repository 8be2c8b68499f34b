package com.setia.incident;

import java.time.Instant;

/** What the owner types about an incident, before it is checked and stored. */
public record IncidentDraft(
        long customerId,
        Instant occurredAt,
        Channel channel,
        String customerSaid,
        Severity severity,
        String customerWants,
        String cues) {

    /** The same draft with surrounding blanks removed and empty text as null. */
    public IncidentDraft normalised() {
        return new IncidentDraft(customerId, occurredAt, channel, clean(customerSaid), severity, clean(customerWants), clean(cues));
    }

    static String clean(String s) {
        if (s == null) return null;
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
