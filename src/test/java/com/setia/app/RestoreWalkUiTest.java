package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import com.setia.backup.BackupFile;
import com.setia.backup.StoreOpening;
import com.setia.common.TaskRunner;
import com.setia.customer.CustomerDraft;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.ui.Theme;

/**
 * Restore clicked through in the real main window, in Indonesian: Settings → Data and backups → back up now → more
 * work → pick the backup (its counts shown) → restore, confirmed → a safety backup of the store as it was is taken,
 * Setia restarts on the backup → the data is as the backup held it.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreWalkUiTest {
    @TempDir
    static Path dir;
    private final I18n id = new I18n(Language.ID);
    private Path data;
    private Database database;
    private Services services;
    private volatile boolean restarted;

    @Start
    void start(Stage stage) throws Exception {
        Theme.install();
        data = Files.createTempDirectory(dir, "data");
        database = Database.openFolder(data);
        Clock clock = Clock.systemDefaultZone();
        services = new Services(database, clock);
        services.customers().create(CustomerDraft.named("Siti Aminah"));
        services.customers().create(CustomerDraft.named("Budi Santoso"));
        CompositionRoot root = new CompositionRoot(database, services, id, new UiPreferences(data), clock, TaskRunner.DIRECT);
        root.onRestart(() -> restarted = true); // SetiaApp closes the store and starts again here
        root.show(stage);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private static void scrollDown(FxRobot robot, javafx.scene.Node inside) {
        for (javafx.scene.Node n = inside; n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ScrollPane scroll) {
                robot.interact(() -> scroll.setVvalue(scroll.getVmax()));
                return;
            }
        }
    }

    @Test
    void pickABackupSeeWhatItHoldsRestoreItAfterASafetyBackup(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn(id.t("exchange.page.title"));
        robot.clickOn("#backup-now");
        waitForFxEvents();
        services.customers().create(CustomerDraft.named("Dewi Lestari")); // work done after the backup

        @SuppressWarnings("unchecked")
        TableView<BackupFile> list = robot.lookup("#backup-list").queryAs(TableView.class);
        BackupFile manual = list.getItems().stream().filter(b -> b.kind().equals("manual")).findFirst().orElseThrow();
        assertThat(manual.customers()).isEqualTo(2);
        int row = list.getItems().indexOf(manual);
        scrollDown(robot, list); // the owner scrolls to the list on a small screen
        javafx.scene.control.TableRow<?> cell = robot.lookup("#backup-list .table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.getIndex() == row).queryAs(javafx.scene.control.TableRow.class);
        System.out.println("ROW " + row + " at " + cell.localToScreen(cell.getBoundsInLocal()) + " items " + list.getItems().size());
        robot.clickOn(cell);
        assertThat(robot.lookup(id.t("backup.kind.manual")).tryQuery()).isPresent();
        Button restore = robot.lookup("#backup-restore").queryAs(Button.class);
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(manual);
        assertThat(restore.isDisabled()).isFalse();
        robot.clickOn(restore);
        waitForFxEvents();

        DialogPane ask = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(ask.getContentText()).contains("2 pelanggan");
        Button yes = robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals(id.t("store.offer.restore")))
                .queryAs(Button.class);
        assertThat(robot.lookup(".dialog-pane .button").match((Button b) -> b.getText().equals(id.t("common.cancel")))
                .tryQuery()).as("the buttons speak Indonesian").isPresent();
        robot.clickOn(yes);
        waitForFxEvents();
        assertThat(restarted).as("Setia restarts to put the backup in place").isTrue();

        // what SetiaApp does on restart: close the store, open it again (the restore is done first)
        database.close();
        database = new StoreOpening(data).open();
        Services after = new Services(database, Clock.systemDefaultZone());
        assertThat(after.customers().count()).as("the data as the backup held it").isEqualTo(2);
        try (var files = Files.list(data.resolve(Database.UPGRADE_BACKUPS))) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("the safety backup of the store as it was")
                    .anyMatch(n -> n.contains("before-restore"));
        }
        BackupFile safety = com.setia.backup.BackupCatalog.list(java.util.List.of(data.resolve(Database.UPGRADE_BACKUPS)),
                java.time.ZoneId.systemDefault()).stream().filter(b -> b.kind().equals("before-restore")).findFirst().orElseThrow();
        assertThat(safety.customers()).as("the safety backup holds the work done after the backup").isEqualTo(3);
    }
}
