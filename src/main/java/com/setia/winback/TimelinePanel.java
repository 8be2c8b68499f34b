package com.setia.winback;

import com.setia.ui.CardStyles;
import java.time.Clock;
import java.util.function.Supplier;
import java.time.ZoneId;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.setia.common.MoneyStyle;
import com.setia.common.TaskRunner;
import com.setia.ui.Banner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerPanel;
import com.setia.customer.CustomerPart;
import com.setia.i18n.I18n;
import com.setia.ui.DateFields;
import com.setia.incident.Incident;
import com.setia.incident.IncidentFormView;
import com.setia.incident.IncidentService;
import com.setia.letter.LetterComposer;

/**
 * The "Timeline" tab of a customer's page: log an incident, open a win-back case and walk it, and everything that
 * happened with the customer, newest first.
 */
public final class TimelinePanel implements CustomerPanel {
    private final WinbackService service;
    private final IncidentService incidents;
    private final TaskRunner runner;
    private final Clock clock;
    private final I18n i18n;
    private final LetterComposer letters;
    private final Supplier<MoneyStyle> money;

    /** @param letters writes the apology letter from step 2; null leaves that button out */
    public TimelinePanel(WinbackService service, IncidentService incidents, TaskRunner runner, Clock clock, I18n i18n,
            LetterComposer letters) {
        this(service, incidents, runner, clock, i18n, letters, () -> WinbackModule.DEFAULT_MONEY);
    }

    /** @param money how amounts are read and shown now (the shop's currency, the owner's language) */
    public TimelinePanel(WinbackService service, IncidentService incidents, TaskRunner runner, Clock clock, I18n i18n,
            LetterComposer letters, Supplier<MoneyStyle> money) {
        this.money = money;
        this.letters = letters;
        this.service = service;
        this.incidents = incidents;
        this.runner = runner;
        this.clock = clock;
        this.i18n = i18n;
    }

    @Override
    public String titleKey() {
        return "winback.timeline.tab";
    }

    @Override
    public Node create(Customer customer) {
        return create(customer, id -> { });
    }

    /** The panel; the page hears of status changes (a case opened or closed) through {@code host}. */
    @Override
    public Node create(Customer customer, Host host) {
        return open(customer, host).node();
    }

    /** The panel, read again from the store when the owner comes back (a case may have moved on from Today). */
    @Override
    public CustomerPart open(Customer customer, Host host) {
        TimelineViewModel vm = new TimelineViewModel(service, incidents, runner, clock, customer.id(), money);
        vm.setOnCustomerChanged(() -> host.customerChanged(customer.id()));
        Node view = new View(vm, i18n, clock.getZone(), letters).root();
        vm.load();
        return new CustomerPart() {
            @Override
            public Node node() {
                return view;
            }

            @Override
            public void refresh() {
                vm.load();
            }
        };
    }

    /** The panel's view, for one customer. */
    static final class View {
        private final TimelineViewModel vm;
        private final WinbackTexts texts;
        private final ZoneId zone;
        private final ListView<TimelineEntry> entries;
        private final VBox root;

        View(TimelineViewModel vm, I18n i18n, ZoneId zone, LetterComposer letters) {
            this.vm = vm;
            this.texts = new WinbackTexts(i18n, vm.caseViewModel().money());
            this.zone = zone;
            this.entries = new ListView<>(vm.entries());

            Button log = new Button(texts.t("incident.log"), new FontIcon("fth-alert-circle"));
            log.setId("timeline-log-incident");
            log.getStyleClass().add(Styles.ACCENT);
            log.setOnAction(e -> vm.showIncidentForm());
            log.disableProperty().bind(vm.incidentFormShownProperty());
            Button open = new Button(texts.t("winback.case.open"), new FontIcon("fth-heart"));
            open.setId("timeline-open-case");
            open.disableProperty().bind(vm.hasOpenCaseProperty().or(vm.busyProperty()));
            open.setOnAction(e -> vm.openCase(null));
            Label openHint = new Label(texts.t("winback.case.openHint"));
            openHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            openHint.setWrapText(true);
            openHint.visibleProperty().bind(vm.hasOpenCaseProperty().not());
            openHint.managedProperty().bind(openHint.visibleProperty());
            log.setMinWidth(Region.USE_PREF_SIZE);
            open.setMinWidth(Region.USE_PREF_SIZE);
            HBox buttons = new HBox(8, log, open);
            buttons.setAlignment(Pos.CENTER_LEFT);
            VBox toolbar = new VBox(6, buttons, openHint);

            Label error = Banner.of("timeline-error", vm.errorKeyProperty(), Banner.Tone.ERROR, texts::t);

            Node form = new IncidentFormView(vm.incidentForm(), i18n, vm::saveIncident, vm::hideIncidentForm).root();
            form.visibleProperty().bind(vm.incidentFormShownProperty());
            form.managedProperty().bind(form.visibleProperty());

            Node caseView = new CaseView(vm.caseViewModel(), i18n, letters).root();

            Label title = new Label(texts.t("winback.timeline.title"));
            title.getStyleClass().add("section-subtitle");

            // Above: the work (log an incident, the open case), as tall as it needs up to 60% of the tab, then it
            // scrolls. Below: the history in a virtualised list: only the rows in sight exist as nodes, and they are
            // reused as it scrolls, so 2,500 entries cost what 15 do.
            VBox work = CardStyles.apply(new VBox(14, toolbar, error, form, caseView));
            work.setPadding(new Insets(16, 16, 0, 16));
            ScrollPane top = new ScrollPane(work);
            top.setFitToWidth(true);
            top.getStyleClass().add("edge-to-edge");
            top.prefViewportHeightProperty().bind(work.heightProperty());

            entries.setId("timeline-entries");
            entries.getStyleClass().add("winback-card");
            entries.setCellFactory(lv -> new EntryCell());
            Label empty = new Label(texts.t("winback.timeline.empty"));
            empty.getStyleClass().add("empty-state");
            empty.setWrapText(true);
            empty.setPadding(new Insets(16));
            entries.setPlaceholder(empty);
            entries.setMinHeight(200);
            VBox.setVgrow(entries, Priority.ALWAYS);
            VBox history = CardStyles.apply(new VBox(8, title, entries));
            history.setPadding(new Insets(0, 16, 16, 16));
            VBox.setVgrow(history, Priority.ALWAYS);

            root = new VBox(14, top, history);
            root.setId("timeline-panel");
            top.maxHeightProperty().bind(root.heightProperty().multiply(0.6));
        }

        VBox root() {
            return root;
        }

        /** One row of the history. Its nodes are made once and refilled for whichever entry it shows. */
        private final class EntryCell extends ListCell<TimelineEntry> {
            private final FontIcon icon = new FontIcon("fth-alert-circle");
            private final Label headline = new Label();
            private final Label details = new Label();
            private final Label when = new Label();
            private final Button open = new Button(texts.t("winback.case.openFromIncident"), new FontIcon("fth-heart"));
            /** The incident this row shows, or null for a row of another kind. */
            private final javafx.beans.property.ObjectProperty<Long> incidentId = new javafx.beans.property.SimpleObjectProperty<>();
            private final HBox row;
            private String kindClass;

            EntryCell() {
                icon.getStyleClass().add("timeline-icon");
                when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                when.setMinWidth(Region.USE_PREF_SIZE);
                headline.getStyleClass().add(Styles.TEXT_BOLD);
                headline.setWrapText(true);
                details.setWrapText(true);
                details.managedProperty().bind(details.visibleProperty());
                open.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
                // one case per incident: none while another case is open, none again once it had one
                open.visibleProperty().bind(vm.hasOpenCaseProperty().not().and(javafx.beans.binding.Bindings.createBooleanBinding(
                        () -> incidentId.get() != null && !vm.incidentsWithCase().contains(incidentId.get()),
                        incidentId, vm.incidentsWithCase())));
                open.disableProperty().bind(vm.busyProperty());
                open.managedProperty().bind(open.visibleProperty());
                open.setOnAction(x -> {
                    TimelineEntry e = getItem();
                    if (e != null && e.incident() != null) vm.openCase(e.incident().id());
                });
                VBox body = new VBox(3, headline, details, open);
                HBox.setHgrow(body, Priority.ALWAYS);
                VBox left = new VBox(icon);
                left.setPadding(new Insets(2, 0, 0, 0));
                row = new HBox(12, left, body, when);
                row.getStyleClass().add("timeline-entry");
                setPrefWidth(0); // as wide as the list, so long texts wrap instead of widening it
                setText(null);
            }

            @Override
            protected void updateItem(TimelineEntry e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setGraphic(null);
                    incidentId.set(null);
                    return;
                }
                icon.setIconLiteral(switch (e.kind()) {
                    case INCIDENT -> "fth-alert-circle";
                    case CASE_OPENED -> "fth-heart";
                    case STEP_DONE -> "fth-check-circle";
                    case CASE_CLOSED -> "fth-flag";
                    case FOLLOW_UP -> "fth-phone-call";
                });
                String wanted = "timeline-" + e.kind().name();
                if (!wanted.equals(kindClass)) {
                    if (kindClass != null) row.getStyleClass().remove(kindClass);
                    row.getStyleClass().add(wanted);
                    kindClass = wanted;
                }
                headline.setText(headline(e));
                String lines = String.join("\n", details(e));
                details.setText(lines);
                details.setVisible(!lines.isEmpty());
                when.setText(DateFields.dateTime(e.at(), zone));
                boolean isIncident = e.kind() == TimelineEntry.Kind.INCIDENT;
                open.setId(isIncident ? "timeline-open-case-" + e.incident().id() : null);
                incidentId.set(isIncident ? e.incident().id() : null);
                setGraphic(row);
            }
        }

        private String headline(TimelineEntry e) {
            return switch (e.kind()) {
                case INCIDENT -> texts.t("winback.timeline.incident", texts.t(e.incident().channel().messageKey()),
                        texts.t(e.incident().severity().messageKey()));
                case CASE_OPENED -> texts.t("winback.timeline.caseOpened");
                case STEP_DONE -> texts.t("winback.timeline.stepDone", texts.step(e.step().step()));
                case CASE_CLOSED -> texts.t("winback.timeline.caseClosed", texts.t(e.winbackCase().outcome().messageKey()));
                case FOLLOW_UP -> texts.t("winback.timeline.followUp");
            };
        }

        private java.util.List<String> details(TimelineEntry e) {
            java.util.List<String> out = new java.util.ArrayList<>();
            switch (e.kind()) {
                case INCIDENT -> {
                    Incident i = e.incident();
                    out.add(texts.t("winback.timeline.said", i.customerSaid()));
                    if (i.customerWants() != null) out.add(texts.t("winback.timeline.wants", i.customerWants()));
                    if (i.cues() != null) out.add(texts.t("winback.timeline.cues", i.cues()));
                }
                case CASE_OPENED -> {
                    if (e.incident() != null) out.add(texts.t("winback.timeline.fromIncident", CaseView.shorten(e.incident().customerSaid(), 80)));
                }
                case STEP_DONE -> {
                    StepRecord s = e.step();
                    if (s.whatWentWrong() != null) out.add(texts.t("winback.explain.shown", s.whatWentWrong()));
                    if (s.offer() != null) {
                        out.add(s.offerValue() == null ? texts.t("winback.offer.shown", s.offer())
                                : texts.t("winback.offer.shownWithValue", s.offer(), texts.money(s.offerValue())));
                    }
                    if (s.notes() != null) out.add(s.notes());
                }
                case CASE_CLOSED -> {
                    WinbackCase c = e.winbackCase();
                    if (c.letGoReason() != null) out.add(texts.t("winback.closed.letGoReason", c.letGoReason()));
                    if (c.followUpOn() != null) out.add(texts.t("winback.closed.followUp", DateFields.date(c.followUpOn())));
                    if (!c.skippedSteps().isEmpty()) out.add(texts.t("winback.closed.skipped", texts.steps(c.skippedSteps())));
                    if (c.closingNote() != null) out.add(c.closingNote());
                }
                case FOLLOW_UP -> {
                    if (e.followUp().note() != null) out.add(e.followUp().note());
                    out.add(e.followUp().nextOn() == null ? texts.t("winback.timeline.noNextFollowUp")
                            : texts.t("winback.closed.followUp", DateFields.date(e.followUp().nextOn())));
                }
            }
            return out;
        }
    }
}
