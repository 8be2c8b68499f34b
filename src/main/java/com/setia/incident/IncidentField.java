package com.setia.incident;

/** The fields of the incident form, to attach a validation message to the right one. */
public enum IncidentField {
    OCCURRED_AT, CHANNEL, CUSTOMER_SAID, SEVERITY, CUSTOMER_WANTS, CUES
}
