package com.setia.common;

/**
 * One thing wrong with what the owner typed: the field it belongs to (a feature's field enum; null when it is about
 * the whole form) and the message that explains it.
 */
public record Problem(Enum<?> field, Message message) {

    /** A problem with the whole input. */
    public static Problem of(String key, Object... args) {
        return new Problem(null, Message.of(key, args));
    }

    /** A problem with one field. */
    public static Problem on(Enum<?> field, String key, Object... args) {
        return new Problem(field, Message.of(key, args));
    }

    public String key() {
        return message.key();
    }
}
