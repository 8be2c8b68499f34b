package com.setia.staff;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Who looks after a customer since when. When it is a change of person, the new one should introduce themselves
 * ({@code introductionDue}) until {@code introducedOn} records that it was done, and how.
 */
public record ContactPerson(long id, long customerId, long staffId, String staffName, Instant assignedAt,
        boolean introductionDue, LocalDate introducedOn, IntroHow introducedHow) {

    /** The new person still owes the customer an introduction. */
    public boolean introductionPending() {
        return introductionDue && introducedOn == null;
    }
}
