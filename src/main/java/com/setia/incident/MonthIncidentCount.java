package com.setia.incident;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** How many incidents of a channel and severity happened in the month of index {@code month} of a range. */
public record MonthIncidentCount(@ColumnName("month_index") int month, Channel channel, Severity severity, int incidents) {
}
