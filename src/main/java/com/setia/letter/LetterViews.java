package com.setia.letter;

import java.util.Optional;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import com.setia.app.Theme;
import com.setia.i18n.I18n;

/** Small pieces the letter screens share: the message banner and the confirmation dialog. */
final class LetterViews {
    private LetterViews() {
    }

    /** A banner that shows the view-model's message in the UI language, coloured by how serious it is. */
    static Label banner(ObservableValue<LetterMessage> message, I18n i18n) {
        Label banner = new Label();
        banner.setWrapText(true);
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        banner.getStyleClass().add("banner");
        banner.managedProperty().bind(banner.visibleProperty());
        Runnable update = () -> show(banner, message.getValue(), i18n);
        message.addListener((o, a, b) -> update.run());
        update.run();
        return banner;
    }

    static void show(Label banner, LetterMessage m, I18n i18n) {
        banner.setVisible(m != null);
        banner.getStyleClass().removeAll("banner-error", "banner-success", "banner-warning");
        banner.setStyle(null);
        if (m == null) {
            banner.setText("");
            return;
        }
        banner.setText(i18n.t(m.key(), m.args()));
        switch (m.kind()) {
            case ERROR -> banner.getStyleClass().add("banner-error");
            case SUCCESS -> banner.getStyleClass().add("banner-success");
            case WARNING -> banner.setStyle("-fx-background-color: -color-warning-subtle; -fx-text-fill: -color-warning-fg;");
            case INFO -> banner.setStyle("-fx-background-color: -color-accent-subtle; -fx-text-fill: -color-accent-fg;");
        }
    }

    /** Asks before something the owner may regret; true when they chose {@code okText}. */
    static boolean confirm(Window owner, I18n i18n, String title, String message, String okText) {
        ButtonType ok = new ButtonType(okText, ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(i18n.t("common.cancel"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        alert.setTitle(title);
        alert.setHeaderText(title);
        if (owner != null) {
            alert.initOwner(owner);
        }
        Theme.decorate(alert);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == ok;
    }
}
