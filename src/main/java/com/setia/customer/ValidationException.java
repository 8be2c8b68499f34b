package com.setia.customer;

import java.util.List;

/** A draft was refused: nothing was stored, and each violation says why. */
public final class ValidationException extends RuntimeException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("Invalid customer: " + violations);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
