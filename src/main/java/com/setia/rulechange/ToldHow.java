package com.setia.rulechange;

/** How a customer was told of a change. */
public enum ToldHow {
    CALL, WHATSAPP, LETTER, COUNTER;

    public String messageKey() {
        return "rules.told." + name();
    }
}
