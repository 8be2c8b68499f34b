package com.setia.letter;

import com.setia.store.StoreException;

/** A message for the owner about letters: a bundle key with arguments, and how serious it is. */
public record LetterMessage(Kind kind, String key, Object... args) {
    public enum Kind { INFO, SUCCESS, WARNING, ERROR }

    public static LetterMessage info(String key, Object... args) {
        return new LetterMessage(Kind.INFO, key, args);
    }

    public static LetterMessage success(String key, Object... args) {
        return new LetterMessage(Kind.SUCCESS, key, args);
    }

    public static LetterMessage warning(String key, Object... args) {
        return new LetterMessage(Kind.WARNING, key, args);
    }

    public static LetterMessage error(String key, Object... args) {
        return new LetterMessage(Kind.ERROR, key, args);
    }

    /** The message for a failure: a {@link LetterProblem} says its own; anything else is reported generally. */
    public static LetterMessage of(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof LetterProblem p) {
                return error(p.messageKey(), p.args());
            }
            t = t.getCause();
        }
        if (failure instanceof StoreException || failure instanceof org.jdbi.v3.core.JdbiException) {
            return error("letter.error.store", String.valueOf(failure.getMessage()));
        }
        return error("letter.error.unexpected", String.valueOf(failure.getMessage()));
    }
}
