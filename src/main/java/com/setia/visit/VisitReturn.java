package com.setia.visit;

import java.time.LocalDate;

/**
 * A customer brought back: they came on {@code returnedOn} after {@code gapDays} days away, longer than the
 * going-quiet rule allowed them when the visit was recorded.
 */
public record VisitReturn(long customerId, LocalDate returnedOn, int gapDays) {
}
