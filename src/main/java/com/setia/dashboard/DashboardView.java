package com.setia.dashboard;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.value.ObservableValue;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.Chart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;

import com.setia.customer.Customer;
import com.setia.customer.CustomerStatus;
import com.setia.customer.MonthStatusCount;
import com.setia.health.HealthCount;
import com.setia.i18n.I18n;
import com.setia.incident.Channel;
import com.setia.incident.MonthIncidentCount;
import com.setia.incident.Severity;
import com.setia.letter.SystemPrintDialog;
import com.setia.reasons.ReasonCount;
import com.setia.rulechange.RuleChange;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.winback.MonthActFast;
import com.setia.winback.MonthOutcomeCount;
import com.setia.winback.Outcome;

/**
 * The shop at a glance: key figures, then JavaFX's own charts, two to a row. A click on a slice or a bar lists the
 * customers behind it on the right. The charts are redrawn from the view-model's figures; nothing here reads data.
 */
public final class DashboardView {
    /** Controls inside a chart's card (a drop-down) that the printed page leaves out. */
    static final String SCREEN_ONLY = "screen-only";

    /** "At a glance" in the navigation: the dashboard, read again each time it is shown. */
    public static com.setia.ui.Section section(DashboardViewModel vm, I18n i18n) {
        return com.setia.ui.Section.of("dashboard", "dashboard.nav", org.kordamp.ikonli.feather.Feather.BAR_CHART_2,
                () -> new DashboardView(vm, i18n).root(), vm::load);
    }

    private final DashboardViewModel vm;
    private final I18n i18n;
    private final DashboardTexts texts;
    private final BorderPane root = new BorderPane();
    private final ObservableValue<Boolean> shown = root.sceneProperty().map(s -> Boolean.TRUE).orElse(Boolean.FALSE);
    private final FlowPane tiles = new FlowPane(10, 10);
    private final GridPane grid = new GridPane();
    private final List<Chart> charts = new ArrayList<>();
    private boolean bySeverity;

    public DashboardView(DashboardViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        this.texts = DashboardTexts.of(i18n);
        build();
    }

    public Node root() {
        return root;
    }

    static final String STYLESHEET = DashboardView.class.getResource("/com/setia/dashboard/dashboard.css").toExternalForm();

    private void build() {
        CardStyles.apply(root);
        root.getStylesheets().add(STYLESHEET);
        root.setId("dashboard-view");
        Label title = new Label(i18n.t("dashboard.title"));
        title.getStyleClass().add("section-title");
        ComboBox<DashboardPeriod> period = new ComboBox<>();
        period.setId("dash-period");
        period.getItems().setAll(DashboardPeriod.values());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(DashboardPeriod p) {
                return p == null ? "" : i18n.t(p.messageKey());
            }

            @Override
            public DashboardPeriod fromString(String s) {
                return null;
            }
        });
        period.valueProperty().bindBidirectional(vm.periodProperty());
        ProgressIndicator loading = new ProgressIndicator();
        loading.setPrefSize(22, 22);
        loading.visibleProperty().bind(vm.loadingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button pdf = new Button(i18n.t("dashboard.pdf"), new FontIcon("fth-file-text"));
        pdf.setId("dash-pdf");
        pdf.setMinWidth(Region.USE_PREF_SIZE);
        pdf.disableProperty().bind(vm.busyProperty().or(vm.dataProperty().isNull()));
        pdf.setOnAction(e -> savePdf());
        Button print = new Button(i18n.t("dashboard.print"), new FontIcon("fth-printer"));
        print.setId("dash-print");
        print.setMinWidth(Region.USE_PREF_SIZE);
        print.disableProperty().bind(vm.busyProperty().or(vm.dataProperty().isNull()));
        print.setOnAction(e -> print());
        HBox header = new HBox(10, title, loading, spacer, period, pdf, print);
        header.setAlignment(Pos.CENTER_LEFT);
        Label intro = new Label(i18n.t("dashboard.intro"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label message = Banner.create("dash-message");
        vm.messageKeyProperty().when(shown).subscribe(k -> Banner.show(message,
                k == null ? null : i18n.t(k, vm.messageArgProperty().get()), Banner.Tone.SUCCESS));
        Label error = Banner.of("dash-error", vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);

        tiles.setId("dash-tiles");
        grid.setId("dash-charts");
        grid.setHgap(12);
        grid.setVgap(12);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().setAll(half, half);
        VBox body = new VBox(12, header, intro, message, error, tiles, grid);
        body.setPadding(new Insets(16, 20, 16, 20));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);

        Node drill = drillPanel();
        vm.drillProperty().when(shown).subscribe(d -> root.setRight(d == null ? null : drill));
        vm.dataProperty().when(shown).subscribe(this::show);
    }

    // --- figures and charts ---------------------------------------------------------------------------------

    private void show(DashboardData d) {
        tiles.getChildren().clear();
        grid.getChildren().clear();
        charts.clear();
        if (d == null) return;
        for (DashboardFigures.Tile t : DashboardFigures.tiles(d, texts)) {
            tiles.getChildren().add(tile(t, tileDrill(t.id())));
        }
        List<Node> cards = new ArrayList<>();
        cards.add(card("dash-status", i18n.t("dashboard.chart.status"), statusPie(d)));
        cards.add(card("dash-status-changes", i18n.t("dashboard.chart.statusChanges"), orEmpty(statusChanges(d),
                d.statusChanges().stream().mapToInt(MonthStatusCount::customers).sum(), "dash-status-changes")));
        cards.add(incidentsCard(d));
        MonthActFast all = d.actFastOverall();
        cards.add(card("dash-act-fast", i18n.t("dashboard.chart.actFast",
                all.medianSeconds() == null ? i18n.t("dashboard.none") : texts.hours(all.medianSeconds()),
                texts.number(all.pastRed()), d.redHours()), orEmpty(actFast(d), all.cases(), "dash-act-fast")));
        Double rate = d.winbackRate();
        cards.add(card("dash-outcomes", i18n.t("dashboard.chart.outcomes",
                rate == null ? i18n.t("dashboard.none") : texts.percent(rate)), orEmpty(outcomes(d),
                d.outcomes().stream().mapToInt(MonthOutcomeCount::cases).sum(), "dash-outcomes")));
        cards.add(card("dash-reasons", i18n.t("dashboard.chart.reasons"), orEmpty(reasons(d),
                d.reasons().stream().mapToInt(ReasonCount::customers).sum(), "dash-reasons")));
        cards.add(card("dash-health", i18n.t("dashboard.chart.health"), orEmpty(health(d),
                d.health().stream().mapToInt(HealthCount::customers).sum(), "dash-health")));
        cards.add(card("dash-rules", i18n.t("dashboard.chart.rules"), rules(d)));
        if (d.quiet() != null) {
            cards.add(card("dash-quiet", i18n.t("dashboard.chart.quiet", texts.number(d.quiet().quietNow())), quiet(d)));
        }
        for (int i = 0; i < cards.size(); i++) {
            grid.add(cards.get(i), i % 2, i / 2);
        }
    }

    private Drill tileDrill(String id) {
        return switch (id) {
            case "atRisk" -> new Drill.StatusNow(CustomerStatus.AT_RISK);
            case "lost" -> new Drill.StatusNow(CustomerStatus.LOST);
            case "letGo" -> new Drill.StatusNow(CustomerStatus.LET_GO);
            case "pastRed" -> new Drill.PastRed(-1);
            case "quiet" -> new Drill.Quiet();
            default -> null;
        };
    }

    private Node tile(DashboardFigures.Tile t, Drill drill) {
        Label value = new Label(t.value());
        value.setId("dash-tile-" + t.id());
        value.getStyleClass().addAll(Styles.TITLE_3);
        Label label = new Label(t.label());
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        label.setWrapText(true);
        VBox box = new VBox(2, value, label);
        box.getStyleClass().addAll("winback-card", "dash-tile");
        box.setPadding(new Insets(8, 12, 8, 12));
        box.setPrefWidth(150);
        box.setMinHeight(Region.USE_PREF_SIZE);
        if (drill != null) {
            box.setOnMouseClicked(e -> vm.open(drill));
            box.setStyle("-fx-cursor: hand;");
            Tooltip.install(box, new Tooltip(i18n.t("dashboard.clickForList")));
        }
        return box;
    }

    /** The chart, or a sentence saying there is nothing to draw in this period. */
    private Node orEmpty(Node chart, int total, String id) {
        if (total > 0) return chart;
        charts.remove(chart);
        Label none = new Label(i18n.t("dashboard.empty"));
        none.setId(id + "-none");
        none.setWrapText(true);
        none.getStyleClass().addAll(Styles.TEXT_MUTED, "empty-state");
        none.setPadding(new Insets(30, 10, 30, 10));
        return none;
    }

    private VBox card(String id, String title, Node chart) {
        Label heading = new Label(title);
        heading.setId(id + "-title");
        heading.getStyleClass().add(Styles.TEXT_BOLD);
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        VBox box = new VBox(6, heading, chart);
        box.setId(id);
        box.getStyleClass().add("winback-card");
        box.setPadding(new Insets(10));
        VBox.setVgrow(chart, Priority.ALWAYS);
        return box;
    }

    private <C extends Chart> C chart(C c) {
        c.setAnimated(false);
        c.setPrefHeight(250);
        c.setMinHeight(220);
        c.setLegendSide(Side.BOTTOM);
        charts.add(c);
        return c;
    }

    private PieChart statusPie(DashboardData d) {
        PieChart pie = chart(new PieChart());
        pie.setId("dash-status-pie");
        pie.getStyleClass().add("dash-status");
        pie.setLabelsVisible(false);
        pie.setLegendSide(Side.RIGHT);
        for (CustomerStatus s : CustomerStatus.values()) {
            int n = d.statusNow().get(s);
            PieChart.Data slice = new PieChart.Data(i18n.t("dashboard.slice", i18n.t(s.messageKey()), texts.number(n)), n);
            pie.getData().add(slice);
            clickable(slice.getNode(), new Drill.StatusNow(s), slice.getName());
        }
        return pie;
    }

    private StackedBarChart<String, Number> monthsChart(String id, DashboardData d) {
        CategoryAxis x = new CategoryAxis();
        List<String> labels = d.months().stream().map(texts::month).toList();
        x.getCategories().setAll(labels);
        StackedBarChart<String, Number> c = chart(new StackedBarChart<>(x, countAxis()));
        c.setId(id);
        c.setCategoryGap(d.months().size() > 6 ? 6 : 20);
        return c;
    }

    private NumberAxis countAxis() {
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        y.setForceZeroInRange(true);
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? texts.number((long) v) : "";
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        });
        return y;
    }

    private StackedBarChart<String, Number> statusChanges(DashboardData d) {
        StackedBarChart<String, Number> c = monthsChart("dash-status-changes-chart", d);
        Map<CustomerStatus, int[]> per = new EnumMap<>(CustomerStatus.class);
        for (MonthStatusCount m : d.statusChanges()) {
            per.computeIfAbsent(m.status(), k -> new int[d.months().size()])[m.month()] += m.customers();
        }
        c.getStyleClass().add("dash-status");
        for (CustomerStatus s : CustomerStatus.values()) {
            int[] counts = per.getOrDefault(s, new int[d.months().size()]);
            addSeries(c, d, i18n.t(s.messageKey()), counts, month -> new Drill.StatusChanged(month, s));
        }
        return c;
    }

    private Node incidentsCard(DashboardData d) {
        VBox holder = new VBox();
        VBox.setVgrow(holder, Priority.ALWAYS);
        ComboBox<Boolean> by = new ComboBox<>();
        by.setId("dash-incidents-by");
        by.getStyleClass().add(SCREEN_ONLY); // a control, not part of the chart: left out of the PDF's picture
        by.getItems().setAll(false, true);
        by.setConverter(new StringConverter<>() {
            @Override
            public String toString(Boolean b) {
                return b == null ? "" : i18n.t(b ? "dashboard.incidents.bySeverity" : "dashboard.incidents.byChannel");
            }

            @Override
            public Boolean fromString(String s) {
                return null;
            }
        });
        by.setValue(bySeverity);
        Runnable draw = () -> {
            charts.removeIf(c -> "dash-incidents-chart".equals(c.getId()));
            holder.getChildren().setAll(orEmpty(incidents(d, bySeverity),
                    d.incidents().stream().mapToInt(MonthIncidentCount::incidents).sum(), "dash-incidents"));
        };
        by.valueProperty().addListener((o, a, now) -> {
            bySeverity = Boolean.TRUE.equals(now);
            draw.run();
        });
        draw.run();
        int total = d.incidents().stream().mapToInt(MonthIncidentCount::incidents).sum();
        VBox card = card("dash-incidents", i18n.t("dashboard.chart.incidents", texts.number(total)), holder);
        card.getChildren().add(1, by);
        return card;
    }

    private StackedBarChart<String, Number> incidents(DashboardData d, boolean severity) {
        StackedBarChart<String, Number> c = monthsChart("dash-incidents-chart", d);
        int n = d.months().size();
        if (severity) {
            c.getStyleClass().add("dash-severity");
            for (Severity s : Severity.values()) {
                int[] counts = new int[n];
                d.incidents().stream().filter(m -> m.severity() == s).forEach(m -> counts[m.month()] += m.incidents());
                addSeries(c, d, i18n.t(s.messageKey()), counts, month -> new Drill.Incidents(month, null, s));
            }
        } else {
            for (Channel ch : Channel.values()) {
                int[] counts = new int[n];
                d.incidents().stream().filter(m -> m.channel() == ch).forEach(m -> counts[m.month()] += m.incidents());
                if (java.util.Arrays.stream(counts).sum() == 0) continue;
                addSeries(c, d, i18n.t(ch.messageKey()), counts, month -> new Drill.Incidents(month, ch, null));
            }
        }
        return c;
    }

    private StackedBarChart<String, Number> actFast(DashboardData d) {
        StackedBarChart<String, Number> c = monthsChart("dash-act-fast-chart", d);
        int n = d.months().size();
        int[] inTime = new int[n];
        int[] late = new int[n];
        for (MonthActFast m : d.actFast()) {
            if (m.month() < 0) continue;
            late[m.month()] = m.pastRed();
            inTime[m.month()] = m.cases() - m.pastRed();
        }
        c.getStyleClass().add("dash-good-bad");
        addSeries(c, d, i18n.t("dashboard.actFast.inTime"), inTime, null);
        addSeries(c, d, i18n.t("dashboard.actFast.pastRed"), late, Drill.PastRed::new);
        return c;
    }

    private StackedBarChart<String, Number> outcomes(DashboardData d) {
        StackedBarChart<String, Number> c = monthsChart("dash-outcomes-chart", d);
        c.getStyleClass().add("dash-outcome");
        for (Outcome o : Outcome.values()) {
            int[] counts = new int[d.months().size()];
            for (MonthOutcomeCount m : d.outcomes()) {
                if (m.outcome() == o) counts[m.month()] += m.cases();
            }
            addSeries(c, d, i18n.t(o.messageKey()), counts, month -> new Drill.Closed(month, o));
        }
        return c;
    }

    private BarChart<Number, String> reasons(DashboardData d) {
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> c = chart(new BarChart<>(countAxis(), y));
        c.setId("dash-reasons-chart");
        c.getStyleClass().add("dash-plain");
        c.setLegendVisible(false);
        c.setPrefHeight(300);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<ReasonCount> ranked = new ArrayList<>(d.reasons());
        java.util.Collections.reverse(ranked); // the axis draws the first category at the bottom
        List<String> categories = new ArrayList<>();
        for (ReasonCount r : ranked) {
            String label = shorten(i18n.t("reasons.numbered", r.reason().numeral(), i18n.t(r.reason().messageKey())), 34);
            categories.add(label);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(r.customers(), label);
            series.getData().add(bar);
        }
        y.getCategories().setAll(categories);
        c.getData().add(series);
        for (int i = 0; i < ranked.size(); i++) {
            ReasonCount r = ranked.get(i);
            clickable(series.getData().get(i).getNode(), new Drill.Reason(r.reason()),
                    i18n.t("reasons.numbered", r.reason().numeral(), i18n.t(r.reason().messageKey())) + ": "
                            + texts.number(r.customers()));
        }
        return c;
    }

    private BarChart<Number, String> health(DashboardData d) {
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> c = chart(new BarChart<>(countAxis(), y));
        c.setId("dash-health-chart");
        c.getStyleClass().add("dash-plain");
        c.setLegendVisible(false);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<HealthCount> ranked = new ArrayList<>(d.health());
        java.util.Collections.reverse(ranked);
        List<String> categories = new ArrayList<>();
        for (HealthCount h : ranked) {
            String words = i18n.t(h.item().messageKey());
            int colon = words.indexOf(':');
            String label = shorten(h.item().numeral() + ". " + (colon > 0 ? words.substring(0, colon) : words), 34);
            categories.add(label);
            series.getData().add(new XYChart.Data<>(h.customers(), label));
        }
        y.getCategories().setAll(categories);
        c.getData().add(series);
        for (int i = 0; i < ranked.size(); i++) {
            HealthCount h = ranked.get(i);
            clickable(series.getData().get(i).getNode(), new Drill.Health(h.item()),
                    i18n.t(h.item().messageKey()) + ": " + texts.number(h.customers()));
        }
        return c;
    }

    private Node rules(DashboardData d) {
        if (d.ruleChanges().isEmpty()) {
            Label none = new Label(i18n.t("dashboard.rules.none"));
            none.setId("dash-rules-none");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            return none;
        }
        CategoryAxis y = new CategoryAxis();
        StackedBarChart<Number, String> c = chart(new StackedBarChart<>(countAxis(), y));
        c.setId("dash-rules-chart");
        c.getStyleClass().add("dash-told");
        List<RuleChange> list = d.ruleChanges().stream().limit(6).toList();
        List<String> categories = new ArrayList<>();
        XYChart.Series<Number, String> told = new XYChart.Series<>();
        told.setName(i18n.t("dashboard.rules.told"));
        XYChart.Series<Number, String> untold = new XYChart.Series<>();
        untold.setName(i18n.t("dashboard.rules.untold"));
        for (RuleChange r : list) {
            String label = shorten(r.title(), 28) + " (" + texts.date(r.effectiveOn()) + ")";
            categories.add(label);
            told.getData().add(new XYChart.Data<>(r.told(), label));
            untold.getData().add(new XYChart.Data<>(r.untold(), label));
        }
        y.getCategories().setAll(categories);
        c.getData().add(told);
        c.getData().add(untold);
        for (int i = 0; i < list.size(); i++) {
            RuleChange r = list.get(i);
            clickable(told.getData().get(i).getNode(), new Drill.RuleTold(r.id(), true),
                    i18n.t("dashboard.rules.toldTip", r.title(), texts.number(r.told()), texts.number(r.affected())));
            clickable(untold.getData().get(i).getNode(), new Drill.RuleTold(r.id(), false),
                    i18n.t("dashboard.rules.untoldTip", r.title(), texts.number(r.untold())));
        }
        return c;
    }

    private StackedBarChart<String, Number> quiet(DashboardData d) {
        StackedBarChart<String, Number> c = monthsChart("dash-quiet-chart", d);
        c.getStyleClass().add("dash-plain");
        int[] back = d.quiet().broughtBack().stream().mapToInt(Integer::intValue).toArray();
        addSeries(c, d, i18n.t("dashboard.quiet.broughtBack"), back, Drill.BroughtBack::new);
        return c;
    }

    private void addSeries(StackedBarChart<String, Number> c, DashboardData d, String name, int[] counts,
            java.util.function.IntFunction<Drill> drill) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(name);
        for (int i = 0; i < counts.length; i++) {
            s.getData().add(new XYChart.Data<>(texts.month(d.months().get(i)), counts[i]));
        }
        c.getData().add(s);
        for (int i = 0; i < counts.length; i++) {
            Node bar = s.getData().get(i).getNode();
            String tip = i18n.t("dashboard.barTip", name, texts.month(d.months().get(i)), texts.number(counts[i]));
            if (drill != null && counts[i] > 0) {
                clickable(bar, drill.apply(i), tip);
            } else if (bar != null) {
                tipOnHover(bar, tip);
            }
        }
    }

    private void clickable(Node node, Drill drill, String tip) {
        if (node == null) return;
        tipOnHover(node, tip + "\n" + i18n.t("dashboard.clickForList"));
        node.setStyle("-fx-cursor: hand;");
        node.setOnMouseClicked(e -> vm.open(drill));
    }

    /** The tooltip is made when the pointer first comes over the node: hundreds of bars, few ever hovered. */
    private static void tipOnHover(Node node, String tip) {
        node.setOnMouseEntered(e -> {
            if (!node.getProperties().containsKey(Tooltip.class)) {
                node.getProperties().put(Tooltip.class, Boolean.TRUE);
                Tooltip.install(node, new Tooltip(tip));
            }
        });
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1).stripTrailing() + "\u2026";
    }

    // --- the customers behind a part of a chart -------------------------------------------------------------

    private Node drillPanel() {
        Label title = new Label();
        title.setId("dash-drill-title");
        title.getStyleClass().add(Styles.TITLE_4);
        title.setWrapText(true);
        Button close = new Button(null, new FontIcon("fth-x"));
        close.setId("dash-drill-close");
        close.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        close.setOnAction(e -> vm.closeDrill());
        HBox.setHgrow(title, Priority.ALWAYS);
        title.setMaxWidth(Double.MAX_VALUE);
        HBox top = new HBox(6, title, close);
        top.setAlignment(Pos.TOP_LEFT);
        ListView<Customer> list = new ListView<>();
        list.setId("dash-drill-list");
        list.setCellFactory(lv -> new CustomerCell());
        Label empty = new Label(i18n.t("dashboard.drill.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        Label more = new Label();
        more.setWrapText(true);
        more.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        more.managedProperty().bind(more.visibleProperty());
        vm.drillProperty().when(shown).subscribe(r -> {
            if (r == null) return;
            title.setText(i18n.t("dashboard.drill.title", texts.number(r.customers().size())));
            list.getItems().setAll(r.customers());
            more.setVisible(r.more());
            more.setText(i18n.t("dashboard.drill.more", texts.number(DashboardService.DRILL_LIMIT)));
        });
        VBox panel = new VBox(8, top, list, more);
        panel.setId("dash-drill");
        panel.setPadding(new Insets(16, 16, 16, 8));
        panel.setPrefWidth(300);
        panel.setMinWidth(240);
        return panel;
    }

    private final class CustomerCell extends ListCell<Customer> {
        private final Label name = new Label();
        private final Label more = new Label();
        private final VBox box = new VBox(2, name, more);

        CustomerCell() {
            name.getStyleClass().add(Styles.TEXT_BOLD);
            more.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Customer c, boolean empty) {
            super.updateItem(c, empty);
            setText(null);
            if (empty || c == null) {
                setGraphic(null);
                return;
            }
            name.setText(c.name());
            String status = i18n.t(c.status().messageKey());
            more.setText(c.phone() == null ? status : i18n.t("dashboard.drill.row", c.phone(), status));
            setGraphic(box);
        }
    }

    // --- PDF and print ----------------------------------------------------------------------------------------

    /** The charts as pictures, drawn twice as fine as on screen so the page prints sharp. */
    List<BufferedImage> pictures() {
        List<BufferedImage> out = new ArrayList<>();
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(2, 2));
        List<Node> controls = new ArrayList<>(grid.lookupAll("." + SCREEN_ONLY));
        controls.forEach(n -> n.setVisible(false));
        try {
            for (Node card : grid.getChildren()) {
                WritableImage img = card.snapshot(params, null);
                out.add(SwingFXUtils.fromFXImage(img, null));
            }
        } finally {
            controls.forEach(n -> n.setVisible(true));
        }
        return out;
    }

    private void savePdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.t("dashboard.pdf"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        DashboardData d = vm.dataProperty().get();
        chooser.setInitialFileName(i18n.t("dashboard.pdf.fileName", d == null ? "" : d.today().toString()));
        File file = chooser.showSaveDialog(root.getScene() == null ? null : root.getScene().getWindow());
        if (file == null) return;
        vm.savePdf(file.toPath(), texts, pictures());
    }

    private void print() {
        SystemPrintDialog.Choice choice = SystemPrintDialog.ask(root.getScene() == null ? null : root.getScene().getWindow(),
                i18n, vm.printerNames(), com.setia.letter.PaperSize.A4);
        switch (choice.outcome()) {
            case NO_PRINTER -> vm.noPrinter();
            case CANCELLED -> { }
            case CHOSEN -> vm.print(choice.printerName(), choice.copies(), texts, pictures());
        }
    }

    /** For tests: each chart's node once drawn. */
    List<Chart> charts() {
        return List.copyOf(charts);
    }
}
