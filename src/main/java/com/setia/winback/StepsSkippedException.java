package com.setia.winback;

import java.util.List;

import com.setia.common.Refusal;

/**
 * A refusal that is a question: the case would close with these steps not recorded. Nothing was stored; ask the
 * owner, and close again with {@link CloseRequest#confirmingSkipped()} if they agree.
 */
public final class StepsSkippedException extends Refusal {
    private final transient List<Step> skipped;

    public StepsSkippedException(List<Step> skipped) {
        super("winback.close.confirmSkipped");
        this.skipped = List.copyOf(skipped);
    }

    public List<Step> skipped() {
        return skipped;
    }
}
