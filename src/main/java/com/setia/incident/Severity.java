package com.setia.incident;

/** How serious the owner judges the incident. */
public enum Severity {
    LOW, MEDIUM, HIGH;

    public String messageKey() {
        return "incident.severity." + name();
    }
}
