package com.setia.app;

import com.setia.ui.Theme;
import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;

/** Drives the real main window, wired by the real composition root, on a fresh store. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    static Path prefsDir;
    private Database database;
    private CompositionRoot root;
    private MainShell shell;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.install();
        database = Database.openInMemory("ui-" + UUID.randomUUID());
        root = new CompositionRoot(database, new I18n(Language.EN), new UiPreferences(prefsDir), Clock.systemDefaultZone(),
                TaskRunner.DIRECT);
        shell = root.show(stage);
        shell.show("customers"); // the app lands on "Today"; these tests drive the customer book
    }

    @AfterEach
    void close() {
        database.close();
    }

    @SuppressWarnings("unchecked")
    private TableView<Customer> table(FxRobot robot) {
        return robot.lookup("#customer-table").queryAs(TableView.class);
    }

    private void typeInto(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(() -> field.setText(""));
        robot.write(text);
    }

    @Test
    void addFindEditAndSwitchLanguage(FxRobot robot) {
        // Add
        robot.clickOn("#customer-new");
        typeInto(robot, "#customer-name", "Siti Aminah");
        typeInto(robot, "#customer-phone", "012-345 6789");
        typeInto(robot, "#customer-email", "siti@kedai.my");
        robot.clickOn("#customer-save");
        waitForFxEvents();
        assertThat(robot.lookup("#customer-banner").queryAs(Label.class).isVisible()).as("no message stays").isFalse();
        assertThat(table(robot).getItems()).extracting(Customer::name).containsExactly("Siti Aminah");
        // ... but a passing notice says it was saved (a ControlsFX notification over the window)
        assertThat(robot.lookup(".setia-notice").lookup((Node n) -> n instanceof Label l && "Saved.".equals(l.getText()))
                .tryQuery()).as("the 'Saved.' notice").isPresent();

        robot.clickOn("#customer-new");
        typeInto(robot, "#customer-name", "Budi Santoso");
        robot.clickOn("#customer-save");
        waitForFxEvents();
        assertThat(table(robot).getItems()).hasSize(2);

        // Find, by phone digits typed with other separators
        typeInto(robot, "#customer-search", "0123456");
        waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(Customer::name).containsExactly("Siti Aminah");

        // Edit
        robot.clickOn("Siti Aminah");
        typeInto(robot, "#customer-name", "Siti Nurhaliza");
        javafx.scene.control.DatePicker since = robot.lookup("#customer-since").queryAs(javafx.scene.control.DatePicker.class);
        robot.interact(since::requestFocus);
        robot.write("1/2/2019");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitForFxEvents();
        assertThat(root.customers().search("nurhaliza", false, 10).rows()).extracting(Customer::customerSince)
                .containsExactly(java.time.LocalDate.of(2019, 2, 1));
        typeInto(robot, "#customer-search", "nurhaliza");
        waitForFxEvents();
        assertThat(table(robot).getItems()).extracting(Customer::name).containsExactly("Siti Nurhaliza");
        assertThat(root.customers().search("", false, 10).rows()).extracting(Customer::name)
                .containsExactlyInAnyOrder("Siti Nurhaliza", "Budi Santoso");

        // Switch language: every word follows, the search and the open customer stay
        ComboBox<?> language = robot.lookup("#language-switch").queryAs(ComboBox.class);
        robot.interact(() -> language.getSelectionModel().select(Language.MS.ordinal()));
        waitForFxEvents();
        assertThat(robot.lookup("#nav-customers").queryAs(ToggleButton.class).getText()).isEqualTo("Pelanggan");
        assertThat(robot.lookup("#customer-save").queryButton().getText()).isEqualTo("Simpan");
        assertThat(robot.lookup("#customer-search").queryAs(TextField.class).getText()).isEqualTo("nurhaliza");
        assertThat(robot.lookup("#customer-name").queryAs(TextField.class).getText()).isEqualTo("Siti Nurhaliza");
        assertThat(new UiPreferences(prefsDir).language(java.util.Locale.ENGLISH)).isEqualTo(Language.MS);

        // Closing the window remembers where it was.
        robot.interact(() -> stage.hide());
        assertThat(new UiPreferences(prefsDir).window()).hasValueSatisfying(place -> {
            assertThat(place.width()).isEqualTo(stage.getWidth());
            assertThat(place.height()).isEqualTo(stage.getHeight());
        });
    }

    @Test
    void badInputIsExplainedInTheOwnersLanguageAndNothingIsStored(FxRobot robot) {
        ComboBox<?> language = robot.lookup("#language-switch").queryAs(ComboBox.class);
        robot.interact(() -> language.getSelectionModel().select(Language.ID.ordinal()));
        waitForFxEvents();

        robot.clickOn("#customer-new");
        typeInto(robot, "#customer-email", "budi@toko");
        typeInto(robot, "#customer-phone", "abc");
        robot.clickOn("#customer-save");
        waitForFxEvents();

        assertThat(robot.lookup("#customer-error-name").queryAs(Label.class).getText()).isEqualTo("Mohon isi nama pelanggan.");
        assertThat(robot.lookup("#customer-error-email").queryAs(Label.class).getText()).startsWith("Ini tidak tampak seperti alamat e-mail");
        assertThat(robot.lookup("#customer-error-phone").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#customer-email").queryAs(TextField.class).getText()).isEqualTo("budi@toko");
        assertThat(root.customers().search("", true, 10).totalMatches()).isZero();

        typeInto(robot, "#customer-name", "Budi");
        typeInto(robot, "#customer-email", "budi@toko.id");
        typeInto(robot, "#customer-phone", "0812 1111 2222");
        robot.clickOn("#customer-save");
        waitForFxEvents();
        assertThat(robot.lookup("#customer-error-name").queryAs(Label.class).isVisible()).isFalse();
        assertThat(root.customers().search("budi", false, 10).totalMatches()).isEqualTo(1);
    }
}
