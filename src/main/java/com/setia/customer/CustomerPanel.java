package com.setia.customer;

import javafx.scene.Node;

/**
 * A tab that another feature adds to a customer's page beside the details (timeline, loss-reason checklist,
 * letters...). The composition root passes the list to the customer view.
 */
public interface CustomerPanel {
    /** The bundle key of the tab's title. */
    String titleKey();

    /** A new panel for this customer. Called on the FX thread each time a customer is opened. */
    Node create(Customer customer);
}
