package com.setia.winback;

import java.time.Instant;
import java.time.LocalDate;

/** A keep-in-touch follow-up made, and the next one planned (null: none). */
public record FollowUp(long id, long caseId, Instant doneAt, String note, LocalDate nextOn) {
}
