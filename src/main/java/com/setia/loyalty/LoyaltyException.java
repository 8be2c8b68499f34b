package com.setia.loyalty;

import java.util.List;

/** Input refused: nothing was stored; each entry is the bundle key of a message that says why. */
public class LoyaltyException extends RuntimeException {
    private final List<String> messageKeys;

    public LoyaltyException(List<String> messageKeys) {
        super("Refused: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
