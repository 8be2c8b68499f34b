package com.setia.letter;

import java.util.List;

import com.setia.common.Problem;
import com.setia.common.Refusal;

/**
 * Something the owner must be told about a letter, as a bundle key and its arguments ("no printer", "cannot write
 * the PDF there"...): a {@link Refusal}, so every screen shows it the same way. The cause, if any, is for the log.
 * The view shows {@code i18n.t(messageKey(), args())}.
 */
public final class LetterProblem extends Refusal {
    private final String messageKey;
    private final transient Object[] args;

    public LetterProblem(String messageKey, Throwable cause, Object... args) {
        super(List.of(Problem.of(messageKey, args)), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public LetterProblem(String messageKey, Object... args) {
        this(messageKey, null, args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
