package com.setia.loyalty;

import java.time.Clock;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerPanel;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.ui.DateFields;

/** The "Loyalty signs" tab of a customer's page: the six signs, each ticked with the day it was seen. */
public final class LoyaltyPanel implements CustomerPanel {
    private final LoyaltyService service;
    private final TaskRunner runner;
    private final Clock clock;
    private final I18n i18n;

    public LoyaltyPanel(LoyaltyService service, TaskRunner runner, Clock clock, I18n i18n) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "loyalty.tab";
    }

    @Override
    public Node create(Customer customer) {
        return create(customer, id -> { });
    }

    /** A sign ticked or unticked tells the page, whose header counts the signs. */
    @Override
    public Node create(Customer customer, Host host) {
        LoyaltyViewModel vm = new LoyaltyViewModel(service, runner, clock);
        vm.setOnChanged(() -> host.customerChanged(customer.id()));
        VBox box = new VBox(6);
        box.setId("loyalty-signs");
        CardStyles.apply(box);
        box.setPadding(new Insets(16));
        Label intro = new Label(i18n.t("loyalty.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        // The view-model belongs to this panel alone: listeners end with it.
        Label error = Banner.of(null, vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);
        box.getChildren().addAll(intro, error);
        for (LoyaltyViewModel.Row row : vm.rows()) {
            String id = row.sign().name().toLowerCase(java.util.Locale.ROOT);
            CheckBox check = new CheckBox(i18n.t(row.sign().messageKey()));
            check.setId("loyalty-" + id);
            check.setWrapText(true);
            row.tickedProperty().subscribe(check::setSelected);
            check.setOnAction(e -> vm.setTicked(row, check.isSelected()));
            DatePicker day = DateFields.picker("loyalty-date-" + id, i18n.t("common.date.prompt"), row.dayProperty(),
                    row.dayUnreadableProperty());
            day.setPrefWidth(160);
            day.setMinWidth(160);
            day.setOnAction(e -> {
                if (row.tickedProperty().get()) vm.save(row);
            });
            Label on = new Label(i18n.t("loyalty.seenOn"));
            on.getStyleClass().add(Styles.TEXT_MUTED);
            HBox details = new HBox(8, on, day);
            details.setAlignment(Pos.CENTER_LEFT);
            details.setPadding(new Insets(0, 0, 0, 28));
            details.visibleProperty().bind(row.tickedProperty());
            details.managedProperty().bind(details.visibleProperty());
            VBox item = new VBox(6, check, details);
            item.getStyleClass().add("reason-row");
            item.setPadding(new Insets(8, 10, 8, 10));
            HBox.setHgrow(item, Priority.ALWAYS);
            box.getChildren().add(item);
        }
        vm.load(customer.id());
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
