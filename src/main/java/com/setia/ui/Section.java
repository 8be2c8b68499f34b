package com.setia.ui;

import org.kordamp.ikonli.Ikon;

import javafx.scene.Node;

/**
 * One place in the main window's navigation (Customers, Incidents, Win-back, Letters, Settings...).
 * The composition root lists the sections; the shell asks each for a fresh view whenever it is built,
 * including after the owner switches the UI language, so views read their words once, at creation.
 */
public interface Section {
    /** A stable id, e.g. {@code customers}; used by tests and to keep the selection across rebuilds. */
    String id();

    /** The bundle key of the name in the navigation. */
    String titleKey();

    Ikon icon();

    /** A new view for this section. Called on the FX thread. */
    Node createView();

    /** Called when the section is shown again, e.g. to reload data changed elsewhere. Default: nothing. */
    default void onShown(Node view) {
    }

    /**
     * A section from its parts: most sections are only this (a view made fresh each time, and what to read again
     * when it is shown).
     */
    static Section of(String id, String titleKey, Ikon icon, java.util.function.Supplier<Node> view, Runnable onShown) {
        return new Section() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public String titleKey() {
                return titleKey;
            }

            @Override
            public Ikon icon() {
                return icon;
            }

            @Override
            public Node createView() {
                return view.get();
            }

            @Override
            public void onShown(Node shown) {
                onShown.run();
            }
        };
    }
}
