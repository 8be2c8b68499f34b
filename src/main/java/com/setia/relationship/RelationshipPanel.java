package com.setia.relationship;

import java.time.Clock;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;

import com.setia.common.TaskRunner;
import com.setia.contact.Contact;
import com.setia.contact.ContactKind;
import com.setia.contact.ContactService;
import com.setia.contact.WhatsAppMessage;
import com.setia.contact.WhatsAppSender;
import com.setia.customer.Customer;
import com.setia.customer.CustomerHeader;
import com.setia.customer.CustomerPanel;
import com.setia.customer.CustomerPart;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.ui.DateFields;
import com.setia.visit.Visit;
import com.setia.visit.VisitService;

/**
 * The "Visits & contacts" tab of a customer's page (the relationship at a glance goes above the tabs: {@link #header()}): the visits (record one for any
 * past day), the contacts (log one on the day it happened, or send a WhatsApp) and how often to keep in touch.
 */
public final class RelationshipPanel implements CustomerPanel {
    private final RelationshipService relationship;
    private final VisitService visits;
    private final ContactService contacts;
    private final WhatsAppSender whatsApp;
    private final TaskRunner runner;
    private final I18n i18n;
    /** Handed from the header to the tab of the same page opening (both on the FX thread, header first). */
    private RelationshipPanelViewModel opened;
    private long openedFor;

    public RelationshipPanel(RelationshipService relationship, VisitService visits, ContactService contacts,
            WhatsAppSender whatsApp, TaskRunner runner, Clock clock, I18n i18n) {
        this.relationship = relationship;
        this.visits = visits;
        this.contacts = contacts;
        this.whatsApp = whatsApp;
        this.runner = runner;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "rel.tab";
    }

    @Override
    public Node create(Customer customer) {
        return view(viewModelFor(customer.id()));
    }

    /**
     * The relationship at a glance, above the tabs of the customer's page ({@link RelationshipHeaderView}). It shares
     * its view-model with the "Visits & contacts" tab opened next for the same customer, so a visit or contact
     * recorded in the tab shows in the header at once, and both are read with one load.
     */
    public CustomerHeader header() {
        return (customer, host) -> {
            RelationshipPanelViewModel vm = new RelationshipPanelViewModel(relationship, visits, contacts, whatsApp, runner);
            vm.load(customer.id());
            opened = vm;
            openedFor = customer.id();
            Node node = new RelationshipHeaderView(vm.factsProperty(), i18n).root();
            return new CustomerPart() {
                @Override
                public Node node() {
                    return node;
                }

                @Override
                public void refresh() {
                    vm.load(customer.id());
                }
            };
        };
    }

    /** The view-model the header just opened for this customer, else a new one (a page without the header). */
    private RelationshipPanelViewModel viewModelFor(long customerId) {
        RelationshipPanelViewModel vm = opened;
        if (vm != null && openedFor == customerId) {
            opened = null;
            return vm;
        }
        vm = new RelationshipPanelViewModel(relationship, visits, contacts, whatsApp, runner);
        vm.load(customerId);
        return vm;
    }

    Node view(RelationshipPanelViewModel vm) {
        VBox box = new VBox(12);
        box.setId("relationship-panel");
        CardStyles.apply(box);
        box.setPadding(new Insets(16));
        Label message = Banner.create("relationship-message");
        Label error = Banner.create("relationship-error");
        WhileShown.subscribe(box, () -> Subscription.combine(
                vm.messageKeyProperty().subscribe(k -> Banner.show(message, k == null ? null
                        : i18n.t(k, vm.factsProperty().get() == null ? "" : vm.factsProperty().get().customer().name()),
                        Banner.Tone.SUCCESS)),
                vm.errorKeyProperty().subscribe(k -> Banner.show(error, k == null ? null
                        : i18n.t(k, vm.factsProperty().get() == null ? "" : vm.factsProperty().get().customer().name()),
                        Banner.Tone.ERROR))));
        box.getChildren().addAll(message, error, visitsCard(vm), contactsCard(vm), keepCard(vm));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node visitsCard(RelationshipPanelViewModel vm) {
        Label title = new Label(i18n.t("rel.visits"), new FontIcon("fth-shopping-bag"));
        title.getStyleClass().add(Styles.TITLE_4);
        DatePicker day = DateFields.picker("relationship-visit-date", i18n.t("common.date.prompt"), vm.visitDayProperty(),
                vm.visitDayUnreadableProperty());
        day.setPrefWidth(150);
        day.setMinWidth(150);
        TextField amount = new TextField();
        amount.setId("relationship-visit-amount");
        amount.setPromptText(i18n.t("visit.quick.amountPrompt"));
        amount.textProperty().bindBidirectional(vm.visitAmountProperty());
        amount.setPrefColumnCount(9);
        TextField note = new TextField();
        note.setId("relationship-visit-note");
        note.setPromptText(i18n.t("visit.quick.notePrompt"));
        note.textProperty().bindBidirectional(vm.visitNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button record = new Button(i18n.t("visit.quick.record"), new FontIcon("fth-check"));
        record.setId("relationship-visit-record");
        record.getStyleClass().add(Styles.ACCENT);
        record.disableProperty().bind(vm.busyProperty());
        record.setOnAction(e -> {
            day.commitValue();
            vm.recordVisit(i18n.getLanguage());
        });
        FlowPane form = new FlowPane(8, 8, day, amount, note, record);
        ListView<Visit> list = new ListView<>(vm.visitRows());
        list.setId("relationship-visits");
        list.setPrefHeight(150);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Visit v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : Stream.of(DateFields.date(v.visitedOn()),
                        v.amount() == null ? null : v.amount().toPlainString(), v.note())
                        .filter(Objects::nonNull).collect(Collectors.joining("  \u00b7  ")));
            }
        });
        list.setPlaceholder(new Label(i18n.t("rel.noVisit")));
        VBox card = new VBox(8, title, form, list);
        card.getStyleClass().add("winback-card");
        card.setPadding(new Insets(12));
        return card;
    }

    private Node contactsCard(RelationshipPanelViewModel vm) {
        Label title = new Label(i18n.t("rel.contacts"), new FontIcon("fth-message-circle"));
        title.getStyleClass().add(Styles.TITLE_4);
        MenuButton send = new MenuButton(i18n.t("rel.whatsApp"), new FontIcon("fth-send"));
        send.setId("relationship-whatsapp");
        send.getStyleClass().add(Styles.SUCCESS);
        send.disableProperty().bind(vm.busyProperty());
        for (WhatsAppMessage.Kind kind : WhatsAppMessage.Kind.values()) {
            MenuItem item = new MenuItem(i18n.t(kind.messageKey()));
            item.setOnAction(e -> vm.sendWhatsApp(kind));
            send.getItems().add(item);
        }
        HBox top = new HBox(12, title, send);
        top.setAlignment(Pos.CENTER_LEFT);
        ComboBox<ContactKind> kind = new ComboBox<>();
        kind.setId("relationship-contact-kind");
        kind.getItems().setAll(ContactKind.loggable());
        kind.setConverter(new StringConverter<>() {
            @Override
            public String toString(ContactKind k) {
                return k == null ? "" : i18n.t(k.messageKey());
            }

            @Override
            public ContactKind fromString(String s) {
                throw new UnsupportedOperationException();
            }
        });
        kind.valueProperty().bindBidirectional(vm.contactKindProperty());
        DatePicker day = DateFields.picker("relationship-contact-date", i18n.t("common.date.prompt"), vm.contactDayProperty(),
                vm.contactDayUnreadableProperty());
        day.setPrefWidth(150);
        day.setMinWidth(150);
        TextField note = new TextField();
        note.setId("relationship-contact-note");
        note.setPromptText(i18n.t("rel.contactNotePrompt"));
        note.textProperty().bindBidirectional(vm.contactNoteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button log = new Button(i18n.t("rel.logContact"), new FontIcon("fth-check"));
        log.setId("relationship-contact-log");
        log.getStyleClass().add(Styles.ACCENT);
        log.disableProperty().bind(vm.busyProperty());
        log.setOnAction(e -> {
            day.commitValue();
            vm.logContact();
        });
        FlowPane form = new FlowPane(8, 8, kind, day, note, log);
        ListView<Contact> list = new ListView<>(vm.contactRows());
        list.setId("relationship-contacts");
        list.setPrefHeight(150);
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : Stream.of(DateFields.date(c.happenedOn()), i18n.t(c.kind().messageKey()), c.note())
                        .filter(Objects::nonNull).collect(Collectors.joining("  \u00b7  ")));
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        list.setPlaceholder(new Label(i18n.t("rel.noContact")));
        VBox card = new VBox(8, top, form, list);
        card.getStyleClass().add("winback-card");
        card.setPadding(new Insets(12));
        return card;
    }

    private Node keepCard(RelationshipPanelViewModel vm) {
        Label title = new Label(i18n.t("rel.keep"), new FontIcon("fth-calendar"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label every = new Label(i18n.t("rel.cadence.label"));
        TextField days = new TextField();
        days.setId("relationship-cadence");
        days.setPrefColumnCount(4);
        days.textProperty().bindBidirectional(vm.cadenceProperty());
        Label unit = new Label(i18n.t("rel.cadence.days"));
        Button save = new Button(i18n.t("rel.cadence.save"));
        save.setId("relationship-cadence-save");
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.saveCadence());
        days.setOnAction(e -> vm.saveCadence());
        CheckBox paused = new CheckBox(i18n.t("rel.paused"));
        paused.setId("relationship-paused");
        paused.setOnAction(e -> vm.setPaused(paused.isSelected()));
        Label state = new Label();
        state.setId("relationship-keep-state");
        state.getStyleClass().add(Styles.TEXT_MUTED);
        state.setWrapText(true);
        WhileShown.subscribe(state, () -> vm.planProperty().subscribe(p -> {
            paused.setSelected(p != null && p.paused());
            if (p == null || p.cadence() == null) {
                state.setText(i18n.t("rel.cadence.none"));
            } else {
                state.setText(i18n.t("rel.cadence.state", new QuietWords(i18n).every(p.cadence()),
                        p.ownCadence() == null ? 1 : 0, DateFields.date(p.nextDue())));
            }
        }));
        HBox row = new HBox(8, every, days, unit, save, paused);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox card = new VBox(8, title, row, state);
        card.getStyleClass().add("winback-card");
        card.setPadding(new Insets(12));
        return card;
    }
}
