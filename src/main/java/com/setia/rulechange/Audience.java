package com.setia.rulechange;

/** Who a change affects: every customer still served, the customers of one status, or a hand-picked list. */
public enum Audience {
    ALL, STATUS, CHOSEN;

    public String messageKey() {
        return "rules.audience." + name();
    }
}
