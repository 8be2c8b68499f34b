package com.setia.relationship;

import com.setia.customer.Customer;
import com.setia.visit.QuietCandidate;

/** A line of the going-quiet list: the customer and how overdue they are. */
public record QuietRow(Customer customer, QuietCandidate quiet) {
}
