package com.setia.contact;

import java.util.List;

/** Input refused: nothing was stored; each entry is the bundle key of a message that says why. */
public class ContactException extends RuntimeException {
    private final List<String> messageKeys;

    public ContactException(List<String> messageKeys) {
        super("Refused: " + messageKeys);
        this.messageKeys = List.copyOf(messageKeys);
    }

    public ContactException(String messageKey) {
        this(List.of(messageKey));
    }

    public List<String> messageKeys() {
        return messageKeys;
    }
}
