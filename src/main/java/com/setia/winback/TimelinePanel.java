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
        private final VBox entries = new VBox();
        private final ScrollPane root;

        View(TimelineViewModel vm, I18n i18n, ZoneId zone, LetterComposer letters) {
            this.vm = vm;
            this.texts = new WinbackTexts(i18n, vm.caseViewModel().money());
            this.zone = zone;

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
            entries.setId("timeline-entries");
            entries.getStyleClass().add("winback-card");
            com.setia.ui.ViewScope.of(entries).onChange(this::fill, vm.entries());

            VBox box = CardStyles.apply(new VBox(14, toolbar, error, form, caseView, title, entries));
            box.setId("timeline-panel");
            box.setPadding(new Insets(16));
            root = new ScrollPane(box);
            root.setFitToWidth(true);
        }

        ScrollPane root() {
            return root;
        }

        private void fill() {
            entries.getChildren().clear();
            if (vm.entries().isEmpty()) {
                Label empty = new Label(texts.t("winback.timeline.empty"));
                empty.getStyleClass().add("empty-state");
                empty.setWrapText(true);
                empty.setPadding(new Insets(16));
                entries.getChildren().add(empty);
                return;
            }
            for (TimelineEntry e : vm.entries()) {
                entries.getChildren().add(entry(e));
            }
        }

        private Node entry(TimelineEntry e) {
            FontIcon icon = new FontIcon(switch (e.kind()) {
                case INCIDENT -> "fth-alert-circle";
                case CASE_OPENED -> "fth-heart";
                case STEP_DONE -> "fth-check-circle";
                case CASE_CLOSED -> "fth-flag";
                case FOLLOW_UP -> "fth-phone-call";
            });
            icon.getStyleClass().add("timeline-icon");
            Label when = new Label(DateFields.dateTime(e.at(), zone));
            when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            when.setMinWidth(Region.USE_PREF_SIZE);
            Label headline = new Label(headline(e));
            headline.getStyleClass().add(Styles.TEXT_BOLD);
            headline.setWrapText(true);
            VBox body = new VBox(3, headline);
            for (String line : details(e)) {
                Label l = new Label(line);
                l.setWrapText(true);
                body.getChildren().add(l);
            }
            if (e.kind() == TimelineEntry.Kind.INCIDENT) {
                Button open = new Button(texts.t("winback.case.openFromIncident"), new FontIcon("fth-heart"));
                open.setId("timeline-open-case-" + e.incident().id());
                open.getStyleClass().addAll(Styles.SMALL, Styles.BUTTON_OUTLINED);
                // one case per incident: none while another case is open, none again once it had one
                open.visibleProperty().bind(vm.hasOpenCaseProperty().not()
                        .and(javafx.beans.binding.Bindings.createBooleanBinding(
                                () -> !vm.incidentsWithCase().contains(e.incident().id()), vm.incidentsWithCase())));
                open.disableProperty().bind(vm.busyProperty());
                open.managedProperty().bind(open.visibleProperty());
                open.setOnAction(x -> vm.openCase(e.incident().id()));
                body.getChildren().add(open);
            }
            HBox.setHgrow(body, Priority.ALWAYS);
            VBox left = new VBox(icon);
            left.setPadding(new Insets(2, 0, 0, 0));
            HBox row = new HBox(12, left, body, when);
            row.getStyleClass().addAll("timeline-entry", "timeline-" + e.kind().name());
            return row;
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
