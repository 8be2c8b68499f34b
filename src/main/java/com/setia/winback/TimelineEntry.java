package com.setia.winback;

import java.time.Instant;

import com.setia.incident.Incident;

/**
 * One event on a customer's timeline: an incident, or something done on a win-back case. Only the fields that
 * belong to the kind are set.
 */
public record TimelineEntry(
        Instant at,
        Kind kind,
        Incident incident,
        WinbackCase winbackCase,
        StepRecord step,
        FollowUp followUp) {

    public enum Kind { INCIDENT, CASE_OPENED, STEP_DONE, CASE_CLOSED, FOLLOW_UP }
}
