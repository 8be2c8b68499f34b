package com.setia.loyalty;

import java.time.Instant;
import java.time.LocalDate;

/** A sign ticked for a customer: the day it was seen and an optional note. */
public record LoyaltyMark(long customerId, LoyaltySign sign, LocalDate seenOn, String note, Instant updatedAt) {
}
