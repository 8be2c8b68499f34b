package com.setia.app;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.event.ActionEvent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.util.Subscription;

import com.setia.common.FxTaskRunner;
import com.setia.i18n.I18n;
import com.setia.ui.Theme;

/**
 * The start-up dialog for a store that cannot be opened (a thin view of {@link StartupDialogViewModel}): the
 * problem, the newest good backup, and buttons to look again, choose the folder, restore, or close. A button that
 * does not lead on (the drive is still not there) keeps the dialog open with the reason under the message.
 */
final class StartupDialog {
    private StartupDialog() {
    }

    /** Shows the dialog and waits: the data folder to start Setia on, or empty to close Setia. */
    static Optional<Path> show(StartupDialogViewModel model, I18n i18n) {
        ButtonType lookAgain = new ButtonType(i18n.t("store.missing.lookAgain"), ButtonData.OTHER);
        ButtonType choose = new ButtonType(i18n.t("store.missing.choose"), ButtonData.OTHER);
        ButtonType restore = new ButtonType(i18n.t("store.offer.restore"), ButtonData.OK_DONE);
        ButtonType close = new ButtonType(i18n.t("exchange.close"), ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(model.deadEnd() ? Alert.AlertType.ERROR : Alert.AlertType.WARNING);
        alert.setTitle(i18n.t("app.title"));
        alert.setHeaderText(model.title());
        alert.getButtonTypes().clear();
        if (model.canLookAgain()) alert.getButtonTypes().add(lookAgain);
        if (model.canChooseFolder()) alert.getButtonTypes().add(choose);
        if (model.canRestore()) alert.getButtonTypes().add(restore);
        alert.getButtonTypes().add(close);

        Label message = new Label(model.message());
        message.setWrapText(true);
        message.setId("startup-message");
        VBox content = new VBox(10, message);
        model.offer().ifPresent(text -> {
            Label offer = new Label(i18n.t("store.offer.header") + "\n" + text);
            offer.setWrapText(true);
            offer.setId("startup-offer");
            content.getChildren().add(offer);
        });
        Label notice = new Label();
        notice.setWrapText(true);
        notice.setId("startup-notice");
        notice.getStyleClass().add("field-error");
        notice.managedProperty().bind(notice.visibleProperty());
        Subscription shown = model.notice().subscribe(text -> {
            notice.setText(text);
            notice.setVisible(!text.isEmpty());
        });
        content.getChildren().add(notice);
        content.setPrefWidth(520);
        content.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);

        Path[] chosen = new Path[1];
        on(alert, lookAgain, "startup-look-again", () -> model.lookAgain(), chosen);
        on(alert, choose, "startup-choose", () -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle(i18n.t("store.missing.choose"));
            var dir = chooser.showDialog(alert.getDialogPane().getScene().getWindow());
            return dir == null ? Optional.empty() : model.chooseFolder(dir.toPath());
        }, chosen);
        // Restoring copies files: on a thread of its own, a bar moving meanwhile, every button held until it is done.
        ProgressBar working = new ProgressBar();
        working.setMaxWidth(Double.MAX_VALUE);
        Label workingText = new Label(i18n.t("store.offer.restoring"));
        VBox workingBox = new VBox(4, workingText, working);
        workingBox.setId("startup-working");
        workingBox.setVisible(false);
        workingBox.managedProperty().bind(workingBox.visibleProperty());
        content.getChildren().add(workingBox);
        try (FxTaskRunner runner = new FxTaskRunner()) {
            if (alert.getButtonTypes().contains(restore)) {
                Button button = (Button) alert.getDialogPane().lookupButton(restore);
                button.setId("startup-restore");
                button.addEventFilter(ActionEvent.ACTION, e -> {
                    e.consume();
                    holdButtons(alert, true);
                    workingBox.setVisible(true);
                    alert.getDialogPane().getScene().getWindow().sizeToScene();
                    model.restoreNewest(runner, folder -> {
                        workingBox.setVisible(false);
                        if (folder.isPresent()) {
                            chosen[0] = folder.get();
                            alert.setResult(restore);
                            alert.close();
                        } else {
                            holdButtons(alert, false);
                            alert.getDialogPane().getScene().getWindow().sizeToScene();
                        }
                    });
                });
            }
            Theme.decorate(alert);
            alert.showAndWait();
        }
        shown.unsubscribe();
        return Optional.ofNullable(chosen[0]);
    }

    private static void holdButtons(Alert alert, boolean held) {
        for (ButtonType type : alert.getButtonTypes()) alert.getDialogPane().lookupButton(type).setDisable(held);
    }

    /** The button runs {@code action}; the dialog closes only when the action gives a folder to start on. */
    private static void on(Alert alert, ButtonType type, String id, Supplier<Optional<Path>> action, Path[] chosen) {
        if (!alert.getButtonTypes().contains(type)) return;
        Button button = (Button) alert.getDialogPane().lookupButton(type);
        button.setId(id);
        button.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<Path> folder = action.get();
            if (folder.isPresent()) {
                chosen[0] = folder.get();
            } else {
                e.consume(); // stay: the notice says why
                alert.getDialogPane().getScene().getWindow().sizeToScene(); // room for the notice, buttons in sight
            }
        });
    }
}
