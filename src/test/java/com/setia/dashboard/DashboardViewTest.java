package com.setia.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;

import com.setia.app.Services;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerStatus;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.ui.Theme;
import com.setia.winback.CloseRequest;

/** The dashboard in Malay: tiles in Malay numbers, a slice opens its customers, and the page prints on one A4 page. */
@ExtendWith(ApplicationExtension.class)
class DashboardViewTest {
    private final MutableClock clock = MutableClock.at("2026-03-10T02:00:00Z");
    private Database database;
    private DashboardViewModel vm;
    private final AtomicReference<DashboardView> view = new AtomicReference<>();

    @Start
    void start(Stage stage) {
        Theme.install();
        database = Database.openInMemory("dash-" + java.util.UUID.randomUUID());
        Services s = new Services(database, clock);
        for (int i = 0; i < 1234; i++) {
            s.customers().create(CustomerDraft.named("Pelanggan " + i));
        }
        Customer rahman = s.customers().create(CustomerDraft.named("Encik Rahman"));
        long k = s.winback().open(rahman.id(), null).winbackCase().id();
        clock.advance(Duration.ofHours(1));
        s.winback().close(k, CloseRequest.letGo("Selalu menuntut lebih", null).confirmingSkipped());
        vm = new DashboardViewModel(s.dashboard(), s.shop(), TaskRunner.DIRECT, null);
        view.set(new DashboardView(vm, new I18n(Language.MS)));
        Scene scene = new Scene((javafx.scene.Parent) view.get().root(), 1100, 760);
        Theme.apply(scene);
        stage.setScene(scene);
        stage.show();
        vm.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void malayFiguresAClickedTileAndOnePagePdf(FxRobot robot) throws Exception {
        assertThat(robot.lookup("#dash-tile-customers").queryAs(Label.class).getText()).isEqualTo("1,235");
        assertThat(robot.lookup("#dash-tile-letGo").queryAs(Label.class).getText()).isEqualTo("1");
        assertThat(robot.lookup("#dash-tile-rate").queryAs(Label.class).getText()).isEqualTo("0%");
        robot.clickOn("#dash-tile-letGo");
        waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<Customer> list = robot.lookup("#dash-drill-list").queryAs(ListView.class);
        assertThat(list.getItems()).extracting(Customer::name).containsExactly("Encik Rahman");
        assertThat(list.getItems().get(0).status()).isEqualTo(CustomerStatus.LET_GO);

        AtomicReference<List<BufferedImage>> pictures = new AtomicReference<>();
        robot.interact(() -> pictures.set(view.get().pictures()));
        assertThat(pictures.get()).hasSizeGreaterThanOrEqualTo(7);
        assertThat(robot.lookup("#dash-incidents-by").query().isVisible()).as("the drop-down is back on screen").isTrue();
        byte[] pdf = new DashboardPdf().render(vm.dataProperty().get(), new DashboardTexts(Language.MS), "Kedai Runcit Aminah",
                pictures.get());
        Path out = Path.of(System.getProperty("java.io.tmpdir"), "setia-dashboard-test.pdf");
        Files.write(out, pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Kedai sekilas pandang: Kedai Runcit Aminah")
                    .contains("Pelanggan dalam buku: 1,235")
                    .contains("disediakan pada 10 Mac 2026");
            PDFont font = doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
        }
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.of(2026, 3, 10));
    }
}
