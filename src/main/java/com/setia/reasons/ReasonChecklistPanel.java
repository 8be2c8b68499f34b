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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.setia.common.TaskRunner;
import com.setia.ui.Banner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerPanel;
import com.setia.customer.CustomerPart;
import com.setia.ui.ViewScope;
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
        return open(customer, id -> { }).node();
    }

    /**
     * The checklist; a note or day changed but not stored yet counts as unsaved work, so the page asks before it moves
     * to another customer (a note is also stored as soon as the owner leaves its box).
     */
    @Override
    public CustomerPart open(Customer customer, Host host) {
        ReasonChecklistViewModel vm = new ReasonChecklistViewModel(service, runner, clock);
        Node view = view(vm);
        vm.load(customer.id());
        return new CustomerPart() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public void refresh() {
                if (!vm.hasUnsavedWork()) vm.load(customer.id());
            }

            @Override
            public void storeTyping() {
                vm.saveTyped();
            }

            @Override
            public boolean hasUnsavedWork() {
                return vm.hasUnsavedWork();
            }
        };
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
        ViewScope.of(check).subscribe(row.tickedProperty(), check::setSelected);
        check.setOnAction(e -> vm.setTicked(row, check.isSelected()));

        DatePicker date = DateFields.picker("reason-date-" + id, i18n.t("common.date.prompt"), row.dateProperty(), row.dateUnreadableProperty());
        date.setPrefWidth(160);
        date.setMinWidth(160);
        TextField note = new TextField();
        note.setId("reason-note-" + id);
        note.setPromptText(i18n.t("reasons.note.prompt"));
        note.textProperty().bindBidirectional(row.noteProperty());
        HBox.setHgrow(note, Priority.ALWAYS);
        note.setMaxWidth(Double.MAX_VALUE);
        Button save = new Button(i18n.t("reasons.save"), new FontIcon("fth-check"));
        save.setId("reason-save-" + id);
        save.getStyleClass().addAll(Styles.SMALL, Styles.ACCENT);
        save.visibleProperty().bind(row.dirtyBinding());
        save.managedProperty().bind(save.visibleProperty());
        save.setMinWidth(Region.USE_PREF_SIZE);
        save.setOnAction(e -> vm.save(row));
        note.setOnAction(e -> vm.save(row));
        // Typed, then clicked elsewhere (another reason, another customer): stored, never dropped.
        note.focusedProperty().addListener((o, had, has) -> {
            if (had && !has && row.dirtyBinding().get()) vm.save(row);
        });
        note.setMinWidth(160);
        note.setPrefColumnCount(18);
        Label on = new Label(i18n.t("reasons.tickedOn"));
        on.getStyleClass().add(Styles.TEXT_MUTED);
        on.setMinWidth(Region.USE_PREF_SIZE);
        HBox noteAndSave = new HBox(8, note, save);
        noteAndSave.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(noteAndSave, Priority.ALWAYS);
        HBox dateRow = new HBox(8, on, date);
        dateRow.setAlignment(Pos.CENTER_LEFT);
        dateRow.setMinWidth(Region.USE_PREF_SIZE);
        // Side by side where there is room; the note and its button go under the date where there is not.
        javafx.scene.layout.FlowPane details = new javafx.scene.layout.FlowPane(8, 6, dateRow, noteAndSave);
        details.setAlignment(Pos.CENTER_LEFT);
        details.setPadding(new Insets(0, 0, 0, 28));
        noteAndSave.prefWidthProperty().bind(javafx.beans.binding.Bindings.max(220,
                details.widthProperty().subtract(dateRow.widthProperty()).subtract(28 + 8 + 4)));
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
