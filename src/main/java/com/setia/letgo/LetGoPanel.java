package com.setia.letgo;

import java.time.Clock;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerPanel;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.ui.DateFields;

/** The "Let go" tab of a customer's page: let the customer go on purpose with a reason, or welcome them back. */
public final class LetGoPanel implements CustomerPanel {
    private final LetGoService service;
    private final TaskRunner runner;
    private final Clock clock;
    private final I18n i18n;

    public LetGoPanel(LetGoService service, TaskRunner runner, Clock clock, I18n i18n) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "letgo.tab";
    }

    @Override
    public Node create(Customer customer) {
        return create(customer, id -> { });
    }

    @Override
    public Node create(Customer customer, Host host) {
        LetGoViewModel vm = new LetGoViewModel(service, runner);
        Node view = view(vm, () -> host.customerChanged(customer.id()));
        vm.load(customer.id());
        return view;
    }

    Node view(LetGoViewModel vm, Runnable changed) {
        VBox box = new VBox(10);
        box.setId("letgo-panel");
        CardStyles.apply(box);
        box.setPadding(new Insets(16));
        ObservableValue<Boolean> shown = box.sceneProperty().map(s -> Boolean.TRUE).orElse(Boolean.FALSE);
        Label message = Banner.of("letgo-message", vm.messageKeyProperty(), Banner.Tone.SUCCESS, i18n::t);
        Label error = Banner.of("letgo-error", vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);

        Label intro = new Label(i18n.t("letgo.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        TextArea reason = new TextArea();
        reason.setId("letgo-reason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        reason.setPromptText(i18n.t("letgo.reasonPrompt"));
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        Button go = new Button(i18n.t("letgo.button"), new FontIcon("fth-user-x"));
        go.setId("letgo-button");
        go.getStyleClass().add(Styles.DANGER);
        go.disableProperty().bind(vm.busyProperty());
        go.setOnAction(e -> vm.letGo(changed));
        HBox buttons = new HBox(go);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        Label reasonLabel = new Label(i18n.t("letgo.reason"));
        reasonLabel.getStyleClass().add("form-label");
        VBox form = new VBox(8, intro, reasonLabel, reason, buttons);

        Label decided = new Label();
        decided.setId("letgo-decided");
        decided.setWrapText(true);
        decided.setMinHeight(Region.USE_PREF_SIZE);
        decided.getStyleClass().add(Styles.TEXT_BOLD);
        Label decidedReason = new Label();
        decidedReason.setWrapText(true);
        decidedReason.setMinHeight(Region.USE_PREF_SIZE);
        Button back = new Button(i18n.t("letgo.takeBack"), new FontIcon("fth-user-check"));
        back.setId("letgo-take-back");
        back.disableProperty().bind(vm.busyProperty());
        back.setOnAction(e -> vm.takeBack(changed));
        VBox state = new VBox(8, decided, decidedReason, back);

        vm.decisionProperty().when(shown).subscribe(d -> {
            form.setVisible(d == null);
            form.setManaged(d == null);
            state.setVisible(d != null);
            state.setManaged(d != null);
            if (d != null) {
                decided.setText(i18n.t("letgo.decided", DateFields.date(d.decidedAt().atZone(clock.getZone()).toLocalDate())));
                decidedReason.setText(i18n.t("letgo.decidedReason", d.reason()));
            }
        });
        Label title = new Label(i18n.t("letgo.title"), new FontIcon("fth-log-out"));
        title.getStyleClass().add(Styles.TITLE_4);
        VBox card = new VBox(10, title, message, error, form, state);
        card.getStyleClass().add("winback-card");
        card.setPadding(new Insets(16));
        box.getChildren().add(card);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
