package com.setia.shop;

import javafx.scene.Node;

/** One tab of the Settings section; features add their own (e.g. letter templates) through the composition root. */
public interface SettingsPage {
    /** A stable id, for tests. */
    String id();

    /** The bundle key of the tab's title. */
    String titleKey();

    /** A new view of this page. Called on the FX thread. */
    Node createView();
}
