package com.setia.incident;

/** How many incidents of a channel and severity happened in the month of index {@code month} of a range. */
public record MonthIncidentCount(int month, Channel channel, Severity severity, int incidents) {
}
