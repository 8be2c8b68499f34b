package com.setia.winback;

import com.setia.customer.CustomerStatus;

/**
 * How a case ends, and the customer's status that follows. Keep in touch leaves the customer AT_RISK: not
 * back yet, but not given up either, and the follow-ups on the today list keep the owner at it.
 */
public enum Outcome {
    WON_BACK(CustomerStatus.WON_BACK),
    KEEP_IN_TOUCH(CustomerStatus.AT_RISK),
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
