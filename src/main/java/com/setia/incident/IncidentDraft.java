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

    /** The same draft with text cleaned: invisible text is empty (null), see {@code common.Text}. */
    public IncidentDraft normalised() {
        return new IncidentDraft(customerId, occurredAt, channel, clean(customerSaid), severity, clean(customerWants), clean(cues));
    }

    static String clean(String s) {
        return com.setia.common.Text.blankToNull(s);
    }
}
