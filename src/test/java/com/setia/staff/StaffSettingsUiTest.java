package com.setia.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import com.setia.app.Services;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.ui.Theme;

/**
 * Settings > Staff, in Indonesian: the owner adds a staff member, corrects a name, and takes someone who left off the
 * staff after confirming; the page says how many customers still need a new contact person.
 */
@ExtendWith(ApplicationExtension.class)
class StaffSettingsUiTest {
    private final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    private Database database;
    private StaffService staff;
    private Customer mei;
    private Staff ravi;

    @Start
    void start(Stage stage) {
        Theme.install();
        database = Database.openInMemory("staff-ui-" + UUID.randomUUID());
        Services s = new Services(database, clock);
        staff = s.staff();
        mei = s.customers().create(CustomerDraft.named("Tan Mei Ling"));
        ravi = staff.addStaff("Ravi");
        staff.assign(mei.id(), ravi.id());
        StaffSettingsPage page = new StaffSettingsPage(staff, TaskRunner.DIRECT, new I18n(Language.ID));
        Scene scene = new Scene((Parent) page.createView(), 900, 600);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void addRenameAndTakeOffTheStaff(FxRobot robot) {
        assertThat(robot.lookup("#staff-list").queryAs(VBox.class).getChildren()).hasSize(1);
        assertThat(robot.lookup("Mengurus 1 pelanggan").tryQuery()).isPresent();

        robot.clickOn("#staff-list-new").write("Siti Rohani");
        robot.clickOn("#staff-list-add");
        waitForFxEvents();
        assertThat(robot.lookup("#staff-list-message").queryAs(Label.class).getText()).isEqualTo("Siti Rohani ditambahkan.");
        assertThat(staff.staff()).extracting(Staff::name).containsExactly("Ravi", "Siti Rohani");

        TextField name = robot.lookup("#staff-name-" + ravi.id()).queryAs(TextField.class);
        robot.doubleClickOn(name).eraseText(4).write("Ravi Kumar");
        robot.clickOn("#staff-rename-" + ravi.id());
        waitForFxEvents();
        assertThat(staff.current(mei.id()).orElseThrow().staffName()).isEqualTo("Ravi Kumar");

        robot.clickOn("#staff-retire-" + ravi.id());
        waitForFxEvents();
        // The confirm button of the dialog (the row's own button has the same words).
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                    () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("no confirmation asked", e);
        }
        javafx.scene.Node dialog = robot.lookup(".dialog-pane").query();
        robot.clickOn(robot.from(dialog).lookup((javafx.scene.control.Button b) -> "Sudah berhenti".equals(b.getText()))
                .queryAs(javafx.scene.control.Button.class));
        waitForFxEvents();
        assertThat(robot.lookup("#staff-list-message").queryAs(Label.class).getText())
                .isEqualTo("Ravi Kumar dikeluarkan dari daftar karyawan. 1 pelanggan masih memakainya sebagai penanggung "
                        + "jawab: pilih orang baru di halaman tiap pelanggan.");
        assertThat(staff.staff()).extracting(Staff::name).containsExactly("Siti Rohani");
        assertThat(robot.lookup("#staff-retire-" + ravi.id()).tryQuery()).isEmpty();
    }
}
