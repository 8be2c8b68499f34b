package com.setia.staff;

import org.kordamp.ikonli.javafx.FontIcon;

import javafx.scene.Node;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;

import com.setia.i18n.I18n;
import com.setia.ui.DateFields;
import com.setia.ui.ReminderCard;
import com.setia.ui.TodayContribution;

/** On Today: each new contact person who still owes a customer an introduction, marked done in one click. */
public final class IntroductionReminders implements TodayContribution {
    private final IntroductionsViewModel vm;
    private final I18n i18n;
    private final java.time.ZoneId zone;

    public IntroductionReminders(IntroductionsViewModel vm, I18n i18n, java.time.ZoneId zone) {
        this.vm = vm;
        this.i18n = i18n;
        this.zone = zone;
    }

    @Override
    public void refresh() {
        vm.load();
    }

    @Override
    public Node createView() {
        return ReminderCard.of("today-introductions", i18n.t("staff.today.title"), "fth-user-plus", vm.pending(),
                vm.errorKeyProperty(), i18n, this::line);
    }

    private Node line(StaffService.PendingIntroduction p) {
        MenuButton done = new MenuButton(i18n.t("staff.today.done"), new FontIcon("fth-check"));
        done.setId("today-intro-done-" + p.person().id());
        for (IntroHow how : IntroHow.values()) {
            MenuItem item = new MenuItem(i18n.t(how.messageKey()));
            item.setId("today-intro-" + how.name() + "-" + p.person().id());
            item.setOnAction(e -> vm.markIntroduced(p, how));
            done.getItems().add(item);
        }
        return ReminderCard.line(null, i18n.t("staff.today.line", p.person().staffName(), p.customer().name(),
                DateFields.date(p.person().assignedAt().atZone(zone).toLocalDate())), done);
    }
}
