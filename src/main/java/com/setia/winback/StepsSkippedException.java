package com.setia.winback;

import java.util.List;

/**
 * Not an error nor a refusal but a question: the case would close with these steps not recorded. Nothing was stored;
 * ask the owner, and close again with {@link CloseRequest#confirmingSkipped()} if they agree.
 */
public final class StepsSkippedException extends RuntimeException {
    private final transient List<Step> skipped;

    public StepsSkippedException(List<Step> skipped) {
        super("Steps not recorded: " + skipped);
        this.skipped = List.copyOf(skipped);
    }

    public List<Step> skipped() {
        return skipped;
    }
}
