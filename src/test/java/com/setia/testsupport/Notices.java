package com.setia.testsupport;

import org.testfx.api.FxRobot;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

/** Finds the passing notices (ControlsFX notifications) a test expects to see, in any window. */
public final class Notices {
    private Notices() {
    }

    /** True when a notice (or any label) in an open window says {@code text}. */
    public static boolean shown(FxRobot robot, String text) {
        return robot.lookup((Node n) -> n instanceof Labeled l && text.equals(l.getText())).tryQuery().isPresent();
    }
}
