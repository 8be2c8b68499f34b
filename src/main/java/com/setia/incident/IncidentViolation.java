package com.setia.incident;

/** One thing wrong with an incident draft: the field, and the bundle key of the message that explains it. */
public record IncidentViolation(IncidentField field, String messageKey) {
}
