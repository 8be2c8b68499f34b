package com.setia.staff;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
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

/** The "Contact person" tab of a customer's page. */
public final class ContactPersonPanel implements CustomerPanel {
    private final StaffService service;
    private final TaskRunner runner;
    private final I18n i18n;

    public ContactPersonPanel(StaffService service, TaskRunner runner, I18n i18n) {
        this.service = service;
        this.runner = runner;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "staff.tab";
    }

    @Override
    public Node create(Customer customer) {
        ContactPersonViewModel vm = new ContactPersonViewModel(service, runner);
        Node view = view(vm);
        vm.load(customer.id());
        return view;
    }

    Node view(ContactPersonViewModel vm) {
        VBox box = new VBox(10);
        box.setId("contact-person");
        CardStyles.apply(box);
        box.setPadding(new Insets(16));
        ObservableValue<Boolean> shown = box.sceneProperty().map(s -> Boolean.TRUE).orElse(Boolean.FALSE);
        Label intro = new Label(i18n.t("staff.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = Banner.of("contact-message", vm.messageKeyProperty(), Banner.Tone.SUCCESS, i18n::t);
        Label error = Banner.of("contact-error", vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);
        Label now = new Label();
        now.setId("contact-current");
        now.getStyleClass().add(Styles.TITLE_4);
        now.setWrapText(true);

        Label owes = new Label();
        owes.setId("contact-owes");
        owes.setWrapText(true);
        owes.setMinHeight(Region.USE_PREF_SIZE);
        FlowPane hows = new FlowPane(8, 8);
        for (IntroHow how : IntroHow.values()) {
            Button b = new Button(i18n.t(how.messageKey()));
            b.setId("contact-introduced-" + how.name());
            b.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
            b.disableProperty().bind(vm.busyProperty());
            b.setOnAction(e -> vm.markIntroduced(how));
            hows.getChildren().add(b);
        }
        VBox introCard = new VBox(8, owes, hows);
        introCard.getStyleClass().addAll("winback-card", "winback-card-accent");
        introCard.setPadding(new Insets(12));
        Label done = new Label();
        done.setWrapText(true);
        done.getStyleClass().add(Styles.TEXT_MUTED);
        vm.currentProperty().when(shown).subscribe(p -> {
            now.setText(p == null ? i18n.t("staff.none") : i18n.t("staff.current", p.staffName()));
            boolean pending = p != null && p.introductionPending();
            introCard.setVisible(pending);
            introCard.setManaged(pending);
            if (pending) owes.setText(i18n.t("staff.owes", p.staffName()));
            boolean introduced = p != null && p.introducedOn() != null;
            done.setVisible(introduced);
            done.setManaged(introduced);
            if (introduced) {
                done.setText(i18n.t("staff.introduced", p.staffName(), i18n.t(p.introducedHow().messageKey()),
                        DateFields.date(p.introducedOn())));
            }
        });

        ComboBox<Staff> choose = new ComboBox<>(vm.staff());
        choose.setId("contact-choose");
        choose.setPromptText(i18n.t("staff.choosePrompt"));
        choose.setCellFactory(lv -> new StaffCell());
        choose.setButtonCell(new StaffCell());
        choose.valueProperty().bindBidirectional(vm.chosenProperty());
        Button assign = new Button(i18n.t("staff.assign"), new FontIcon("fth-user-check"));
        assign.setId("contact-assign");
        assign.disableProperty().bind(vm.busyProperty());
        assign.setOnAction(e -> vm.assign());
        HBox assignRow = new HBox(8, choose, assign);
        assignRow.setAlignment(Pos.CENTER_LEFT);
        TextField name = new TextField();
        name.setId("contact-new-staff");
        name.setPromptText(i18n.t("staff.newPrompt"));
        name.textProperty().bindBidirectional(vm.newNameProperty());
        name.setOnAction(e -> vm.addStaff());
        Button add = new Button(i18n.t("staff.add"), new FontIcon("fth-plus"));
        add.setId("contact-add-staff");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> vm.addStaff());
        HBox addRow = new HBox(8, name, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label chooseLabel = new Label(i18n.t("staff.chooseLabel"));
        chooseLabel.getStyleClass().add("form-label");
        VBox card = new VBox(10, now, message, error, introCard, done, intro, chooseLabel, assignRow, addRow);
        card.getStyleClass().add("winback-card");
        card.setPadding(new Insets(16));
        box.getChildren().add(card);
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static final class StaffCell extends ListCell<Staff> {
        @Override
        protected void updateItem(Staff s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? null : s.name());
        }
    }
}
