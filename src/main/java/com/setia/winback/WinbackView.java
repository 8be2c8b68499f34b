package com.setia.winback;

import com.setia.ui.CardStyles;
import java.time.Clock;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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

import com.setia.common.Message;
import com.setia.i18n.I18n;
import com.setia.ui.Banner;
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

    public WinbackView(CasesViewModel vm, ReasonOverviewViewModel reasons, I18n i18n, Clock clock, LetterComposer letters) {
        this.letters = letters;
        this.vm = vm;
        this.reasons = reasons;
        this.i18n = i18n;
        this.clock = clock;
        this.texts = new WinbackTexts(i18n);
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
        Tab overview = new Tab(texts.t("reasons.overview.tab"), new ReasonOverviewView(reasons, i18n).root());
        overview.setId("winback-tab-reasons");
        Tab settings = new Tab(texts.t("winback.tab.settings"), settings());
        settings.setId("winback-tab-settings");
        tabs.getTabs().setAll(cases, overview, settings);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now == overview) reasons.load();
        });
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().setAll(title, intro, tabs);
    }

    private Node cases() {
        ListView<WinbackCase> list = new ListView<>(vm.openCases());
        list.setId("winback-open-cases");
        list.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        list.setCellFactory(lv -> new CaseCell());
        list.setMinWidth(300);
        Label placeholder = new Label(texts.t("winback.cases.empty"));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(20));
        list.setPlaceholder(placeholder);
        list.getSelectionModel().selectedItemProperty().addListener((o, a, now) -> {
            if (now != null) vm.select(now);
        });

        Label empty = new Label(texts.t("winback.cases.choose"));
        empty.getStyleClass().add("empty-state");
        empty.setWrapText(true);
        empty.visibleProperty().bind(vm.selectedProperty().isNull());
        Node caseView = new CaseView(vm.caseViewModel(), i18n, letters).root();
        VBox caseBox = new VBox(caseView);
        caseBox.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(caseBox);
        scroll.setFitToWidth(true);
        scroll.visibleProperty().bind(vm.selectedProperty().isNotNull());
        StackPane detail = new StackPane(empty, scroll);
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

        Label errors = new Label();
        errors.getStyleClass().add("field-error");
        errors.setWrapText(true);
        errors.managedProperty().bind(errors.visibleProperty());
        errors.visibleProperty().bind(Bindings.isNotEmpty(vm.thresholdErrors()));
        vm.thresholdErrors().addListener((ListChangeListener<Message>) c -> errors.setText(texts.messages(vm.thresholdErrors())));
        Label saved = Banner.of(null, vm.thresholdMessageKeyProperty(), Banner.Tone.SUCCESS, texts::t);
        Button save = new Button(texts.t("winback.settings.save"), new FontIcon("fth-check"));
        save.setId("winback-thresholds-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(e -> vm.saveThresholds());
        VBox box = new VBox(12, title, intro, grid, errors, saved, save);
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

    private final class CaseCell extends ListCell<WinbackCase> {
        @Override
        protected void updateItem(WinbackCase c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            setPrefWidth(0); // fit the list's width: no sideways scrolling
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            Label name = new Label(c.customerName());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            ActFastLevel level = vm.levelOf(c);
            boolean acted = c.firstActionAt() != null;
            Label clockLabel = CardStyles.badge(
                    texts.t(acted ? "winback.cases.acted" : "winback.cases.waiting",
                            texts.duration(c.actFastElapsed(clock.instant()))),
                    "fth-clock", acted ? "DONE" : level.name());
            ProgressBar progress = new ProgressBar(c.stepsDone() / 4.0);
            progress.setMaxWidth(Double.MAX_VALUE);
            progress.getStyleClass().add(Styles.SMALL);
            HBox.setHgrow(progress, Priority.ALWAYS);
            Label steps = new Label(texts.t("winback.cases.progress", c.stepsDone()));
            steps.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            steps.setMinWidth(Region.USE_PREF_SIZE);
            HBox bottom = new HBox(8, progress, steps);
            bottom.setAlignment(Pos.CENTER_LEFT);
            Label since = new Label(texts.t("winback.cases.since", DateFields.dateTime(c.startedAt(), clock.getZone())));
            since.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            VBox box = new VBox(6, name, clockLabel, bottom, since);
            box.getStyleClass().add("today-item");
            setGraphic(box);
        }
    }
}
