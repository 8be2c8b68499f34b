package com.setia.letter;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.setia.common.Message;
import com.setia.common.Refusal;
import com.setia.store.StoreException;

/** A message for the owner about letters: a bundle key with arguments, and how serious it is. */
public record LetterMessage(Kind kind, String key, Object... args) {
    private static final Logger LOG = Logger.getLogger(LetterMessage.class.getName());

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

    /**
     * The message for a failure: a refusal ({@link LetterProblem} included) says its own; anything else is reported
     * in general words, never with Java's or the database's text; that detail goes to setia.log.
     */
    public static LetterMessage of(Throwable failure) {
        Throwable t = failure;
        while (t != null) {
            if (t instanceof Refusal r) {
                Message m = r.messages().get(0);
                return error(m.key(), m.argsArray());
            }
            t = t.getCause();
        }
        LOG.log(Level.WARNING, "Letter work failed", failure);
        if (failure instanceof StoreException || failure instanceof org.jdbi.v3.core.JdbiException) {
            return error("letter.error.store");
        }
        return error("letter.error.unexpected");
    }
}
