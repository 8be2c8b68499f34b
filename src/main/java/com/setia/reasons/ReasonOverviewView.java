package com.setia.reasons;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.ui.Banner;

/** The ten reasons with how many customers have each ticked, the most frequent first, as bars. */
public final class ReasonOverviewView {
    private final ReasonOverviewViewModel vm;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final ScrollPane root;

    public ReasonOverviewView(ReasonOverviewViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        Label intro = new Label(i18n.t("reasons.overview.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add(Styles.TEXT_MUTED);
        Label error = Banner.of(null, vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);
        grid.setId("reasons-overview");
        grid.setHgap(16);
        grid.setVgap(10);
        ColumnConstraints text = new ColumnConstraints();
        text.setPercentWidth(55);
        ColumnConstraints bar = new ColumnConstraints();
        bar.setHgrow(Priority.ALWAYS);
        ColumnConstraints count = new ColumnConstraints();
        count.setMinWidth(80);
        grid.getColumnConstraints().setAll(text, bar, count);
        com.setia.ui.ViewScope.of(grid).onChange(this::fill, vm.counts());
        VBox box = new VBox(14, intro, error, grid);
        box.setPadding(new Insets(16));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
    }

    public Node root() {
        return root;
    }

    private void fill() {
        grid.getChildren().clear();
        int max = Math.max(1, vm.maxProperty().get());
        int row = 0;
        for (ReasonCount c : vm.counts()) {
            Label text = new Label(i18n.t("reasons.numbered", c.reason().numeral(), i18n.t(c.reason().messageKey())));
            text.setWrapText(true);
            ProgressBar bar = new ProgressBar((double) c.customers() / max);
            bar.setMaxWidth(Double.MAX_VALUE);
            if (c.customers() == vm.maxProperty().get() && c.customers() > 0) {
                bar.getStyleClass().add(Styles.DANGER);
            }
            Label count = new Label(i18n.t("reasons.overview.count", c.customers()));
            count.setId("reason-count-" + c.reason().numeral());
            count.getStyleClass().add(Styles.TEXT_BOLD);
            grid.addRow(row++, text, bar, count);
            GridPane.setValignment(text, javafx.geometry.VPos.CENTER);
        }
        grid.setAlignment(Pos.TOP_LEFT);
    }
}
