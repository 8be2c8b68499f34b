package com.setia.customer;

/**
 * The customer was changed by someone else (another PC on the shared store) after the owner opened it here: the
 * save was refused so that neither change silently overwrites the other. {@link #current()} is the stored customer.
 */
public final class ChangedElsewhereException extends RuntimeException {
    private final transient Customer current;

    public ChangedElsewhereException(Customer current) {
        super("Customer " + current.id() + " was changed elsewhere at " + current.updatedAt());
        this.current = current;
    }

    public Customer current() {
        return current;
    }
}
