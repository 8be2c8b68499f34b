package com.setia.reasons;

import java.util.List;

/** A tick was refused: nothing was stored; each entry is the bundle key of a message saying why. */
public final class ReasonValidationException extends RuntimeException {
    private final List<String> messageKeys;

    public ReasonValidationException(List<String> messageKeys) {
        super("Invalid tick: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
