package com.setia.winback;

import com.setia.common.Text;

import java.math.BigDecimal;

/**
 * What the owner records for a step. Only the details of that step count: APOLOGISE (phoned, letter sent),
 * EXPLAIN (what went wrong, from our side), OLIVE_BRANCH (what was offered and its value).
 */
public record StepDraft(
        Step step,
        String notes,
        boolean phoned,
        boolean letterSent,
        String whatWentWrong,
        String offer,
        BigDecimal offerValue) {

    public static StepDraft of(Step step, String notes) {
        return new StepDraft(step, notes, false, false, null, null, null);
    }

    public static StepDraft apology(String notes, boolean phoned, boolean letterSent) {
        return new StepDraft(Step.APOLOGISE, notes, phoned, letterSent, null, null, null);
    }

    public static StepDraft explanation(String notes, String whatWentWrong) {
        return new StepDraft(Step.EXPLAIN, notes, false, false, whatWentWrong, null, null);
    }

    public static StepDraft oliveBranch(String notes, String offer, BigDecimal value) {
        return new StepDraft(Step.OLIVE_BRANCH, notes, false, false, null, offer, value);
    }

    /** Blank text as null, and the details of other steps dropped. */
    StepDraft normalised() {
        return new StepDraft(step, Text.blankToNull(notes),
                step == Step.APOLOGISE && phoned,
                step == Step.APOLOGISE && letterSent,
                step == Step.EXPLAIN ? Text.blankToNull(whatWentWrong) : null,
                step == Step.OLIVE_BRANCH ? Text.blankToNull(offer) : null,
                step == Step.OLIVE_BRANCH ? offerValue : null);
    }

}
