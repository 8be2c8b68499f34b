package com.setia.incident;

import java.util.List;

/** An incident draft was refused: nothing was stored, and each violation says why. */
public final class IncidentValidationException extends RuntimeException {
    private final List<IncidentViolation> violations;

    public IncidentValidationException(List<IncidentViolation> violations) {
        super("Invalid incident: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<IncidentViolation> violations() {
        return violations;
    }
}
