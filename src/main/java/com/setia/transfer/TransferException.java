package com.setia.transfer;

/**
 * A file that cannot be read, imported or written, with the reason as a bundle key (and arguments) for the owner.
 * Nothing has been stored when it is thrown.
 */
public class TransferException extends RuntimeException {
    private final transient Problem problem;

    public TransferException(Problem problem) {
        this(problem, null);
    }

    public TransferException(Problem problem, Throwable cause) {
        super(problem.key() + " " + problem.args(), cause);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
