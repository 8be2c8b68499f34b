package com.setia.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Something to say to the owner, not yet in words: a bundle key and the values its {@code {0}}-style arguments
 * take (a limit, a name, a number of decimals). The view translates it in the owner's language.
 */
public record Message(String key, List<Object> args) {
    public Message {
        Objects.requireNonNull(key, "key");
        args = Collections.unmodifiableList(new ArrayList<>(args)); // an argument may be null
    }

    public static Message of(String key, Object... args) {
        return new Message(key, Arrays.asList(args));
    }

    public Object[] argsArray() {
        return args.toArray();
    }
}
