package com.setia.customer;

/** How the customer list is ordered: by name, by the last visit (latest first), or most overdue first. */
public enum ListOrder {
    NAME("customer.sort.name"),
    LAST_VISIT("customer.sort.lastVisit"),
    GOING_QUIET("customer.sort.quiet");

    private final String messageKey;

    ListOrder(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /**
     * The sort key of a customer with this standing (higher first); customers without a visit go last, by name.
     * Only for {@link #LAST_VISIT} and {@link #GOING_QUIET}.
     */
    int key(VisitStandings.Standing s) {
        if (s == null) return Integer.MIN_VALUE;
        return switch (this) {
            case LAST_VISIT -> (int) s.lastVisit().toEpochDay();
            case GOING_QUIET -> s.overdueMillis();
            case NAME -> 0;
        };
    }
}
