package com.setia.winback;

import java.util.List;

/** Input refused: nothing was stored; each entry is the bundle key of a message that says why. */
public class WinbackException extends RuntimeException {
    private final List<String> messageKeys;

    public WinbackException(List<String> messageKeys) {
        super("Refused: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public WinbackException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
