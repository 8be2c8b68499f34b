package com.setia.rulechange;

import java.util.function.Consumer;

import com.setia.common.TaskRunner;
import com.setia.customer.CustomerService;
import com.setia.i18n.I18n;
import com.setia.shop.ShopService;
import com.setia.ui.Section;
import com.setia.ui.TodayContribution;

/** The views of rule changes over the services the composition root hands in: the section and Today's reminders. */
public final class RuleChangesModule {
    /** The section's id in the navigation. */
    public static final String SECTION_ID = "rules";
    private final Section section;
    private final RuleReminders reminders;

    /** {@code navigate}: shows a section of the main window by its id. */
    public RuleChangesModule(RuleChangeService service, CustomerService customers, ShopService shop, TaskRunner runner,
            I18n i18n, Consumer<String> navigate) {
        RuleChangesViewModel vm = new RuleChangesViewModel(service, customers, shop, runner);
        // The view-model outlives the views, so a language switch loses nothing typed.
        this.section = Section.of(SECTION_ID, "rules.nav", org.kordamp.ikonli.feather.Feather.BELL,
                () -> new RuleChangesView(vm, i18n).root(), vm::load);
        this.reminders = new RuleReminders(new RuleRemindersViewModel(service, runner), i18n, id -> {
            vm.selectWhenLoaded(id);
            navigate.accept(SECTION_ID);
        });
    }

    public Section section() {
        return section;
    }

    public TodayContribution todayReminders() {
        return reminders;
    }
}
