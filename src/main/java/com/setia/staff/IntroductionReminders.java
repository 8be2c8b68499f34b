package com.setia.staff;

import org.kordamp.ikonli.javafx.FontIcon;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import com.setia.i18n.I18n;
import com.setia.ui.Banner;
import com.setia.ui.CardStyles;
import com.setia.ui.DateFields;
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
        VBox box = new VBox(6);
        box.setId("today-introductions");
        CardStyles.apply(box);
        box.getStyleClass().addAll("winback-card", "winback-card-accent");
        box.setPadding(new Insets(10, 14, 10, 14));
        ObservableValue<Boolean> shown = box.sceneProperty().map(s -> Boolean.TRUE).orElse(Boolean.FALSE);
        Label title = new Label(i18n.t("staff.today.title"), new FontIcon("fth-user-plus"));
        title.getStyleClass().add(Styles.TEXT_BOLD);
        Label error = Banner.of(null, vm.errorKeyProperty(), Banner.Tone.ERROR, i18n::t);
        VBox lines = new VBox(4);
        box.getChildren().setAll(title, error, lines);
        Bindings.createObjectBinding(Object::new, vm.pending()).when(shown).subscribe(x -> {
            lines.getChildren().clear();
            for (StaffService.PendingIntroduction p : vm.pending()) lines.getChildren().add(line(p));
        });
        box.visibleProperty().bind(Bindings.isNotEmpty(vm.pending()).or(vm.errorKeyProperty().isNotNull()));
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Node line(StaffService.PendingIntroduction p) {
        Label text = new Label(i18n.t("staff.today.line", p.person().staffName(), p.customer().name(),
                DateFields.date(p.person().assignedAt().atZone(zone).toLocalDate())));
        text.setWrapText(true);
        text.setMinHeight(Region.USE_PREF_SIZE);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        MenuButton done = new MenuButton(i18n.t("staff.today.done"), new FontIcon("fth-check"));
        done.setId("today-intro-done-" + p.person().id());
        done.getStyleClass().add(Styles.SMALL);
        done.setMinWidth(Region.USE_PREF_SIZE);
        for (IntroHow how : IntroHow.values()) {
            MenuItem item = new MenuItem(i18n.t(how.messageKey()));
            item.setId("today-intro-" + how.name() + "-" + p.person().id());
            item.setOnAction(e -> vm.markIntroduced(p, how));
            done.getItems().add(item);
        }
        HBox row = new HBox(10, text, done);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
