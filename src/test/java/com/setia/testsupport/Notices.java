package com.setia.testsupport;

import org.testfx.api.FxRobot;

import javafx.scene.Node;
import javafx.scene.control.Labeled;

/** Finds the passing notices (ControlsFX notifications) a test expects to see, in any window. */
public final class Notices {
    private Notices() {
    }

    /** True when a notice (or any label) in an open window says {@code text}, within five seconds. */
    public static boolean shown(FxRobot robot, String text) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () ->
                    org.testfx.util.WaitForAsyncUtils.asyncFx(() -> inAnyWindow(text)).get());
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    /** Every open window, popups (the notices) included, searched for a label with this text. */
    private static boolean inAnyWindow(String text) {
        for (javafx.stage.Window w : javafx.stage.Window.getWindows()) {
            if (w.getScene() != null && find(w.getScene().getRoot(), text)) return true;
        }
        return false;
    }

    private static boolean find(Node node, String text) {
        if (node instanceof Labeled l && text.equals(l.getText())) return true;
        if (node instanceof javafx.scene.Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                if (find(child, text)) return true;
            }
        }
        return false;
    }
}
