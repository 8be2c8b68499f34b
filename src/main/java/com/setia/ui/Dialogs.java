package com.setia.ui;

import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;

/** The one way views ask the owner before something that cannot be undone, in the owner's words. */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Asks and waits: true when the owner chose {@code okText}. The window title is the app's name; {@code owner}
     * (any node of the asking view) places the dialog over its window.
     */
    public static boolean confirm(Node owner, String appTitle, String header, String message, String okText,
            String cancelText) {
        ButtonType ok = new ButtonType(okText, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(cancelText, ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        alert.setTitle(appTitle);
        alert.setHeaderText(header);
        if (owner != null && owner.getScene() != null) alert.initOwner(owner.getScene().getWindow());
        Theme.decorate(alert);
        return alert.showAndWait().orElse(cancel) == ok;
    }
}
