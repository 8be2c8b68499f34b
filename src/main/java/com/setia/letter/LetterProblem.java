package com.setia.letter;

/**
 * Something the owner must be told about a letter, as a bundle key and its arguments ("no printer", "cannot write
 * the PDF there"...). The view shows {@code i18n.t(messageKey(), args())}.
 */
public final class LetterProblem extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public LetterProblem(String messageKey, Throwable cause, Object... args) {
        super(messageKey + (cause == null ? "" : ": " + cause.getMessage()), cause);
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
