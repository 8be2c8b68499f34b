package com.setia.winback;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/**
 * Act fast in one month of a range (by the month the case's clock started; {@code month} -1: the whole range):
 * how many cases, how many acted on, the median seconds from the incident to the first action (null when none was
 * acted on), and how many went past the red threshold (acted late, or still waiting longer than that).
 */
public record MonthActFast(@ColumnName("month_index") int month, int cases, int acted, Double medianSeconds, int pastRed) {
    public static final int WHOLE_RANGE = -1;
}
