package com.setia.winback;

import java.time.Clock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableObjectValue;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.ui.CardStyles;
import com.setia.ui.Cells;
import com.setia.ui.FieldErrors;
import com.setia.ui.Notices;
import com.setia.ui.DateFields;
import com.setia.letter.LetterComposer;
import com.setia.reasons.ReasonOverviewView;
import com.setia.reasons.ReasonOverviewViewModel;

/** The win-back board: open cases with their progress, the loss-reason overview, and the act-fast thresholds. */
public final class WinbackView {
    private final CasesViewModel vm;
    private final ReasonOverviewViewModel reasons;
    private final WinbackTexts texts;
    private final I18n i18n;
    private final Clock clock;
    private final VBox root = new VBox(12);
    private final LetterComposer letters;
    private final WhatsAppStep whatsApp;

    public WinbackView(CasesViewModel vm, ReasonOverviewViewModel reasons, I18n i18n, Clock clock, LetterComposer letters) {
        this(vm, reasons, i18n, clock, letters, null);
    }

    /** @param whatsApp sends the open case's apology on WhatsApp; null leaves the button out */
    public WinbackView(CasesViewModel vm, ReasonOverviewViewModel reasons, I18n i18n, Clock clock, LetterComposer letters,
            WhatsAppStep whatsApp) {
        this.whatsApp = whatsApp;
        this.letters = letters;
        this.vm = vm;
        this.reasons = reasons;
        this.i18n = i18n;
        this.clock = clock;
        this.texts = new WinbackTexts(i18n, vm.caseViewModel().money());
        build();
    }

    public Node root() {
        return root;
    }

    private void build() {
        CardStyles.apply(root);
        root.setId("winback-view");
        root.setPadding(new Insets(16, 20, 16, 20));
        Label title = new Label(texts.t("winback.title"));
        title.getStyleClass().add("section-title");
        Label intro = new Label(texts.t("winback.intro"));
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        intro.setWrapText(true);

        TabPane tabs = new TabPane();
        tabs.setId("winback-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab cases = new Tab(texts.t("winback.tab.cases"), cases());
        cases.setId("winback-tab-cases");
        Tab closed = new Tab(texts.t("winback.tab.closed"), closedCases());
        closed.setId("winback-tab-closed");
        Tab overview = new Tab(texts.t("reasons.overview.tab"), new ReasonOverviewView(reasons, i18n).root());
        overview.setId("winback-tab-reasons");
        Tab settings = new Tab(texts.t("winback.tab.settings"), settings());
        settings.setId("winback-tab-settings");
        tabs.getTabs().setAll(cases, closed, overview, settings);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now == overview) reasons.load();
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().setAll(title, intro, tabs);
    }

    private Node cases() {
        return listAndCase("winback-open-cases", vm.openCases(), CaseContent::new, "winback.cases.empty", vm::select,
                vm.selectedProperty(), new CaseView(vm.caseViewModel(), i18n, letters, whatsApp).root());
    }

    /** Closed cases, the latest first, with how each ended; choosing one shows it whole, read-only. */
    private Node closedCases() {
        return listAndCase("winback-closed-cases", vm.closedCases(), ClosedContent::new, "winback.closed.empty",
                vm::selectClosed, vm.selectedClosedProperty(), new CaseView(vm.closedCaseViewModel(), i18n).root());
    }

    /** A list of cases on the left; the chosen one on the right, scrolled (or "choose a case" until one is). */
    private Node listAndCase(String id, ObservableList<WinbackCase> cases,
            Supplier<? extends Cells.Content<WinbackCase>> content, String emptyKey,
            Consumer<WinbackCase> choose, ObservableObjectValue<?> chosen,
            Node caseView) {
        ListView<WinbackCase> list = new ListView<>(cases);
        list.setId(id);
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(Cells.list(content));
        list.setMinWidth(260);
        Label placeholder = new Label(texts.t(emptyKey));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(20));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) choose.accept(now);
        });

        Label empty = new Label(texts.t("winback.cases.choose"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.visibleProperty().bind(Bindings.isNull(chosen));
        VBox caseBox = new VBox(caseView);
        caseBox.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(caseBox);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(Bindings.isNotNull(chosen));
        StackPane detail = new StackPane(empty, scroll);
        detail.setMinWidth(360);
        SplitPane split = new SplitPane(list, detail);
        split.setDividerPositions(0.34);
        return split;
    }

    private Node settings() {
        Label title = new Label(texts.t("winback.settings.title"), new FontIcon("fth-clock"));
        title.getStyleClass().add(Styles.TITLE_4);
        Label intro = new Label(texts.t("winback.settings.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Spinner<Integer> amber = spinner("winback-amber-hours");
        amber.getValueFactory().valueProperty().bindBidirectional(vm.amberHoursProperty());
        Spinner<Integer> red = spinner("winback-red-hours");
        red.getValueFactory().valueProperty().bindBidirectional(vm.redHoursProperty());
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        Label amberLabel = new Label(texts.t("winback.settings.amber"));
        amberLabel.getStyleClass().addAll("clock-badge", "clock-AMBER");
        Label redLabel = new Label(texts.t("winback.settings.red"));
        redLabel.getStyleClass().addAll("clock-badge", "clock-RED");
        grid.addRow(0, amberLabel, amber, new Label(texts.t("winback.settings.hours")));
        grid.addRow(1, redLabel, red, new Label(texts.t("winback.settings.hours")));

        Label errors = FieldErrors.forList("winback-thresholds-errors", vm.thresholdErrors(), texts::messages);
        Button save = new Button(texts.t("winback.settings.save"), new FontIcon("fth-check"));
        save.setId("winback-thresholds-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.disableProperty().bind(vm.busyProperty());
        save.setOnAction(e -> vm.saveThresholds());
        Notices.follow(save, vm.thresholdMessageKeyProperty(), texts::t);
        VBox box = new VBox(12, title, intro, grid, errors, save);
        box.setMaxWidth(620);
        box.setPadding(new Insets(20));
        box.getStyleClass().add("winback-card");
        VBox outer = new VBox(box);
        outer.setPadding(new Insets(16));
        return outer;
    }

    private static Spinner<Integer> spinner(String id) {
        Spinner<Integer> s = new Spinner<>();
        var factory = new SpinnerValueFactory.IntegerSpinnerValueFactory(1, ActFastThresholds.MAX_HOURS, 24);
        factory.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer value) {
                return value == null ? "" : value.toString();
            }

            @Override
            public Integer fromString(String text) {
                try {
                    return Integer.valueOf(text.strip());
                } catch (RuntimeException e) {
                    return factory.getValue(); // unreadable text: keep the last good number
                }
            }
        });
        s.setValueFactory(factory);
        s.setEditable(true);
        s.setPrefWidth(110);
        s.setId(id);
        return s;
    }

    /** An open case in the list: name, the act-fast clock, the steps done; made once per cell, updated in place. */
    private final class CaseContent implements Cells.Content<WinbackCase> {
        private final Label name = new Label();
        private final Label clockLabel = CardStyles.badge("", "fth-clock", "DONE");
        private final ProgressBar progress = new ProgressBar();
        private final Label steps = new Label();
        private final Label since = new Label();
        private final VBox box;
        private String tone = "DONE";

        CaseContent() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            progress.setMaxWidth(Double.MAX_VALUE);
            progress.getStyleClass().add(Styles.SMALL);
            HBox.setHgrow(progress, Priority.ALWAYS);
            steps.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            steps.setMinWidth(Region.USE_PREF_SIZE);
            HBox bottom = new HBox(8, progress, steps);
            bottom.setAlignment(Pos.CENTER_LEFT);
            since.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            since.setWrapText(true);
            box = new VBox(6, name, clockLabel, bottom, since);
            box.getStyleClass().add("today-item");
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public void show(WinbackCase c) {
            name.setText(c.customerName());
            boolean acted = c.firstActionAt() != null;
            clockLabel.setText(texts.t(acted ? "winback.cases.acted" : "winback.cases.waiting",
                    texts.duration(c.actFastElapsed(clock.instant()))));
            String now = acted ? "DONE" : vm.levelOf(c).name();
            if (!now.equals(tone)) {
                clockLabel.getStyleClass().removeAll("clock-" + tone);
                clockLabel.getStyleClass().add("clock-" + now);
                tone = now;
            }
            progress.setProgress(c.stepsDone() / 4.0);
            steps.setText(texts.t("winback.cases.progress", c.stepsDone()));
            since.setText(texts.t("winback.cases.since", DateFields.dateTime(c.startedAt(), clock.getZone())));
        }
    }

    /** A closed case in the history: name, how it ended (as a status badge) and when. */
    private final class ClosedContent implements Cells.Content<WinbackCase> {
        private final Label name = new Label();
        private final Label outcome = new Label();
        private final Label when = new Label();
        private final VBox box = new VBox(4, name, outcome, when);
        private String styled;

        ClosedContent() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setWrapText(true);
            outcome.getStyleClass().add("status-badge");
            outcome.setMinWidth(Region.USE_PREF_SIZE);
            when.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            box.getStyleClass().add("today-item");
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public void show(WinbackCase c) {
            name.setText(c.customerName());
            outcome.setText(texts.t(c.outcome().messageKey()));
            String style = "status-" + c.outcome().customerStatus().name();
            if (!style.equals(styled)) {
                if (styled != null) outcome.getStyleClass().remove(styled);
                outcome.getStyleClass().add(style);
                styled = style;
            }
            when.setText(texts.t("winback.closed.on", DateFields.dateTime(c.closedAt(), clock.getZone())));
        }
    }
}
