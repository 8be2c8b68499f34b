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

    /**
     * A new panel that can tell the page when it changed the customer (e.g. a win-back outcome set the status),
     * so the page shows the stored values and a later save does not write old ones back. Panels that change the
     * customer override this one; the page always calls it.
     */
    default Node create(Customer customer, Host host) {
        return create(customer);
    }

    /**
     * The panel as the page drives it: read again when the owner comes back, asked about unsaved typing before the
     * page moves to another customer. Panels that reload or hold typing override this one; the page always calls it.
     */
    default CustomerPart open(Customer customer, Host host) {
        javafx.scene.Node node = create(customer, host);
        return () -> node;
    }

    /** The customer page, as a panel sees it. */
    interface Host {
        /**
         * Reloads the customer from the store into the page and the list, and the headers above the tabs read
         * again (they sum up what the tabs change). Call on the FX thread.
         */
        void customerChanged(long customerId);
    }
}
