package com.setia.visit;

import java.util.List;

/** Input refused: nothing was stored; each entry is the bundle key of a message that says why. */
public class VisitException extends RuntimeException {
    private final List<String> messageKeys;

    public VisitException(List<String> messageKeys) {
        super("Refused: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public VisitException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
