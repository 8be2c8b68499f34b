package com.setia.relationship;

import java.util.stream.Collectors;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.reasons.LossReason;
import com.setia.ui.DateFields;

/**
 * The relationship at a glance, at the top of a customer's page: last visit and usual gap (going quiet, if so),
 * last contact, an open case, the loss reasons ticked, the loyalty signs, and the status.
 */
final class RelationshipHeaderView {
    private final I18n i18n;
    private final QuietWords words;
    private final VBox root = new VBox(6);

    RelationshipHeaderView(ObservableValue<RelationshipFacts> facts, I18n i18n) {
        this.i18n = i18n;
        this.words = new QuietWords(i18n);
        root.setId("relationship-header");
        root.getStyleClass().addAll("winback-card");
        root.setPadding(new Insets(10, 12, 10, 12));
        WhileShown.subscribe(root, () -> facts.subscribe(this::show));
    }

    Node root() {
        return root;
    }

    private void show(RelationshipFacts f) {
        root.getChildren().clear();
        if (f == null) return;
        Label visit = line("fth-shopping-bag", f.visits() == null ? i18n.t("rel.noVisit")
                : i18n.t("rel.lastVisit", DateFields.date(f.visits().lastVisit()), f.daysSinceVisit() == 0
                        ? i18n.t("rel.today") : words.ago(f.daysSinceVisit()), words.every(f.usualGap().days()),
                        f.usualGap().own() ? 0 : 1));
        visit.setId("relationship-last-visit");
        Label contact = line("fth-message-circle", f.lastContact() == null ? i18n.t("rel.noContact")
                : i18n.t("rel.lastContact", i18n.t(f.lastContact().kind().messageKey()), DateFields.date(f.lastContact().happenedOn())));
        contact.setId("relationship-last-contact");
        FlowPane badges = new FlowPane(6, 6);
        badges.setAlignment(Pos.CENTER_LEFT);
        Label status = new Label(i18n.t(f.customer().status().messageKey()));
        status.getStyleClass().addAll("status-badge", "status-" + f.customer().status().name());
        badges.getChildren().add(status);
        if (f.goingQuiet()) badges.getChildren().add(badge("rel.quiet", "fth-moon", Styles.WARNING));
        if (f.openCaseSince() != null) {
            badges.getChildren().add(badge(i18n.t("rel.openCase", DateFields.date(f.openCaseSince())), "fth-heart", Styles.DANGER));
        }
        if (!f.lossReasons().isEmpty()) {
            badges.getChildren().add(badge(i18n.t("rel.lossReasons",
                    f.lossReasons().stream().map(LossReason::numeral).collect(Collectors.joining(", "))), "fth-alert-triangle", Styles.DANGER));
        }
        Label loyal = badge(i18n.t("rel.loyalty", f.loyaltySigns().size()), "fth-award", Styles.SUCCESS);
        loyal.setId("relationship-loyalty");
        badges.getChildren().add(loyal);
        root.getChildren().setAll(visit, contact, badges);
    }

    private Label line(String icon, String text) {
        Label l = new Label(text, new FontIcon(icon));
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wraps at 960 px instead of being cut
        return l;
    }

    private Label badge(String keyOrText, String icon, String tone) {
        String text = keyOrText.startsWith("rel.") ? i18n.t(keyOrText) : keyOrText;
        Label l = new Label(text, new FontIcon(icon));
        l.getStyleClass().addAll(Styles.TEXT_SMALL, tone);
        l.setPadding(new Insets(2, 8, 2, 8));
        l.setStyle("-fx-border-color: -color-border-default; -fx-border-radius: 10; -fx-background-radius: 10;");
        return l;
    }
}
