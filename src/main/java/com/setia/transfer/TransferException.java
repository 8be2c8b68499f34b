package com.setia.transfer;

import java.util.List;

import com.setia.common.Message;
import com.setia.common.Problem;
import com.setia.common.Refusal;

/**
 * A file that cannot be read, imported or written, with the reason as a bundle key (and arguments) for the owner.
 * Nothing has been stored when it is thrown. A {@link Refusal}, so every screen shows it the same way.
 */
public class TransferException extends Refusal {
    private final transient Message problem;

    public TransferException(Message problem) {
        this(problem, null);
    }

    public TransferException(Message problem, Throwable cause) {
        super(List.of(new Problem(null, problem)), cause);
        this.problem = problem;
    }

    public Message problem() {
        return problem;
    }
}
