package com.setia.winback;

import java.time.LocalDate;

/**
 * How the owner closes a case. {@code followUpOn} is for KEEP_IN_TOUCH, {@code letGoReason} for LET_GO.
 * {@code confirmSkipped} is the owner's yes to closing although some steps were not recorded.
 */
public record CloseRequest(Outcome outcome, LocalDate followUpOn, String letGoReason, String note, boolean confirmSkipped) {
    public static CloseRequest wonBack(String note) {
        return new CloseRequest(Outcome.WON_BACK, null, null, note, false);
    }

    public static CloseRequest keepInTouch(LocalDate followUpOn, String note) {
        return new CloseRequest(Outcome.KEEP_IN_TOUCH, followUpOn, null, note, false);
    }

    public static CloseRequest letGo(String reason, String note) {
        return new CloseRequest(Outcome.LET_GO, null, reason, note, false);
    }

    public CloseRequest confirmingSkipped() {
        return new CloseRequest(outcome, followUpOn, letGoReason, note, true);
    }
}
