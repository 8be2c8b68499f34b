package com.setia.contact;

import java.time.LocalDate;

/**
 * A customer's keep-in-touch plan: the cadence in days (their own, else their status's; null: none), paused,
 * snoozed until a day, the last contact and the next due day (the last contact's own day plus the cadence).
 */
public record KeepInTouch(long customerId, Integer ownCadence, Integer statusCadence, boolean paused,
        LocalDate snoozedUntil, LocalDate lastContact, LocalDate nextDue) {

    public Integer cadence() {
        return ownCadence != null ? ownCadence : statusCadence;
    }
}
