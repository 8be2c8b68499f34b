package com.setia.winback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import com.setia.app.Services;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.testsupport.LongHistory;
import com.setia.testsupport.MutableClock;
import com.setia.ui.Theme;

/**
 * A long history on the Timeline tab is a virtualised list: a few dozen row nodes whatever the number of entries,
 * refilled in place as the owner scrolls, each showing the entry it is given.
 */
@ExtendWith(ApplicationExtension.class)
class TimelineListUiTest {
    private static Database database;
    private static Services services;
    private static Customer siti;
    private static final MutableClock clock = MutableClock.at("2024-01-01T02:00:00Z");

    /** Written before the window starts (not in @Start, which has a time limit on a busy machine). */
    @BeforeAll
    static void history() {
        database = Database.openInMemory("timeline-" + UUID.randomUUID());
        services = new Services(database, clock);
        siti = services.customers().create(CustomerDraft.named("Siti Aminah"));
        LongHistory.write(services, clock, siti.id(), 120, 30); // 120 incidents + 30 cases: 302 entries
    }

    @Start
    void start(Stage stage) {
        Theme.install();
        WinbackModule module = new WinbackModule(services.winback(), services.incidents(), services.reasons(), clock,
                TaskRunner.DIRECT, new I18n(Language.MS), null);
        Scene scene = new Scene((javafx.scene.Parent) module.customerPanels().get(0).create(siti), 900, 700);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void aLongHistoryMakesFewRowsAndReusesThemAsItScrolls(FxRobot robot) {
        @SuppressWarnings("unchecked")
        ListView<TimelineEntry> list = robot.lookup("#timeline-entries").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(302);
        Set<Node> rowsAtTop = robot.lookup(".timeline-entry").queryAll();
        assertThat(rowsAtTop).hasSizeBetween(3, 40);
        assertThat(rowText(robot, true)).contains("kali ke-120"); // the newest entry on top

        robot.interact(() -> list.scrollTo(list.getItems().size() - 1));
        waitForFxEvents();
        Set<Node> rowsAtEnd = robot.lookup(".timeline-entry").queryAll();
        assertThat(rowsAtEnd).hasSizeBetween(3, 40);
        assertThat(rowsAtEnd).containsAnyElementsOf(rowsAtTop); // the same nodes, refilled
        assertThat(rowText(robot, false)).containsPattern("kali ke-1(\\D|$)"); // the oldest at the bottom
    }

    /** All the text of the top (or bottom) row in sight. */
    private static String rowText(FxRobot robot, boolean top) {
        java.util.Comparator<Node> byY = java.util.Comparator.comparingDouble(n -> n.localToScene(0, 0).getY());
        Node row = robot.lookup(".timeline-entry").queryAll().stream().filter(Node::isVisible)
                .filter(n -> n.getParent() != null && n.getParent().isVisible())
                .sorted(top ? byY : byY.reversed()).findFirst().orElseThrow();
        return robot.from(row).lookup(".label").queryAll().stream().map(n -> ((Label) n).getText())
                .filter(java.util.Objects::nonNull).reduce("", (a, b) -> a + "\n" + b);
    }
}
