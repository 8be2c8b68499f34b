package com.setia.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import com.setia.app.CompositionRoot;
import com.setia.ui.Theme;
import com.setia.app.UiPreferences;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerStatus;
import com.setia.customer.Salutation;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.shop.ShopService;
import com.setia.store.Database;

/** Drives the letter screens in the real main window, wired by the real composition root, headless. */
@ExtendWith(ApplicationExtension.class)
class LetterWindowTest {
    @TempDir
    static Path prefsDir;
    private Database database;
    private CompositionRoot root;
    private Customer siti;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.install();
        database = Database.openInMemory("letters-ui-" + UUID.randomUUID());
        Clock clock = Clock.systemDefaultZone();
        new ShopService(database.jdbi(), clock).save(LetterTestData.shop());
        root = new CompositionRoot(database, new I18n(Language.EN), new UiPreferences(prefsDir), clock, TaskRunner.DIRECT);
        siti = root.customers().create(new CustomerDraft("Siti Aminah", Salutation.MRS, "012-345 6789", null,
                "Jalan Tun Razak", Language.MS, null, null, CustomerStatus.ACTIVE));
        root.show(stage).show("customers"); // the app lands on "Today"; this test drives the customer page
    }

    @AfterEach
    void close() {
        database.close();
    }

    private LetterService letters() {
        return new LetterService(database.jdbi(), Clock.systemDefaultZone());
    }

    @Test
    void composeEditPreviewAndSaveFromTheEntryPoint(FxRobot robot) {
        LetterFacts facts = LetterFacts.forCase(siti, 5L, LocalDate.of(2026, 3, 2), "Pesanan Puan lewat tiga hari",
                "penghantaran percuma untuk pesanan seterusnya");
        robot.interact(() -> root.letterComposer().open(stage, facts));
        waitForFxEvents();

        TextArea body = robot.lookup("#letter-body").queryAs(TextArea.class);
        assertThat(body.getText()).startsWith("Yang dihormati Puan Siti Aminah,").contains("Pesanan Puan lewat tiga hari.");
        VBox pages = robot.lookup("#letter-pages").queryAs(VBox.class);
        assertThat(pages.getChildren()).hasSize(1).allSatisfy(n -> assertThat(((ImageView) n).getImage()).isNotNull());

        robot.interact(() -> body.setText(body.getText().replace("Terlebih dahulu,", "Pertama sekali,")));
        robot.interact(() -> robot.lookup("#letter-subject").queryAs(TextField.class).setText("Maaf atas kelewatan"));
        robot.clickOn("#letter-save");
        waitForFxEvents();

        assertThat(robot.lookup("#letter-banner").queryAs(Label.class).getText()).isEqualTo("Letter saved.");
        StoredLetter kept = letters().forCase(5L).get(0);
        assertThat(kept.customerId()).isEqualTo(siti.id());
        assertThat(kept.subject()).isEqualTo("Maaf atas kelewatan");
        assertThat(kept.body()).contains("Pertama sekali,");
    }

    @Test
    void theLettersTabListsLettersAndStartsANewOne(FxRobot robot) {
        letters().create(siti.id(), null, new LetterContent(Language.MS, LocalDate.of(2026, 3, 1), "Puan Siti Aminah",
                "Permohonan maaf lama", "Yang dihormati Puan Siti Aminah,"), PaperSize.A4);

        @SuppressWarnings("unchecked")
        TableView<Customer> customers = robot.lookup("#customer-table").queryAs(TableView.class);
        robot.interact(() -> customers.getSelectionModel().select(0));
        waitForFxEvents();
        TabPane page = robot.lookup("#customer-page").queryAs(TabPane.class);
        robot.interact(() -> page.getSelectionModel().select(page.getTabs().stream()
                .filter(t -> t.getText().equals("Letters")).findFirst().orElseThrow()));
        waitForFxEvents();

        @SuppressWarnings("unchecked")
        ListView<StoredLetter> list = robot.lookup("#letters-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(StoredLetter::subject).containsExactly("Permohonan maaf lama");

        robot.clickOn("#letters-new");
        waitForFxEvents();
        TextArea body = robot.lookup("#letter-body").queryAs(TextArea.class);
        // From the customer's page a letter starts as a thank-you; the kind box turns it into another kind.
        assertThat(body.getText()).startsWith("Yang dihormati Puan Siti Aminah,").contains("mengucapkan terima kasih");
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<LetterKind> kind = robot.lookup("#letter-kind").queryAs(javafx.scene.control.ComboBox.class);
        robot.interact(() -> kind.setValue(LetterKind.APOLOGY));
        waitForFxEvents();
        assertThat(body.getText()).startsWith("Yang dihormati Puan Siti Aminah,")
                .contains(LetterWords.whatWentWrongHint(Language.MS));
        robot.clickOn("#letter-save");
        waitForFxEvents();
        assertThat(list.getItems()).hasSize(2);
    }

    @Test
    void settingsShowTheShopAndTheTemplates(FxRobot robot) {
        robot.clickOn("#nav-settings");
        waitForFxEvents();
        assertThat(robot.lookup("#shop-name").queryAs(TextField.class).getText()).isEqualTo("Kedai Runcit Setia");
        assertThat(robot.lookup("#shop-owner-name").queryAs(TextField.class).getText()).isEqualTo("Aminah binti Yusof");

        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        waitForFxEvents();
        assertThat(robot.lookup("#template-body").queryAs(TextArea.class).getText()).startsWith("Dear {salutation_name},");
    }
}
