package com.setia.ui;

import javafx.beans.value.ObservableIntegerValue;
import javafx.scene.Node;

/**
 * A list another feature adds to the Today screen beside the win-back items (e.g. customers going quiet, keep in
 * touch due). The composition root passes the parts to Today; each shows as a tab with its count.
 */
public interface TodayPart {
    /** A stable id, for tests. */
    String id();

    /** The bundle key of the tab's title; {0} is the count. */
    String titleKey();

    /** How many customers wait in this part (the tab title shows it). */
    ObservableIntegerValue count();

    /** A new view of the part. Called on the FX thread, again after a language switch. */
    Node createView();

    /** Reads the part's list again: Today was shown, or something changed. Called on the FX thread. */
    void reload();
}
