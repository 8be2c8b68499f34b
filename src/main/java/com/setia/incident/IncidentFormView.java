package com.setia.incident;

import com.setia.ui.DateFields;
import com.setia.ui.Banner;

import java.util.EnumMap;
import java.util.Map;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;

/** The "log an incident" form, shown as a card inside the customer's timeline. A thin view over its view-model. */
public final class IncidentFormView {
    private final IncidentFormViewModel vm;
    private final I18n i18n;
    private final VBox root = new VBox(10);
    private final Map<IncidentField, Label> errorLabels = new EnumMap<>(IncidentField.class);
    private final Map<IncidentField, Control> controls = new EnumMap<>(IncidentField.class);

    /**
     * @param onSave called when the owner clicks save (the owner of the view calls the view-model with the customer)
     * @param onCancel called when the owner cancels
     */
    public IncidentFormView(IncidentFormViewModel vm, I18n i18n, Runnable onSave, Runnable onCancel) {
        this.vm = vm;
        this.i18n = i18n;
        build(onSave, onCancel);
    }

    public Node root() {
        return root;
    }

    private void build(Runnable onSave, Runnable onCancel) {
        root.setId("incident-form");
        root.getStyleClass().add("winback-card");
        root.setPadding(new Insets(16));

        Label title = new Label(i18n.t("incident.form.title"), new FontIcon("fth-alert-circle"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(i18n.t("incident.form.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);

        DatePicker date = DateFields.picker("incident-date", i18n.t("common.date.prompt"), vm.dateProperty(), vm.dateUnreadableProperty());
        date.setPrefWidth(160);
        date.setMinWidth(160);
        TextField time = new TextField();
        time.setId("incident-time");
        time.setPrefColumnCount(5);
        time.setPromptText(i18n.t("incident.field.time.prompt"));
        time.textProperty().bindBidirectional(vm.timeProperty());
        HBox when = new HBox(8, date, time);
        when.setAlignment(Pos.CENTER_LEFT);

        ComboBox<Channel> channel = new ComboBox<>();
        channel.setId("incident-channel");
        channel.getItems().setAll(Channel.values());
        channel.setCellFactory(lv -> new TextCell<>(c -> i18n.t(c.messageKey())));
        channel.setButtonCell(new TextCell<>(c -> i18n.t(c.messageKey())));
        channel.valueProperty().bindBidirectional(vm.channelProperty());

        ComboBox<Severity> severity = new ComboBox<>();
        severity.setId("incident-severity");
        severity.getItems().setAll(Severity.values());
        severity.setCellFactory(lv -> new TextCell<>(s -> i18n.t(s.messageKey())));
        severity.setButtonCell(new TextCell<>(s -> i18n.t(s.messageKey())));
        severity.valueProperty().bindBidirectional(vm.severityProperty());

        TextArea said = area("incident-said", vm.customerSaidProperty(), "incident.field.said.prompt", 3);
        TextArea wants = area("incident-wants", vm.customerWantsProperty(), "incident.field.wants.prompt", 2);
        TextArea cues = area("incident-cues", vm.cuesProperty(), "incident.field.cues.prompt", 2);

        VBox whenBox = field("incident.field.when", when, IncidentField.OCCURRED_AT, date);
        VBox channelBox = field("incident.field.channel", channel, IncidentField.CHANNEL, channel);
        VBox severityBox = field("incident.field.severity", severity, IncidentField.SEVERITY, severity);
        javafx.scene.layout.FlowPane top = new javafx.scene.layout.FlowPane(16, 8, whenBox, channelBox, severityBox);
        VBox fieldsBox = new VBox(10, top,
                field("incident.field.said", said, IncidentField.CUSTOMER_SAID, said),
                field("incident.field.wants", wants, IncidentField.CUSTOMER_WANTS, wants),
                field("incident.field.cues", cues, IncidentField.CUES, cues));

        Label banner = Banner.of("incident-banner", vm.bannerKeyProperty(), Banner.Tone.ERROR, i18n::t);

        Button save = new Button(i18n.t("incident.save"), new FontIcon("fth-check"));
        save.setId("incident-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> onSave.run());
        Button cancel = new Button(i18n.t("common.cancel"));
        cancel.setId("incident-cancel");
        cancel.setOnAction(e -> onCancel.run());
        HBox buttons = new HBox(8, save, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        com.setia.ui.ViewScope.of(root).onChange(this::showErrors, vm.errors());
        root.getChildren().setAll(title, intro, fieldsBox, banner, buttons);
    }

    private TextArea area(String id, javafx.beans.property.StringProperty value, String promptKey, int rows) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setWrapText(true);
        area.setPrefRowCount(rows);
        area.setPromptText(i18n.t(promptKey));
        area.textProperty().bindBidirectional(value);
        return area;
    }

    private VBox field(String labelKey, Node field, IncidentField key, Control errorTarget) {
        Label label = new Label(i18n.t(labelKey));
        label.getStyleClass().add("form-label");
        label.setLabelFor(errorTarget);
        Label error = new Label();
        error.setId("incident-error-" + key.name());
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        errorLabels.put(key, error);
        controls.put(key, errorTarget);
        return new VBox(4, label, field, error);
    }

    private void showErrors() {
        errorLabels.forEach((field, label) -> {
            com.setia.common.Message key = vm.errors().get(field);
            label.setVisible(key != null);
            label.setText(key == null ? "" : i18n.t(key));
            controls.get(field).pseudoClassStateChanged(Styles.STATE_DANGER, key != null);
        });
    }

    /** A list cell that shows an item through a function. */
    public static final class TextCell<T> extends ListCell<T> {
        private final java.util.function.Function<T, String> text;

        public TextCell(java.util.function.Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
