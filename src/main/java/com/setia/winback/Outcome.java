package com.setia.winback;

import com.setia.customer.CustomerStatus;

/**
 * How a case ends, and the customer's status that follows. Keep in touch is a status of its own: not back yet, not
 * given up either; the follow-ups on the today list keep the owner at it, and the customer list can show them.
 */
public enum Outcome {
    WON_BACK(CustomerStatus.WON_BACK),
    KEEP_IN_TOUCH(CustomerStatus.KEEP_IN_TOUCH),
    LET_GO(CustomerStatus.LET_GO);

    private final CustomerStatus customerStatus;

    Outcome(CustomerStatus customerStatus) {
        this.customerStatus = customerStatus;
    }

    public CustomerStatus customerStatus() {
        return customerStatus;
    }

    public String messageKey() {
        return "winback.outcome." + name();
    }
}
