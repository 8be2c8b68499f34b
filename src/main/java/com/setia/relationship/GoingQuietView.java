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

/** The going-quiet tab of Today: who stays away, why in words, and what to do about it in one click. */
final class GoingQuietView {
    private final GoingQuietViewModel vm;
    private final I18n i18n;
    private final QuietWords words;
    private final VBox root = new VBox(10);

    GoingQuietView(GoingQuietViewModel vm, I18n i18n) {
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
        root.setId("quiet-view");
        root.setPadding(new Insets(12, 0, 0, 0));
        Label intro = new Label(i18n.t("quiet.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);
        intro.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        root.setMinWidth(0);
        Label message = Banner.create("quiet-message");
        Label error = Banner.create("quiet-error");
        Label more = new Label();
        more.setId("quiet-more");
        more.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        more.managedProperty().bind(more.visibleProperty());

        ListView<QuietRow> list = new ListView<>(vm.rows());
        list.setId("quiet-list");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(lv -> new RowCell());
        Label placeholder = new Label(i18n.t("quiet.empty"), new FontIcon("fth-smile"));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(20));
        list.setPlaceholder(placeholder);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().setAll(intro, message, error, list, more);

        WhileShown.subscribe(root, () -> Subscription.combine(
                vm.messageKeyProperty().subscribe(k -> Banner.show(message,
                        k == null ? null : i18n.t(k, vm.messageArgProperty().get()), Banner.Tone.SUCCESS)),
                vm.errorKeyProperty().subscribe(k -> Banner.show(error, k == null ? null : i18n.t(k), Banner.Tone.ERROR)),
                vm.totalProperty().subscribe(n -> {
                    int total = n.intValue();
                    more.setVisible(total > vm.rows().size());
                    more.setText(i18n.t("quiet.more", vm.rows().size(), total));
                })));
    }

    /** Name and phone, the reason in words, and the actions. */
    private final class RowCell extends ListCell<QuietRow> {
        @Override
        protected void updateItem(QuietRow row, boolean empty) {
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
            Label reason = CardStyles.badge(words.reason(row.quiet()), "fth-moon", row.quiet().overdue() >= 4 ? "RED" : "AMBER");
            reason.setId("quiet-reason-" + id);

            Button whatsApp = new Button(i18n.t("quiet.action.whatsApp"), new FontIcon("fth-message-circle"));
            whatsApp.setId("quiet-whatsapp-" + id);
            whatsApp.getStyleClass().add(Styles.SUCCESS);
            whatsApp.setDisable(row.customer().phone() == null);
            whatsApp.setOnAction(e -> vm.sendWhatsApp(row));
            Button called = new Button(i18n.t("quiet.action.called"), new FontIcon("fth-phone"));
            called.setId("quiet-called-" + id);
            called.setOnAction(e -> vm.logContact(row, ContactKind.CALL));
            MenuButton other = new MenuButton(i18n.t("quiet.action.logContact"), new FontIcon("fth-edit-3"));
            other.setId("quiet-log-" + id);
            for (ContactKind kind : new ContactKind[] {ContactKind.OWNER_VISIT, ContactKind.LETTER, ContactKind.WHATSAPP}) {
                MenuItem item = new MenuItem(i18n.t(kind.messageKey()), new FontIcon(kind.icon()));
                item.setOnAction(e -> vm.logContact(row, kind));
                other.getItems().add(item);
            }
            Button openCase = new Button(i18n.t("quiet.action.openCase"), new FontIcon("fth-heart"));
            openCase.setId("quiet-case-" + id);
            openCase.setOnAction(e -> vm.openCase(row));
            MenuButton later = new MenuButton(i18n.t("quiet.action.notNow"), new FontIcon("fth-clock"));
            later.setId("quiet-later-" + id);
            later.getStyleClass().add(Styles.FLAT);
            for (Object[] choice : new Object[][] {{14, "quiet.notNow.14"}, {30, "quiet.notNow.30"}, {90, "quiet.notNow.90"}}) {
                MenuItem item = new MenuItem(i18n.t((String) choice[1]));
                item.setOnAction(e -> vm.dismiss(row, (Integer) choice[0]));
                later.getItems().add(item);
            }
            whatsApp.disableProperty().bind(vm.busyProperty().or(new javafx.beans.property.SimpleBooleanProperty(row.customer().phone() == null)));
            called.disableProperty().bind(vm.busyProperty());
            other.disableProperty().bind(vm.busyProperty());
            openCase.disableProperty().bind(vm.busyProperty());
            later.disableProperty().bind(vm.busyProperty());
            FlowPane actions = new FlowPane(6, 6, whatsApp, called, other, openCase, later);
            VBox box = new VBox(6, who, reason, actions);
            box.getStyleClass().add("today-item");
            box.setPadding(new Insets(4, 0, 4, 0));
            setGraphic(box);
        }
    }
}
