package com.setia.incident;

import java.time.Instant;

import com.setia.common.Text;

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
        return new IncidentDraft(customerId, occurredAt, channel, Text.blankToNull(customerSaid), severity, Text.blankToNull(customerWants), Text.blankToNull(cues));
    }

}
