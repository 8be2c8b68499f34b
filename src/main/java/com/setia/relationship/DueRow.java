package com.setia.relationship;

import com.setia.contact.KeepInTouchDue;
import com.setia.customer.Customer;

/** A line of the keep-in-touch list: the customer and when they were due. */
public record DueRow(Customer customer, KeepInTouchDue due) {
}
