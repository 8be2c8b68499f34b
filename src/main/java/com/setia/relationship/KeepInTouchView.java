package com.setia.relationship;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;

import com.setia.contact.ContactKind;
import com.setia.customer.PhoneNumbers;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.ui.DateFields;

/** The keep-in-touch tab of Today: who is due a contact, since when, and one click to make or log it. */
final class KeepInTouchView {
    private final KeepInTouchViewModel vm;
    private final I18n i18n;
    private final QuietWords words;
    private final VBox root = new VBox(10);

    KeepInTouchView(KeepInTouchViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.words = new QuietWords(i18n);
        build();
    }

    Node root() {
        return root;
    }

    private void build() {
        CardStyles.apply(root);
        root.setId("keep-view");
        root.setPadding(new Insets(12, 0, 0, 0));
        Label intro = new Label(i18n.t("keep.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setMinWidth(0);
        Label message = Banner.create("keep-message");
        Label error = Banner.create("keep-error");
        ListView<DueRow> list = new ListView<>(vm.rows());
        list.setId("keep-list");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(lv -> new RowCell());
        Label placeholder = new Label(i18n.t("keep.empty"), new FontIcon("fth-check-circle"));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(20));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().setAll(intro, message, error, list);
        WhileShown.subscribe(root, () -> Subscription.combine(
                vm.messageKeyProperty().subscribe(k -> Banner.show(message,
                        k == null ? null : i18n.t(k, vm.messageArgProperty().get()), Banner.Tone.SUCCESS)),
                vm.errorKeyProperty().subscribe(k -> Banner.show(error, k == null ? null : i18n.t(k), Banner.Tone.ERROR))));
    }

    private final class RowCell extends ListCell<DueRow> {
        @Override
        protected void updateItem(DueRow row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            setPrefWidth(0);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            long id = row.customer().id();
            Label name = new Label(row.customer().name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            Label phone = new Label(row.customer().phone() == null ? i18n.t("quiet.noPhone") : PhoneNumbers.display(row.customer().phone()));
            phone.getStyleClass().add(Styles.TEXT_MUTED);
            HBox who = new HBox(10, name, phone);
            who.setAlignment(Pos.BASELINE_LEFT);
            String last = row.due().lastContact() == null ? i18n.t("keep.neverContacted")
                    : i18n.t("keep.lastContact", DateFields.date(row.due().lastContact()));
            Label due = CardStyles.badge(i18n.t("keep.due", words.every(row.due().cadenceDays()),
                    DateFields.date(row.due().dueOn()), last), "fth-calendar", row.due().daysOverdue() > 7 ? "RED" : "AMBER");
            due.setId("keep-due-" + id);

            Button whatsApp = new Button(i18n.t("quiet.action.whatsApp"), new FontIcon("fth-message-circle"));
            whatsApp.setId("keep-whatsapp-" + id);
            whatsApp.getStyleClass().add(Styles.SUCCESS);
            whatsApp.disableProperty().bind(vm.busyProperty().or(
                    new javafx.beans.property.SimpleBooleanProperty(row.customer().phone() == null)));
            whatsApp.setOnAction(e -> vm.sendWhatsApp(row));
            Button called = new Button(i18n.t("quiet.action.called"), new FontIcon("fth-phone"));
            called.setId("keep-called-" + id);
            called.disableProperty().bind(vm.busyProperty());
            called.setOnAction(e -> vm.logContact(row, ContactKind.CALL));
            MenuButton other = new MenuButton(i18n.t("quiet.action.logContact"), new FontIcon("fth-edit-3"));
            other.disableProperty().bind(vm.busyProperty());
            for (ContactKind kind : new ContactKind[] {ContactKind.OWNER_VISIT, ContactKind.LETTER, ContactKind.WHATSAPP}) {
                MenuItem item = new MenuItem(i18n.t(kind.messageKey()), new FontIcon(kind.icon()));
                item.setOnAction(e -> vm.logContact(row, kind));
                other.getItems().add(item);
            }
            MenuButton later = new MenuButton(i18n.t("keep.action.snooze"), new FontIcon("fth-clock"));
            later.setId("keep-snooze-" + id);
            later.getStyleClass().add(Styles.FLAT);
            later.disableProperty().bind(vm.busyProperty());
            for (Object[] choice : new Object[][] {{7, "keep.snooze.7"}, {14, "keep.snooze.14"}, {30, "keep.snooze.30"}}) {
                MenuItem item = new MenuItem(i18n.t((String) choice[1]));
                item.setOnAction(e -> vm.snooze(row, (Integer) choice[0]));
                later.getItems().add(item);
            }
            MenuItem pause = new MenuItem(i18n.t("keep.action.pause"));
            pause.setOnAction(e -> vm.pause(row));
            later.getItems().add(pause);
            FlowPane actions = new FlowPane(6, 6, whatsApp, called, other, later);
            VBox box = new VBox(6, who, due, actions);
            box.getStyleClass().add("today-item");
            box.setPadding(new Insets(4, 0, 4, 0));
            setGraphic(box);
        }
    }
}
