package com.setia.winback;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** How many cases closed with an outcome in the month of index {@code month} of a range. */
public record MonthOutcomeCount(@ColumnName("month_index") int month, Outcome outcome, int cases) {
}
