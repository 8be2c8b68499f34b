package com.setia.rulechange;

import java.util.function.LongConsumer;

import org.kordamp.ikonli.javafx.FontIcon;

import javafx.scene.Node;
import javafx.scene.control.Button;

import com.setia.i18n.I18n;
import com.setia.ui.DateFields;
import com.setia.ui.ReminderCard;
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
        return ReminderCard.of("today-rules", i18n.t("rules.today.title"), "fth-bell", vm.reminders(),
                vm.errorKeyProperty(), i18n, this::line);
    }

    private Node line(RuleChange c) {
        long days = vm.daysUntil(c);
        String when = days > 0 ? i18n.t("rules.today.inDays", days, DateFields.date(c.effectiveOn()))
                : days == 0 ? i18n.t("rules.today.todayEffective")
                : i18n.t("rules.today.daysAgo", -days, DateFields.date(c.effectiveOn()));
        Button go = new Button(i18n.t("rules.today.open"), new FontIcon("fth-arrow-right"));
        go.setId("today-rule-open-" + c.id());
        go.setOnAction(e -> open.accept(c.id()));
        return ReminderCard.line("today-rule-" + c.id(),
                i18n.t("rules.today.line", c.title(), when, c.untold(), c.affected()), go);
    }
}
