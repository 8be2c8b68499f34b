package com.setia.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import com.setia.app.Services;
import com.setia.backup.BackupService;
import com.setia.backup.BackupViewModel;
import com.setia.common.TaskRunner;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.transfer.ImportMappingService;
import com.setia.transfer.PreviewRow;
import com.setia.ui.Theme;

/**
 * The import wizard clicked through as the owner does, in Malay, on a real store: the welcome's "bring customers in"
 * → choose the file (an Excel semicolon CSV) → map the phone column → preview with each row's problems → import →
 * the report of rows left out → undo this import.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWizardWalkUiTest {
    @TempDir
    static Path dir;
    private final I18n ms = new I18n(Language.MS);
    private Database db;
    private Services services;
    private Path csv;
    private Path backups;

    @Start
    void start(Stage stage) throws Exception {
        Theme.install();
        Path data = Files.createTempDirectory(dir, "data");
        backups = data.resolve("backups");
        db = Database.openFolder(data);
        Clock clock = Clock.systemDefaultZone();
        services = new Services(db, clock);
        csv = Files.writeString(data.getParent().resolve("kedai-" + System.nanoTime() + ".csv"),
                "Pelanggan;Nombor;Catatan\r\nSiti Aminah;012-345 6789;VIP\r\nBudi;12345;\r\nSiti lagi;0123456789;\r\n",
                StandardCharsets.UTF_8);
        BackupService backupService = new BackupService(db, services.customers(), services.winback(), services.letters(),
                () -> null, clock);
        var imports = new CustomerImportService(db.jdbi(), services.customers(), new ImportMappingService(db.jdbi(), clock),
                clock, () -> "MY", () -> backupService.backupNow("before-import"));
        var exports = new ExportService(db.jdbi(), services.customers(), services.incidents(), services.winback(),
                services.reasons(), services.letters());
        DataModule data2 = new DataModule(imports, exports, services.customers(), services.shop(),
                new BackupViewModel(backupService, TaskRunner.DIRECT, f -> { }, zip -> { }), TaskRunner.DIRECT, ms,
                (owner, title, filters) -> Optional.of(csv));
        stage.setScene(new Scene(new javafx.scene.layout.StackPane(data2.welcomeOr(new Label("today"), id -> { })), 1000, 700));
        stage.show();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void fromTheWelcomeThroughMappingPreviewImportReportAndUndo(FxRobot robot) throws Exception {
        robot.clickOn("#welcome-import");
        robot.clickOn("#import-choose-file");
        waitForFxEvents();

        // Map: the phone column is not guessed from "Nombor"; the owner picks it
        @SuppressWarnings("unchecked")
        ComboBox<String> phone = robot.lookup("#map-PHONE").queryAs(ComboBox.class);
        assertThat(phone.getValue()).isEqualTo(ms.t("exchange.wizard.notImported"));
        robot.clickOn(phone);
        robot.clickOn(robot.lookup(".list-cell").match((ListCell<?> c) -> "Nombor".equals(c.getText())).queryAs(ListCell.class));
        waitForFxEvents();
        assertThat(phone.getValue()).isEqualTo("Nombor");
        robot.clickOn("#import-next");

        // Preview: every row with its problems
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .isEqualTo(ms.t("exchange.wizard.summary", 1, 0, 2));
        @SuppressWarnings("unchecked")
        TableView<PreviewRow<Contact>> preview = robot.lookup("#import-preview").queryAs(TableView.class);
        assertThat(preview.getItems()).hasSize(3);
        assertThat(preview.getItems().get(1).problems()).as("Budi's number is not a phone number").isNotEmpty();
        assertThat(preview.getItems().get(2).problems()).extracting(m -> m.key()).contains("exchange.problem.repeat");
        assertThat(robot.lookup(ms.t("exchange.row.new")).tryQuery()).as("the good row says it is new").isPresent();

        robot.clickOn("#import-go");
        waitForFxEvents();
        // Done: what came in, and where the rows left out were saved
        assertThat(robot.lookup("#import-banner").queryAs(Label.class).getText()).isEqualTo(ms.t("exchange.done", 1, 0, 2));
        Path report = csv.resolveSibling(csv.getFileName().toString().replace(".csv", "-left-out.csv"));
        assertThat(robot.lookup(ms.t("exchange.wizard.reportSaved", report.toString())).tryQuery()).isPresent();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("Budi").contains("Siti lagi");
        assertThat(services.customers().count()).isEqualTo(1);
        try (var files = Files.list(backups)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).as("a safety backup before the import")
                    .anyMatch(n -> n.contains("before-import"));
        }

        robot.clickOn("#import-undo");
        waitForFxEvents();
        assertThat(services.customers().count()).isZero();
        assertThat(robot.lookup("#import-banner").queryAs(Label.class).getText()).isEqualTo(ms.t("exchange.undone", 1, 0));

        robot.clickOn(ms.t("exchange.close"));
        waitForFxEvents();
        assertThat(robot.lookup("#welcome").tryQuery()).as("still no customers: the welcome stays").isPresent();
    }
}
