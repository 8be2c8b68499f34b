package com.setia.transfer;

import java.util.List;

/**
 * One thing wrong with a row (or a whole file), as a bundle key and its arguments, so it is shown and saved in the
 * owner's language.
 */
public record Problem(String key, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String key, Object... args) {
        return new Problem(key, List.of(args));
    }
}
