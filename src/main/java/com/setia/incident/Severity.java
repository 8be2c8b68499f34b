package com.setia.incident;

/** How serious the owner judges the incident. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    /**
     * Medium and high: a complaint or a problem, which puts the customer at risk whatever their status was (a won
     * back customer who complains again is at risk again). Low (cues heard) leaves the status alone.
     */
    public boolean isSerious() {
        return this != LOW;
    }

    public String messageKey() {
        return "incident.severity." + name();
    }
}
