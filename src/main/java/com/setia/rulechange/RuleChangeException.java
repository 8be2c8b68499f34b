package com.setia.rulechange;

import java.util.List;

/** A change or a "told" mark was refused: nothing was stored; each entry is the bundle key of a message saying why. */
public final class RuleChangeException extends RuntimeException {
    private final List<String> messageKeys;

    public RuleChangeException(List<String> messageKeys) {
        super("Refused: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public RuleChangeException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
