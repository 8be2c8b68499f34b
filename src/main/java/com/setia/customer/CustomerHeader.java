package com.setia.customer;

/**
 * A header another feature puts at the top of a customer's page, above the tabs (e.g. last visit, usual gap, open
 * case at a glance). The composition root passes the list to the customer section; with none, the page has none.
 */
public interface CustomerHeader {
    /** The header for this customer. Called on the FX thread each time a stored customer is opened. */
    CustomerPart open(Customer customer, CustomerPanel.Host host);
}
