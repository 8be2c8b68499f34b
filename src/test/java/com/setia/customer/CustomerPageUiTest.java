package com.setia.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import com.setia.app.CompositionRoot;
import com.setia.app.MainShell;
import com.setia.app.Services;
import com.setia.app.UiPreferences;
import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.incident.Channel;
import com.setia.incident.IncidentDraft;
import com.setia.incident.Severity;
import com.setia.reasons.LossReason;
import com.setia.store.Database;
import com.setia.testsupport.Customers;
import com.setia.testsupport.MutableClock;
import com.setia.ui.Theme;
import com.setia.winback.TodayItem;

/**
 * The customer book in the real window at 960 x 600 (and the list at 1280 x 800), in Malay: nothing is cut, the
 * Timeline shows what was done on Today, and a loss-reason note typed before moving to another customer is stored,
 * not dropped.
 */
@ExtendWith(ApplicationExtension.class)
class CustomerPageUiTest {
    @TempDir
    static Path prefsDir;
    private final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    private Database database;
    private Services services;
    private MainShell shell;
    private Stage window;
    private Customer siti;

    @Start
    void start(Stage stage) {
        Theme.install();
        database = Database.openInMemory("page-" + UUID.randomUUID());
        services = new Services(database, clock);
        siti = services.customers().create(Customers.named("Siti Aminah").phone("012-345 6789").draft());
        services.customers().create(Customers.named("Budi Santoso").draft());
        var incident = services.incidents().log(new IncidentDraft(siti.id(), clock.instant(), Channel.PHONE,
                "Kain yang dihantar salah warna", Severity.HIGH, null, null));
        services.winback().open(siti.id(), incident.id());
        clock.advance(Duration.ofDays(2));
        CompositionRoot root = new CompositionRoot(database, services, new I18n(Language.MS), new UiPreferences(prefsDir),
                clock, TaskRunner.DIRECT);
        window = new Stage(); // a window of our own, sized like a shop's laptop window
        shell = root.show(window);
        window.setWidth(960);
        window.setHeight(600);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        database.close();
    }

    @Test
    void everyPageFitsAt960By600(FxRobot robot) {
        everyPageFits(robot);
    }

    /** Indonesian's words are longer ("Batalkan perubahan", "Arsipkan"): the page's buttons still fit. */
    @Test
    void everyPageFitsAt960By600InIndonesianAndEnglish(FxRobot robot) {
        for (Language language : List.of(Language.ID, Language.EN)) {
            javafx.scene.control.ComboBox<?> languages = robot.lookup("#language-switch")
                    .queryAs(javafx.scene.control.ComboBox.class);
            robot.interact(() -> languages.getSelectionModel().select(language.ordinal()));
            waitForFxEvents();
            everyPageFits(robot);
        }
    }

    private void everyPageFits(FxRobot robot) {
        for (String section : List.of("today", "customers", "winback", "settings")) {
            robot.interact(() -> shell.show(section));
            waitForFxEvents();
            assertInside(robot.lookup("#language-switch").query(), section);
            javafx.scene.layout.Region view = (javafx.scene.layout.Region)
                    ((javafx.scene.layout.StackPane) shell.root().getCenter()).getChildren().get(0);
            assertThat(view.minWidth(-1)).as(section + " needs no more width than the window gives it")
                    .isLessThanOrEqualTo(view.getWidth());
        }
        robot.interact(() -> shell.show("customers"));
        waitForFxEvents();
        assertInside(robot.lookup("#customer-new").query(), "customers");
        openSiti(robot);
        javafx.scene.layout.Region page = robot.lookup("#customer-view").queryAs(javafx.scene.layout.Region.class);
        assertThat(page.minWidth(-1)).as("a customer's page fits").isLessThanOrEqualTo(page.getWidth());
        assertInside(robot.lookup("#customer-save").query(), "customers");
        assertInside(robot.lookup("#customer-revert").query(), "customers");
        assertInside(robot.lookup("#customer-archive").query(), "customers");
        assertInside(robot.lookup("#customer-name").query(), "customers");
    }

    @Test
    void theTimelineShowsWhatWasDoneOnTodayAndANoteIsNeverDropped(FxRobot robot) {
        robot.interact(() -> shell.show("customers"));
        waitForFxEvents();
        openSiti(robot);
        showTab(robot, "winback.timeline.tab");
        assertThat(robot.lookup("#step-ACT_FAST").query().getStyleClass()).contains("step-current");
        assertThat(robot.lookup("#case-phone").queryLabeled().getText()).isEqualTo("012-345 6789");

        // On Today, the owner acts on the case.
        robot.interact(() -> shell.show("today"));
        waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<TodayItem> today = robot.lookup("#today-list").queryAs(ListView.class);
        assertThat(today.getItems()).singleElement().extracting(TodayItem::customerPhone).isEqualTo(siti.phone());
        assertThat(robot.lookup(".today-phone").queryLabeled().getText()).isEqualTo("012-345 6789");
        robot.interact(() -> today.getSelectionModel().select(0));
        waitForFxEvents();
        Node todayView = robot.lookup("#today-view").query();
        robot.interact(() -> todayView.lookup("#step-notes").requestFocus());
        robot.write("Telefon dia, minta maaf");
        robot.interact(() -> ((javafx.scene.control.Button) todayView.lookup("#step-done")).fire());
        waitForFxEvents();

        // Back on her page, the Timeline shows step 1 done, without reopening her.
        robot.interact(() -> shell.show("customers"));
        waitForFxEvents();
        Node page = robot.lookup("#customer-page").query();
        assertThat(page.lookup("#step-ACT_FAST").getStyleClass()).contains("step-done");
        assertThat(page.lookup("#step-APOLOGISE").getStyleClass()).contains("step-current");

        // A note typed on a loss reason, then another customer chosen: the note is stored.
        showTab(robot, "reasons.tab");
        robot.clickOn("#reason-i");
        TextField note = robot.lookup("#reason-note-i").queryAs(TextField.class);
        robot.clickOn(note).write("Tidak melayan dengan sungguh");
        @SuppressWarnings("unchecked")
        TableView<Customer> table = robot.lookup("#customer-table").queryAs(TableView.class);
        // Budi's row as the owner sees it (an empty row below may hold a hidden, stale name: cells keep their graphic)
        robot.clickOn(robot.from(table).lookup(".table-row-cell").match((javafx.scene.control.TableRow<Customer> r) ->
                r.getItem() != null && r.getItem().name().equals("Budi Santoso")).queryAs(javafx.scene.Node.class));
        waitForFxEvents();
        assertThat(services.reasons().forCustomer(siti.id()).get(LossReason.I).note()).isEqualTo("Tidak melayan dengan sungguh");
        assertThat(table.getSelectionModel().getSelectedItem().name()).isEqualTo("Budi Santoso");
    }

    @Test
    void theListReadsTheRowsOnScreenFirstAndTheNextOnesAsTheOwnerScrolls(FxRobot robot) {
        services.customers().createAll(java.util.stream.IntStream.range(0, 150)
                .mapToObj(i -> CustomerDraft.named(String.format("Pelanggan %03d", i))).toList(), com.setia.common.Progress.NONE);
        robot.interact(() -> shell.show("customers"));
        waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Customer> table = robot.lookup("#customer-table").queryAs(TableView.class);
        robot.interact(() -> robot.lookup("#customer-search").queryAs(TextField.class).setText("a")); // the owner types
        waitForFxEvents();
        int shown = (int) Math.ceil(table.getHeight() / table.getFixedCellSize());
        assertThat(table.getFixedCellSize()).as("one height for every row, from setia.css").isPositive();
        assertThat(table.getItems().size()).as("the rows on screen and a few more, not the whole page of 152")
                .isBetween(shown, shown + CustomerListViewModel.BEYOND_SCREEN);
        assertThat(robot.lookup("#customer-list-more").queryLabeled().isVisible()).isFalse();

        for (int i = 0; i < 10 && table.getItems().size() < 152; i++) { // the owner scrolls to the end, and on
            robot.interact(() -> table.scrollTo(table.getItems().size() - 1));
            waitForFxEvents();
        }
        assertThat(table.getItems()).hasSize(152).extracting(Customer::name).contains("Pelanggan 149", "Siti Aminah");
        assertThat(robot.lookup("#customer-count").queryLabeled().getText()).contains("152");
    }

    @Test
    void aWideListShowsEveryStatusWordWholeAndANarrowOneKeepsRoomForNames(FxRobot robot) {
        services.customers().create(Customers.named("Rahmat Zulkifli bin Osman").status(CustomerStatus.WON_BACK).draft());
        services.customers().create(Customers.named("Kavitha a/p Ramasamy").status(CustomerStatus.KEEP_IN_TOUCH).draft());
        robot.interact(() -> shell.show("customers"));
        waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<Customer> table = robot.lookup("#customer-table").queryAs(TableView.class);
        assertThat(table.getColumns().get(0).getWidth()).as("the names, at 960 px").isGreaterThanOrEqualTo(170);
        assertThat(table.getColumns()).extracting(TableColumn::isVisible).as("name and status").containsExactly(true, true, false);
        @SuppressWarnings("unchecked")
        var order = (javafx.scene.control.ComboBox<ListOrder>) robot.lookup("#customer-order").query();
        robot.interact(() -> order.setValue(ListOrder.LAST_VISIT));
        waitForFxEvents();
        assertThat(table.getColumns()).extracting(TableColumn::isVisible).as("ordered by visits: name and last visit")
                .containsExactly(true, false, true);
        robot.interact(() -> order.setValue(ListOrder.NAME));

        robot.interact(() -> { // 1280 x 800: the largest the test screen has
            window.setWidth(1280);
            window.setHeight(800);
        });
        waitForFxEvents();
        var badges = robot.lookup("#customer-table .status-badge").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(b -> b.getText() != null && b.isVisible()).toList(); // rows with a customer
        assertThat(badges).extracting(javafx.scene.control.Label::getText)
                .contains("Pelanggan kembali", "Terus berhubung"); // the longest status words
        for (var badge : badges) {
            var shown = (javafx.scene.text.Text) badge.lookup(".text");
            assertThat(shown.getText()).as("not cut short").isEqualTo(badge.getText());
        }
        assertThat(table.getColumns()).allMatch(TableColumn::isVisible);
        assertHeadersWhole(robot);

        // Indonesian's header for the last visit is longer ("Kunjungan terakhir"): still whole.
        javafx.scene.control.ComboBox<?> languages = robot.lookup("#language-switch")
                .queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> languages.getSelectionModel().select(Language.ID.ordinal()));
        waitForFxEvents();
        assertThat(robot.lookup("#customer-table").queryAs(TableView.class).getColumns())
                .allMatch(c -> ((TableColumn<?, ?>) c).isVisible());
        assertHeadersWhole(robot);
    }

    /** Every column header of the customer list shows its whole word, not one cut with "…". */
    private void assertHeadersWhole(FxRobot robot) {
        var headers = robot.lookup("#customer-table .column-header .label")
                .queryAllAs(javafx.scene.control.Label.class);
        assertThat(headers).isNotEmpty();
        for (var header : headers) {
            if (!header.isVisible() || header.getText() == null || header.getText().isEmpty()) continue;
            var shown = (javafx.scene.text.Text) header.lookup(".text");
            assertThat(shown.getText()).as("the header " + header.getText() + " is not cut short")
                    .isEqualTo(header.getText());
        }
    }

    private void openSiti(FxRobot robot) {
        @SuppressWarnings("unchecked")
        TableView<Customer> table = robot.lookup("#customer-table").queryAs(TableView.class);
        robot.interact(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(c -> c.id() == siti.id()).findFirst().orElseThrow()));
        waitForFxEvents();
    }

    /** Shows the customer page's tab with this title (by its words, so other features' tabs may come and go). */
    private void showTab(FxRobot robot, String titleKey) {
        TabPane tabs = robot.lookup("#customer-page").queryAs(TabPane.class);
        String title = new I18n(Language.MS).t(titleKey);
        javafx.scene.control.Tab tab = tabs.getTabs().stream().filter(t -> title.equals(t.getText())).findFirst()
                .orElseThrow(() -> new AssertionError("no tab " + title));
        robot.interact(() -> tabs.getSelectionModel().select(tab));
        waitForFxEvents();
    }

    private void assertInside(Node node, String where) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        double width = node.getScene().getWidth();
        assertThat(b.getMaxX()).as(node.getId() + " on " + where + " ends inside the 960-px window").isLessThanOrEqualTo(width);
        assertThat(b.getMaxY()).as(node.getId() + " on " + where).isLessThanOrEqualTo(node.getScene().getHeight());
        assertThat(b.getWidth()).as(node.getId() + " is not squeezed to nothing").isGreaterThan(20);
    }
}
