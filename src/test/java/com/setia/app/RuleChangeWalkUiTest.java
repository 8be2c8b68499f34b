package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.rulechange.ToBeTold;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.ui.Theme;

/**
 * In Indonesian, through the real main window: the owner records a price change for the customers "at risk", sees
 * who must be told, marks one told by WhatsApp, sees the reminder on Today and the count on the dashboard, and opens
 * the customers not told yet from the dashboard's chart.
 */
@ExtendWith(ApplicationExtension.class)
class RuleChangeWalkUiTest {
    @TempDir
    static Path prefsDir;
    private final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    private Database database;
    private MainShell shell;

    @Start
    void start(Stage stage) {
        Theme.install();
        database = Database.openInMemory("rules-walk-" + UUID.randomUUID());
        Services services = new Services(database, clock);
        CustomerService customers = services.customers();
        for (String name : new String[] {"Budi Santoso", "Lim Ah Kow", "Ani Wijaya"}) {
            Customer c = customers.create(CustomerDraft.named(name).withLanguage(Language.ID));
            customers.changeStatus(c.id(), CustomerStatus.AT_RISK);
        }
        customers.create(CustomerDraft.named("Siti Aminah"));
        CompositionRoot root = new CompositionRoot(database, services, new I18n(Language.ID), new UiPreferences(prefsDir),
                clock, TaskRunner.DIRECT);
        shell = root.show(stage);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPriceChangeForAtRiskCustomersIsToldByWhatsAppAndCounted(FxRobot robot) {
        robot.clickOn("#nav-rules");
        robot.clickOn("#rules-new");
        robot.clickOn("#rules-kind").clickOn("Harga");
        robot.clickOn("#rules-title").write("Servis dasar naik menjadi Rp50.000");
        robot.clickOn("#rules-audience-STATUS");
        robot.clickOn("#rules-status").clickOn("Berisiko");
        robot.clickOn("#rules-save");
        waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<ToBeTold> rows = robot.lookup("#rules-rows").queryAs(ListView.class);
        assertThat(rows.getItems()).extracting(t -> t.customer().name())
                .containsExactly("Ani Wijaya", "Budi Santoso", "Lim Ah Kow");
        assertThat(label(robot, "#rules-told-count")).isEqualTo("0 dari 3 sudah diberi tahu");

        robot.clickOn("Budi Santoso");
        assertThat(robot.lookup("#rules-notice").queryAs(TextArea.class).getText())
                .startsWith("Salam Bapak/Ibu Budi Santoso. Kami informasikan bahwa mulai 1 Maret 2026 ada perubahan harga")
                .contains("Servis dasar naik menjadi Rp50.000.");
        robot.clickOn("#rules-told-WHATSAPP");
        waitForFxEvents();
        assertThat(label(robot, "#rules-told-count")).isEqualTo("1 dari 3 sudah diberi tahu");
        assertThat(rows.getItems()).filteredOn(ToBeTold::told).singleElement()
                .satisfies(t -> assertThat(t.customer().name()).isEqualTo("Budi Santoso"));
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class))
                .anySatisfy(cell -> assertThat(cell.getGraphic() == null ? "" : texts(cell.getGraphic()))
                        .contains("Budi Santoso").contains("WhatsApp, 1/3/2026"));

        robot.clickOn("#nav-today");
        waitForFxEvents();
        assertThat(robot.lookup("#today-rules").queryAs(Node.class).isVisible()).isTrue();
        assertThat(robot.lookup("#today-rules").queryAs(Node.class)).satisfies(n -> assertThat(texts(n))
                .contains("Servis dasar naik menjadi Rp50.000 (berlaku hari ini): 2 dari 3 pelanggan belum diberi tahu"));

        robot.clickOn("#nav-dashboard");
        waitForFxEvents();
        assertThat(label(robot, "#dash-tile-told")).isEqualTo("1 / 3");
        @SuppressWarnings("unchecked")
        StackedBarChart<Number, String> chart = robot.lookup("#dash-rules-chart").queryAs(StackedBarChart.class);
        Node notTold = chart.getData().get(1).getData().get(0).getNode();
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) robot.lookup("#dashboard-view")
                .queryAs(javafx.scene.layout.BorderPane.class).getCenter();
        robot.interact(() -> page.setVvalue(1.0));
        robot.clickOn(notTold);
        waitForFxEvents();
        assertThat(label(robot, "#dash-drill-title")).isEqualTo("Pelanggan di balik angka ini (2)");
        @SuppressWarnings("unchecked")
        ListView<Customer> drill = robot.lookup("#dash-drill-list").queryAs(ListView.class);
        assertThat(drill.getItems()).extracting(Customer::name).containsExactly("Ani Wijaya", "Lim Ah Kow");
    }

    private static String label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** Every label's text under a node, joined. */
    private static String texts(Node node) {
        StringBuilder b = new StringBuilder();
        if (node instanceof Label l) b.append(l.getText()).append(' ');
        if (node instanceof javafx.scene.Parent p) p.getChildrenUnmodifiable().forEach(c -> b.append(texts(c)));
        return b.toString();
    }
}
