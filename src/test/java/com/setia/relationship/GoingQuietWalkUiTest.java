package com.setia.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import com.setia.app.CompositionRoot;
import com.setia.app.Services;
import com.setia.app.UiPreferences;
import com.setia.common.TaskRunner;
import com.setia.contact.Contact;
import com.setia.contact.ContactKind;
import com.setia.contact.DesktopWhatsApp;
import com.setia.customer.Customer;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.ui.Theme;
import com.setia.visit.VisitDraft;

/**
 * The walk of issue 9, in Malay, through the real main window: Siti came every week, then stopped; Today shows her
 * as going quiet with the reason in words; the owner sends a WhatsApp with no network (number and greeting go to
 * the clipboard, the contact is logged) and she leaves the list. Ahmad, quiet too, comes in: Ctrl+K, his name,
 * Enter, and he leaves the list.
 */
@ExtendWith(ApplicationExtension.class)
class GoingQuietWalkUiTest {
    @TempDir
    static Path prefsDir;
    private final MutableClock clock = MutableClock.at("2026-01-10T02:00:00Z");
    private Database database;
    private Services services;
    private Customer siti;
    private Customer ahmad;
    private Customer ali;
    private final StringBuilder opened = new StringBuilder();

    @Start
    void start(Stage stage) {
        Theme.install();
        database = Database.openInMemory("walk-" + UUID.randomUUID());
        services = new Services(database, clock);
        siti = TestCustomers.create(services.customers(), "Siti Aminah", "012-345 6789", Language.MS);
        ahmad = TestCustomers.create(services.customers(), "Ahmad Faiz", "013-777 1234", Language.MS);
        ali = TestCustomers.create(services.customers(), "Ali bin Abu", "019-222 3333", Language.MS);
        LocalDate last = LocalDate.of(2026, 1, 10);
        for (int week = 8; week >= 0; week--) {
            services.visits().record(VisitDraft.on(siti.id(), last.minusWeeks(week)));
        }
        for (int week = 4; week >= 0; week--) {
            services.visits().record(VisitDraft.on(ahmad.id(), last.minusDays(3).minusWeeks(week * 2L)));
        }
        clock.advance(Duration.ofDays(50)); // 1 March 2026: seven weeks without Siti
        for (int week = 3; week >= 0; week--) {
            services.visits().record(VisitDraft.on(ali.id(), LocalDate.of(2026, 3, 1).minusWeeks(week)));
        }
        CompositionRoot root = new CompositionRoot(database, services, new I18n(Language.MS), new UiPreferences(prefsDir),
                clock, TaskRunner.DIRECT, new DesktopWhatsApp(() -> false, opened::append));
        root.show(stage);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @SuppressWarnings("unchecked")
    private ListView<QuietRow> quietList(FxRobot robot) {
        return robot.lookup("#quiet-list").queryAs(ListView.class);
    }

    private void showQuietTab(FxRobot robot) {
        TabPane tabs = robot.lookup("#today-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(1).getText()).isEqualTo("Mula menyepi (2)");
        robot.clickOn("Mula menyepi (2)");
        waitForFxEvents();
    }

    @Test
    void aWeeklyCustomerWhoStoppedComingIsOnTodayWithTheReasonAndAWhatsAppTakesHerOff(FxRobot robot) {
        showQuietTab(robot);
        assertThat(quietList(robot).getItems()).extracting(r -> r.customer().name())
                .containsExactly("Siti Aminah", "Ahmad Faiz"); // 50/7 before 53/14: the most overdue first
        assertThat(robot.lookup("#quiet-reason-" + siti.id()).queryAs(Label.class).getText())
                .isEqualTo("Biasanya datang setiap minggu; kali terakhir datang 7 minggu lalu.");
        assertThat(robot.lookup("#quiet-reason-" + ahmad.id()).queryAs(Label.class).getText())
                .isEqualTo("Biasanya datang setiap 2 minggu; kali terakhir datang 8 minggu lalu.");

        robot.clickOn("#quiet-whatsapp-" + siti.id());
        waitForFxEvents();

        String copied = clipboard(robot);
        assertThat(copied).startsWith("+60123456789\nSalam Siti Aminah, apa khabar?");
        assertThat(opened).isEmpty(); // offline: nothing was opened, the clipboard has it
        assertThat(robot.lookup("#quiet-message").queryAs(Label.class).getText())
                .startsWith("Tiada sambungan internet: nombor dan mesej untuk Siti Aminah sudah disalin.");
        assertThat(quietList(robot).getItems()).extracting(r -> r.customer().name()).containsExactly("Ahmad Faiz");
        Contact logged = services.contacts().lastContact(siti.id()).orElseThrow();
        assertThat(logged.kind()).isEqualTo(ContactKind.WHATSAPP);
        assertThat(logged.happenedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
    }

    @Test
    void ctrlKRecordsAVisitInTwoKeystrokesAndTheCustomerIsBack(FxRobot robot) {
        showQuietTab(robot);
        robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        waitForFxEvents();
        javafx.scene.control.TextField search = robot.lookup("#quick-visit-search").queryAs(javafx.scene.control.TextField.class);
        assertThat(search).as("Ctrl+K opens the came-today window").isNotNull();
        assertThat(search.isFocused()).as("ready to type").isTrue();
        robot.clickOn(search); // Monocle gives key events to the window clicked last; a desktop focuses the new one
        robot.write("Ahmad");
        waitForFxEvents();
        assertThat(search.getText()).isEqualTo("Ahmad");
        assertThat(robot.lookup("#quick-visit-matches").queryAs(ListView.class).getItems()).hasSize(1);
        robot.type(KeyCode.ENTER);
        waitForFxEvents();
        assertThat(robot.lookup("#quick-visit-errors").queryAs(Label.class).getText()).isEmpty();
        assertThat(services.visits().summary(ahmad.id()).orElseThrow().lastVisit()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(robot.lookup("#quick-visit-done").queryAs(Label.class).getText())
                .isEqualTo("Lawatan Ahmad Faiz hari ini dicatat.");
        robot.type(KeyCode.ESCAPE);
        waitForFxEvents();
        assertThat(quietList(robot).getItems()).extracting(r -> r.customer().name()).containsExactly("Siti Aminah");
    }

    private String clipboard(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = Clipboard.getSystemClipboard().getString());
        return out[0];
    }
}
