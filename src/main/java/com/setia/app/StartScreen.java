package com.setia.app;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

import com.setia.i18n.I18n;
import com.setia.ui.Theme;

/**
 * What the window shows while the store opens: the app's icon and name, what is happening, and how far a long
 * upgrade has got. Made of shapes and text only, no controls, so it needs no stylesheet and few classes: the window
 * appears about as soon as a bare JavaFX window would.
 */
final class StartScreen {
    private static final Color TEAL = Color.web("#0d9488");
    private static final double BAR_WIDTH = 280;

    private final I18n i18n;
    private final StackPane root = new StackPane();
    private final Text status = new Text();
    private final Rectangle done = new Rectangle(0, 6, TEAL);
    private final Pane bar;

    StartScreen(I18n i18n) {
        this.i18n = i18n;
        root.setId("start-screen");
        root.setBackground(new Background(new BackgroundFill(Color.web("#f6f8fa"), null, null)));
        ImageView logo = new ImageView(Theme.logo(128));
        logo.setFitWidth(96);
        logo.setFitHeight(96);
        Text name = new Text(i18n.t("app.title"));
        name.setFont(Font.font(null, FontWeight.BOLD, 30));
        name.setFill(Color.web("#134e4a"));
        status.setId("start-status");
        status.setFont(Font.font(14));
        status.setFill(Color.web("#57606a"));
        status.setText(i18n.t("app.start.opening"));
        Rectangle track = new Rectangle(BAR_WIDTH, 6, Color.web("#d0d7de"));
        track.setArcWidth(6);
        track.setArcHeight(6);
        done.setArcWidth(6);
        done.setArcHeight(6);
        bar = new Pane(track, done);
        bar.setMaxWidth(BAR_WIDTH);
        bar.setVisible(false); // shown only for an upgrade, when there is something to count
        VBox box = new VBox(14, logo, name, status, bar);
        box.setAlignment(Pos.CENTER);
        root.getChildren().add(box);
    }

    Parent root() {
        return root;
    }

    /** {@code finished} of {@code total} migrations applied. On the FX thread. */
    void upgrading(int finished, int total) {
        status.setText(i18n.t("app.start.upgrading", Math.min(finished + 1, total), total));
        done.setWidth(total == 0 ? 0 : BAR_WIDTH * finished / total);
        bar.setVisible(true);
    }
}
