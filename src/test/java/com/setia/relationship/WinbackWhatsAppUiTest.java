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

import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;

import com.setia.app.CompositionRoot;
import com.setia.app.Services;
import com.setia.app.UiPreferences;
import com.setia.common.TaskRunner;
import com.setia.contact.Contact;
import com.setia.contact.ContactKind;
import com.setia.contact.DesktopWhatsApp;
import com.setia.customer.Customer;
import com.setia.customer.ListOrder;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.ui.Theme;
import com.setia.visit.VisitDraft;
import com.setia.winback.CloseRequest;
import com.setia.winback.Step;
import com.setia.winback.StepDraft;

/**
 * "Send on WhatsApp" from a follow-up due on Today and from a case's apology step (Win-back), offline (the clipboard), in the
 * customer's own language, logged as a contact; and the customer book showing and sorting by last visit and going
 * quiet, with the relationship at a glance above the customer's page. The real main window, in Malay.
 */
@ExtendWith(ApplicationExtension.class)
class WinbackWhatsAppUiTest {
    @TempDir
    static Path prefsDir;
    private final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    private final StringBuilder opened = new StringBuilder();
    private Database database;
    private Services services;
    private Customer dewi;
    private Customer ali;
    private Customer siti;

    @Start
    void start(Stage stage) {
        Theme.install();
        database = Database.openInMemory("wa-" + UUID.randomUUID());
        services = new Services(database, clock);
        dewi = TestCustomers.create(services.customers(), "Dewi Lestari", "0812-3456-7890", Language.ID);
        ali = TestCustomers.create(services.customers(), "Ali bin Abu", "019-222 3333", Language.MS);
        siti = TestCustomers.create(services.customers(), "Siti Aminah", "012-345 6789", Language.MS);
        long keep = services.winback().open(dewi.id(), null).winbackCase().id();
        services.winback().recordStep(keep, StepDraft.of(Step.ACT_FAST, "Datang ke toko"));
        services.winback().close(keep, CloseRequest.keepInTouch(LocalDate.of(2026, 3, 2), null).confirmingSkipped());
        long late = services.winback().open(ali.id(), null).winbackCase().id();
        services.winback().recordStep(late, StepDraft.of(Step.ACT_FAST, "Telefon"));
        for (int week = 8; week >= 0; week--) { // weekly until nine weeks ago: going quiet
            services.visits().record(VisitDraft.on(siti.id(), LocalDate.of(2026, 3, 1).minusWeeks(9 + week)));
        }
        services.visits().record(VisitDraft.on(ali.id(), LocalDate.of(2026, 2, 27)));
        clock.advance(Duration.ofDays(3));
        CompositionRoot root = new CompositionRoot(database, services, new I18n(Language.MS), new UiPreferences(prefsDir),
                clock, TaskRunner.DIRECT, new DesktopWhatsApp(() -> false, opened::append));
        root.show(stage);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aFollowUpAndAnApologyGoOnWhatsAppInTheCustomersLanguageAndAreLogged(FxRobot robot) {
        robot.clickOn("Dewi Lestari");
        waitForFxEvents();
        robot.clickOn("#today-follow-up-whatsapp");
        waitForFxEvents();
        assertThat(clipboard(robot)).startsWith("+6281234567890\nHalo Dewi Lestari, apa kabar?");
        assertThat(opened).isEmpty();
        Contact toDewi = services.contacts().lastContact(dewi.id()).orElseThrow();
        assertThat(toDewi.kind()).isEqualTo(ContactKind.WHATSAPP);
        assertThat(toDewi.happenedOn()).isEqualTo(LocalDate.of(2026, 3, 4));

        robot.clickOn("#nav-winback"); // the case's current step is the apology
        waitForFxEvents();
        robot.clickOn("Ali bin Abu");
        waitForFxEvents();
        robot.clickOn("#step-whatsapp");
        waitForFxEvents();
        assertThat(clipboard(robot)).startsWith("+60192223333\nSalam Ali bin Abu. Saya ingin memohon maaf");
        assertThat(services.contacts().lastContact(ali.id()).orElseThrow().kind()).isEqualTo(ContactKind.WHATSAPP);
    }

    @Test
    void theCustomerBookShowsAndSortsByLastVisitAndGoingQuietAndThePageOpensWithTheRelationship(FxRobot robot) {
        robot.clickOn("#nav-customers");
        waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Customer> table = robot.lookup("#customer-table").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(Customer::name).containsExactly("Ali bin Abu", "Dewi Lestari", "Siti Aminah");
        @SuppressWarnings("unchecked")
        ComboBox<ListOrder> order = robot.lookup("#customer-order").queryAs(ComboBox.class);
        robot.interact(() -> order.setValue(ListOrder.GOING_QUIET));
        waitForFxEvents();
        assertThat(table.getItems()).extracting(Customer::name).containsExactly("Siti Aminah", "Ali bin Abu", "Dewi Lestari");
        assertThat(robot.lookup("#customer-table .table-cell .label").queryAllAs(Label.class))
                .extracting(Label::getText).contains("28/12/2025", "Mula menyepi", "5 hari lalu", "Belum datang");
        robot.interact(() -> order.setValue(ListOrder.LAST_VISIT));
        waitForFxEvents();
        assertThat(table.getItems()).extracting(Customer::name).containsExactly("Ali bin Abu", "Siti Aminah", "Dewi Lestari");

        robot.clickOn("Siti Aminah");
        waitForFxEvents();
        assertThat(robot.lookup("#customer-page-header #relationship-header").tryQuery()).isPresent();
        assertThat(robot.lookup("#relationship-last-visit").queryAs(Label.class).getText())
                .startsWith("Lawatan terakhir 28/12/2025");
    }

    private String clipboard(FxRobot robot) {
        String[] out = new String[1];
        robot.interact(() -> out[0] = Clipboard.getSystemClipboard().getString());
        return out[0];
    }
}
