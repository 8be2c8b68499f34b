package com.setia.customer;

import org.jdbi.v3.core.mapper.reflect.ColumnName;

/** How many customers moved into {@code status} in the month of index {@code month} of a range of months. */
public record MonthStatusCount(@ColumnName("month_index") int month, CustomerStatus status, int customers) {
}
