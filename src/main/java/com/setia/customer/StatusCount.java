package com.setia.customer;

/** How many customers have a status. */
public record StatusCount(CustomerStatus status, int customers) {
}
