package com.setia.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A visit or purchase as stored: the day it happened, an optional amount and note. */
public record Visit(long id, long customerId, LocalDate visitedOn, BigDecimal amount, String note, Instant recordedAt) {
}
