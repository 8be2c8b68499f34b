package com.setia.reasons;

import java.time.Clock;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import com.setia.common.TaskRunner;
import com.setia.ui.Banner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerPanel;
import com.setia.i18n.I18n;
import com.setia.ui.DateFields;

/** The "Loss reasons" tab of a customer's page: the ten reasons i-x, each with the day ticked and a note. */
public final class ReasonChecklistPanel implements CustomerPanel {
    private final ReasonService service;
    private final TaskRunner runner;
    private final Clock clock;
    private final I18n i18n;

    public ReasonChecklistPanel(ReasonService service, TaskRunner runner, Clock clock, I18n i18n) {
        this.service = service;
        this.runner = runner;
        this.clock = clock;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "reasons.tab";
    }

    @Override
    public Node create(Customer customer) {
        ReasonChecklistViewModel vm = new ReasonChecklistViewModel(service, runner, clock);
        Node view = view(vm);
        vm.load(customer.id());
        return view;
    }

    Node view(ReasonChecklistViewModel vm) {
        VBox box = new VBox(6);
        box.setId("reasons-checklist");
        com.setia.ui.CardStyles.apply(box);
        box.setPadding(new Insets(16));
        Label intro = new Label(i18n.t("reasons.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = Banner.of(null, vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);
        box.getChildren().addAll(intro, error);
        for (ReasonChecklistViewModel.Row row : vm.rows()) {
            box.getChildren().add(row(vm, row));
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private Node row(ReasonChecklistViewModel vm, ReasonChecklistViewModel.Row row) {
        String id = row.reason().numeral();
        CheckBox check = new CheckBox(i18n.t("reasons.numbered", row.reason().numeral(), i18n.t(row.reason().messageKey())));
        check.setId("reason-" + id);
        check.setWrapText(true);
        check.setSelected(row.tickedProperty().get());
        row.tickedProperty().addListener((o, a, now) -> check.setSelected(now));
        check.setOnAction(e -> vm.setTicked(row, check.isSelected()));

        DatePicker date = DateFields.picker("reason-date-" + id, i18n.t("common.date.prompt"), row.dateProperty(), row.dateUnreadableProperty());
        date.setPrefWidth(160);
        date.setMinWidth(160);
        TextField note = new TextField();
        note.setId("reason-note-" + id);
        note.setPromptText(i18n.t("reasons.note.prompt"));
        note.textProperty().bindBidirectional(row.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        Button save = new Button(i18n.t("reasons.save"), new FontIcon("fth-check"));
        save.setId("reason-save-" + id);
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.visibleProperty().bind(row.dirtyBinding());
        save.managedProperty().bind(save.visibleProperty());
        save.setOnAction(e -> vm.save(row));
        note.setOnAction(e -> vm.save(row));
        Label on = new Label(i18n.t("reasons.tickedOn"));
        on.getStyleClass().add(Styles.TEXT_MUTED);
        HBox details = new HBox(8, on, date, note, save);
        details.setAlignment(Pos.CENTER_LEFT);
        details.setPadding(new Insets(0, 0, 0, 28));
        details.visibleProperty().bind(row.tickedProperty());
        details.managedProperty().bind(details.visibleProperty());

        Label error = new Label();
        error.getStyleClass().add("field-error");
        error.setPadding(new Insets(0, 0, 0, 28));
        error.managedProperty().bind(error.visibleProperty());
        error.visibleProperty().bind(row.errorProperty().isNotNull());
        error.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> row.errorProperty().get() == null ? "" : i18n.t(row.errorProperty().get()), row.errorProperty()));

        VBox box = new VBox(6, check, details, error);
        box.getStyleClass().add("reason-row");
        box.setPadding(new Insets(8, 10, 8, 10));
        return box;
    }
}
