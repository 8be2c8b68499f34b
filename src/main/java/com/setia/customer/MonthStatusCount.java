package com.setia.customer;

/** How many customers moved into {@code status} in the month of index {@code month} of a range of months. */
public record MonthStatusCount(int month, CustomerStatus status, int customers) {
}
