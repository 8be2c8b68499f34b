package com.setia.customer;

/**
 * Where a customer stands in the life cycle of domain.md: active, at risk, lost, then won back, keep in touch (a case
 * closed with follow-ups planned) or let go.
 */
public enum CustomerStatus {
    ACTIVE, AT_RISK, LOST, WON_BACK, KEEP_IN_TOUCH, LET_GO;

    /** The bundle key of the status's name on screen. */
    public String messageKey() {
        return "customer.status." + name();
    }
}
