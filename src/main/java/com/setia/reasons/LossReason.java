package com.setia.reasons;

/**
 * The ten reasons a customer is lost (domain.md section 1), in the source's fixed order i-x. They describe
 * <em>our</em> behaviour: the checklist is a mirror for the owner. The words are in the bundles under
 * {@code reasons.reason.i} .. {@code reasons.reason.x}.
 */
public enum LossReason {
    I("i"), II("ii"), III("iii"), IV("iv"), V("v"), VI("vi"), VII("vii"), VIII("viii"), IX("ix"), X("x");

    private final String numeral;

    LossReason(String numeral) {
        this.numeral = numeral;
    }

    /** The lower-case Roman numeral shown before the reason: i, ii, ... x. */
    public String numeral() {
        return numeral;
    }

    public String messageKey() {
        return "reasons.reason." + numeral;
    }
}
