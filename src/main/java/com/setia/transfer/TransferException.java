package com.setia.transfer;

import com.setia.common.Message;

/**
 * A file that cannot be read, imported or written, with the reason as a bundle key (and arguments) for the owner.
 * Nothing has been stored when it is thrown.
 */
public class TransferException extends RuntimeException {
    private final transient Message problem;

    public TransferException(Message problem) {
        this(problem, null);
    }

    public TransferException(Message problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
