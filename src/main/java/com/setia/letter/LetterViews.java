package com.setia.letter;

import java.util.Optional;

import javafx.beans.value.ObservableValue;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import com.setia.ui.Theme;
import com.setia.ui.Banner;
import com.setia.i18n.I18n;

/** Small pieces the letter screens share: the message banner and the confirmation dialog. */
final class LetterViews {
    private LetterViews() {
    }

    /** A banner that shows the view-model's message in the UI language, coloured by how serious it is. */
    static Label banner(ObservableValue<LetterMessage> message, I18n i18n) {
        Label banner = Banner.create(null);
        com.setia.ui.ViewScope.of(banner).onChange(() -> show(banner, message.getValue(), i18n), message);
        return banner;
    }

    static void show(Label banner, LetterMessage m, I18n i18n) {
        if (m == null) {
            Banner.show(banner, null, Banner.Tone.INFO);
            return;
        }
        Banner.show(banner, i18n.t(m.key(), m.args()), switch (m.kind()) {
            case ERROR -> Banner.Tone.ERROR;
            case SUCCESS -> Banner.Tone.SUCCESS;
            case WARNING -> Banner.Tone.WARNING;
            case INFO -> Banner.Tone.INFO;
        });
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
