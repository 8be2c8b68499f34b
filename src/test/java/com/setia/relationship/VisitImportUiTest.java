package com.setia.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import com.setia.app.Services;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.ui.Theme;
import com.setia.visit.CheckedRow;
import com.setia.visit.VisitImportViewModel;

/** Settings → Import visits, in Malay: choose a till's file, see each row's problem, import the good rows. */
@ExtendWith(ApplicationExtension.class)
class VisitImportUiTest {
    private final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    private Database database;
    private Services services;
    private Customer siti;
    private Path file;

    @Start
    void start(Stage stage) throws Exception {
        Theme.install();
        database = Database.openInMemory("visit-import-" + UUID.randomUUID());
        services = new Services(database, clock);
        siti = TestCustomers.create(services.customers(), "Siti Aminah", "012-345 6789", Language.MS);
        file = Files.createTempFile("till", ".csv");
        Files.writeString(file, "Tarikh,Telefon,Jumlah\n2026-02-01,012-345 6789,12.50\n2026-02-02,019-999 9999,5\n"
                + "2026-04-01,012-345 6789,5\n", StandardCharsets.UTF_8);
        I18n i18n = new I18n(Language.MS);
        VisitImportViewModel vm = new VisitImportViewModel(services.visits(), TaskRunner.DIRECT, Runnable::run,
                i18n::getLanguage, i18n::t);
        Parent page = (Parent) new VisitImportPage(vm, i18n, (owner, title, filters) -> Optional.of(file)).createView();
        stage.setScene(Theme.scene(page, 960, 600));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        database.close();
        Files.deleteIfExists(file);
    }

    @Test
    void theOwnerSeesEachRowsProblemThenImportsTheGoodRow(FxRobot robot) {
        robot.clickOn("#visit-import-choose");
        waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<CheckedRow> rows = robot.lookup("#visit-import-rows").queryAs(TableView.class);
        assertThat(rows.getItems()).hasSize(3);
        assertThat(robot.lookup("#visit-import-summary").queryAs(Label.class).getText()).endsWith(
                ": 1 baris boleh diimport, 2 baris ditinggalkan.");
        assertThat(robot.lookup("#visit-import-rows .table-cell").queryAllAs(javafx.scene.control.TableCell.class))
                .extracting(c -> c.getText()).contains("Sedia untuk diimport", "Tiada pelanggan dengan nombor 019-999 9999.",
                        "Tarikh lawatan tidak boleh pada masa hadapan.");
        assertThat(services.visits().visitCount()).isZero();

        Button go = robot.lookup("#visit-import-go").queryAs(Button.class);
        assertThat(go.getText()).isEqualTo("Import 1 lawatan");
        robot.clickOn(go);
        waitForFxEvents();
        assertThat(robot.lookup("#visit-import-message").queryAs(Label.class).getText())
                .isEqualTo("1 lawatan diimport untuk 1 pelanggan; 2 baris ditinggalkan.");
        assertThat(services.visits().summary(siti.id()).orElseThrow().lastVisit()).isEqualTo(java.time.LocalDate.of(2026, 2, 1));
        assertThat(go.isDisabled()).as("imported once").isTrue();
    }
}
