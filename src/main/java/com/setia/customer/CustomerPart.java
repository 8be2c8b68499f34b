package com.setia.customer;

import javafx.scene.Node;

/**
 * What a feature shows on one customer's page (a tab, or a header above the tabs), as the page drives it: the page
 * asks it to read the store again when the owner comes back to the customer book (a case may have moved on Today
 * meanwhile), and asks before leaving the customer whether anything typed there is not stored yet.
 */
@FunctionalInterface
public interface CustomerPart {
    Node node();

    /** Reads again what is stored (the owner came back, or another part changed the customer). Default: nothing. */
    default void refresh() {
    }

    /**
     * The page is about to leave this customer: store now what can be stored of the owner's typing (e.g. a note
     * whose save button was not clicked). Default: nothing.
     */
    default void storeTyping() {
    }

    /** True while something typed here is not stored (nor being stored), so leaving the customer would drop it. */
    default boolean hasUnsavedWork() {
        return false;
    }
}
