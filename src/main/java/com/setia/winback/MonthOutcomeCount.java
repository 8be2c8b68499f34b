package com.setia.winback;

/** How many cases closed with an outcome in the month of index {@code month} of a range. */
public record MonthOutcomeCount(int month, Outcome outcome, int cases) {
}
