package com.setia.ui;

import javafx.scene.Node;

/**
 * Something another feature puts on the Today screen (reminders of rule changes to announce, introductions a new
 * contact person owes...), above Today's own list. Today knows only this interface; the composition root hands it the
 * contributions, so no feature depends on Today's internals.
 */
public interface TodayContribution {
    /** A new view of the contribution, made each time Today's view is built (also after a language switch). */
    Node createView();

    /** Reads the data again: Today is being shown. */
    void refresh();
}
