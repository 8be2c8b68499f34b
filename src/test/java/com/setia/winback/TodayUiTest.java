package com.setia.winback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import com.setia.ui.Theme;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.app.Services;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;

/** The Today list in Malay: a late case and a due follow-up, oldest first; a past date is refused, then the customer comes back. */
@ExtendWith(ApplicationExtension.class)
class TodayUiTest {
    private final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    private Database database;
    private CustomerService customers;
    private Customer mei;
    private long keep;
    private long late;

    @Start
    void start(Stage stage) {
        Theme.install();
        database = Database.openInMemory("today-" + UUID.randomUUID());
        Services services = new Services(database, clock);
        customers = services.customers();
        WinbackService service = services.winback();
        mei = customers.create(CustomerDraft.named("Tan Mei Ling"));
        Customer ali = customers.create(CustomerDraft.named("Ali"));
        keep = service.open(mei.id(), null).winbackCase().id();
        service.recordStep(keep, StepDraft.of(Step.ACT_FAST, "Visited"));
        service.close(keep, CloseRequest.keepInTouch(LocalDate.of(2026, 3, 2), null).confirmingSkipped());
        late = service.open(ali.id(), null).winbackCase().id();
        clock.advance(Duration.ofDays(3));

        WinbackModule module = new WinbackModule(services.winback(), services.incidents(), services.reasons(), clock, TaskRunner.DIRECT, new I18n(Language.MS), null);
        Node view = module.todaySection().createView();
        module.todaySection().onShown(view);
        Scene scene = new Scene((javafx.scene.Parent) view, 1100, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDueFollowUpIsRecordedAndBadDatesAreExplained(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<TodayItem> list = robot.lookup("#today-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(TodayItem::caseId).containsExactly(keep, late);
        assertThat(robot.lookup("#today-count").queryAs(Label.class).getText()).isEqualTo("2 perkara perlu dibuat");

        robot.clickOn("Tan Mei Ling");
        waitForFxEvents();
        DatePicker next = robot.lookup("#today-follow-up-next").queryAs(DatePicker.class);
        robot.interact(() -> next.setValue(LocalDate.of(2026, 3, 1)));
        robot.clickOn("#today-follow-up-note").write("Telefon, dia sibuk");
        robot.clickOn("#today-follow-up-save");
        waitForFxEvents();
        assertThat(robot.lookup(".field-error").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Susulan seterusnya mestilah selepas hari ini.");
        assertThat(list.getItems()).hasSize(2);

        robot.clickOn("#today-follow-up-won-back");
        robot.clickOn("#today-follow-up-save");
        waitForFxEvents();
        assertThat(list.getItems()).extracting(TodayItem::caseId).containsExactly(late);
        assertThat(customers.find(mei.id()).orElseThrow().status()).isEqualTo(CustomerStatus.WON_BACK);
    }
}
