package com.setia.rulechange;

import java.util.function.LongConsumer;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.ui.DateFields;
import com.setia.ui.TodayContribution;

/** On Today: each change about to take effect (or lately in effect) whose customers are not all told, one click away. */
public final class RuleReminders implements TodayContribution {
    private final RuleRemindersViewModel vm;
    private final I18n i18n;
    private final LongConsumer open;

    /** {@code open}: shows a change's "who must be told" list (the module selects it and goes to Rule changes). */
    public RuleReminders(RuleRemindersViewModel vm, I18n i18n, LongConsumer open) {
        this.vm = vm;
        this.i18n = i18n;
        this.open = open;
    }

    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public Node createView() {
        VBox box = new VBox(6);
        box.setId("today-rules");
        CardStyles.apply(box);
        box.getStyleClass().addAll("winback-card", "winback-card-accent");
        box.setPadding(new Insets(10, 14, 10, 14));
        ObservableValue<Boolean> shown = box.sceneProperty().map(s -> Boolean.TRUE).orElse(Boolean.FALSE);
        Label title = new Label(i18n.t("rules.today.title"), new FontIcon("fth-bell"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label error = Banner.of(null, vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);
        VBox lines = new VBox(4);
        box.getChildren().setAll(title, error, lines);
        Bindings.createObjectBinding(Object::new, vm.reminders()).when(shown).subscribe(x -> {
            lines.getChildren().clear();
            for (RuleChange c : vm.reminders()) {
                lines.getChildren().add(line(c));
            }
        });
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.reminders()).or(vm.errorKeyProperty().isNotNull()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node line(RuleChange c) {
        long days = vm.daysUntil(c);
        String when = days > 0 ? i18n.t("rules.today.inDays", days, DateFields.date(c.effectiveOn()))
                : days == 0 ? i18n.t("rules.today.todayEffective")
                : i18n.t("rules.today.daysAgo", -days, DateFields.date(c.effectiveOn()));
        Label text = new Label(i18n.t("rules.today.line", c.title(), when, c.untold(), c.affected()));
        text.setWrapText(true);
        text.setId("today-rule-" + c.id());
        text.setMinHeight(Region.USE_PREF_SIZE); // wraps at 960 px instead of cutting off the count
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button go = new Button(i18n.t("rules.today.open"), new FontIcon("fth-arrow-right"));
        go.setId("today-rule-open-" + c.id());
        go.getStyleClass().add(Styles.SMALL);
        go.setMinWidth(Region.USE_PREF_SIZE);
        go.setOnAction(e -> open.accept(c.id()));
        HBox row = new HBox(10, text, go);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
