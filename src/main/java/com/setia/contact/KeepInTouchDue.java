package com.setia.contact;

import java.time.LocalDate;

/** A customer due (or overdue) a keep-in-touch contact today. */
public record KeepInTouchDue(long customerId, int cadenceDays, LocalDate lastContact, LocalDate dueOn, int daysOverdue) {
}
