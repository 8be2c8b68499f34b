package com.setia.winback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;

import com.setia.ui.Theme;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.incident.Incident;
import com.setia.incident.IncidentService;
import com.setia.app.Services;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;

/**
 * Walks one case through the customer's Timeline tab, as the owner would: log an incident, open a case from it,
 * record the four steps (one refused first for a missing detail), close as won back.
 */
@ExtendWith(ApplicationExtension.class)
class WinbackWalkUiTest {
    private Database database;
    private CustomerService customers;
    private IncidentService incidents;
    private Customer siti;
    private javafx.scene.Parent panel;
    private final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");

    @Start
    void start(Stage stage) {
        Theme.install();
        database = Database.openInMemory("walk-" + UUID.randomUUID());
        Services services = new Services(database, clock);
        customers = services.customers();
        incidents = services.incidents();
        siti = customers.create(CustomerDraft.named("Siti Aminah"));
        WinbackModule module = new WinbackModule(services.winback(), services.incidents(), services.reasons(), clock, TaskRunner.DIRECT, new I18n(Language.EN), null);
        panel = (javafx.scene.Parent) module.customerPanels().get(0).create(siti);
        Scene scene = new Scene(panel, 900, 700);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void fromIncidentToWonBack(FxRobot robot) {
        click(robot, "#timeline-log-incident");
        write(robot, "#incident-said", "Kain koyak");
        write(robot, "#incident-wants", "Ganti");
        click(robot, "#incident-save");
        Incident incident = incidents.forCustomer(siti.id()).get(0);
        assertThat(incident.customerSaid()).isEqualTo("Kain koyak");

        clock.advance(Duration.ofMinutes(20));
        click(robot, "#timeline-open-case-" + incident.id());
        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.AT_RISK);
        assertThat(robot.lookup("#case-clock").queryAs(Label.class).getText()).isEqualTo("20 min since the incident \u2014 act now");

        write(robot, "#step-notes", "Phoned");
        click(robot, "#step-done");
        assertThat(robot.lookup("#case-clock").queryAs(Label.class).getText()).startsWith("First action after 20 min");

        // Step 2 asks how the owner apologised; the notes typed stay when it is refused.
        write(robot, "#step-notes", "Sorry");
        click(robot, "#step-done");
        assertThat(robot.lookup("#step-errors").queryAs(Label.class).getText())
                .isEqualTo("Please tick how you apologised: by phone, by letter, or both.");
        assertThat(robot.lookup("#step-notes").queryAs(TextInputControl.class).getText()).isEqualTo("Sorry");
        click(robot, "#step-phoned");
        click(robot, "#step-done");

        write(robot, "#step-what-went-wrong", "Bad packing");
        click(robot, "#step-done");

        write(robot, "#step-offer", "New cloth");
        write(robot, "#step-offer-value", "45.00");
        click(robot, "#step-done");

        click(robot, "#close-outcome-WON_BACK");
        write(robot, "#close-note", "Back");
        click(robot, "#close-case");

        assertThat(customers.find(siti.id()).orElseThrow().status()).isEqualTo(CustomerStatus.WON_BACK);
        assertThat(robot.lookup("#case-outcome").queryAs(Label.class).getText()).startsWith("Won back");
        assertThat(com.setia.testsupport.Notices.shown(robot, new I18n(Language.EN).t("winback.close.done.WON_BACK")))
                .as("the passing notice says the case closed").isTrue();
    }

    private void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        reveal(robot, node);
        robot.clickOn(node);
        waitForFxEvents();
    }

    private void write(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        reveal(robot, field);
        robot.clickOn(field);
        robot.interact(() -> field.setText(""));
        robot.write(text);
        waitForFxEvents();
    }

    /** Scrolls the pane the node is in so it is in sight, as the owner would with the mouse wheel. */
    private void reveal(FxRobot robot, Node node) {
        robot.interact(() -> {
            Node up = node.getParent();
            while (up != null && !(up instanceof ScrollPane)) up = up.getParent();
            if (up == null) return;
            ScrollPane pane = (ScrollPane) up;
            pane.layout();
            Node content = pane.getContent();
            Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double extra = content.getBoundsInLocal().getHeight() - pane.getViewportBounds().getHeight();
            if (extra > 0) {
                double target = b.getMinY() - pane.getViewportBounds().getHeight() / 3;
                pane.setVvalue(Math.max(0, Math.min(1, target / extra)));
            }
            pane.layout();
        });
        waitForFxEvents();
    }
}
