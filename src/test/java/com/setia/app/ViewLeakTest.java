package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.util.WaitForAsyncUtils.waitForFxEvents;

import java.lang.ref.WeakReference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.incident.Channel;
import com.setia.incident.IncidentDraft;
import com.setia.incident.Severity;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.ui.Theme;
import com.setia.winback.CloseRequest;
import com.setia.winback.Step;
import com.setia.winback.StepDraft;

/**
 * Views must not leak: the long-lived view-models must not hold the views a language switch replaced. Every section
 * is shown (with a customer's page, a case and a follow-up open) in each of 20 languages switches; afterwards every
 * view but the last ones is garbage.
 */
@ExtendWith(ApplicationExtension.class)
class ViewLeakTest {
    @TempDir
    static Path prefsDir;
    private final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    private Database database;
    private MainShell shell;
    private Stage window;

    @Start
    void start(Stage stage) {
        Theme.install();
        database = Database.openInMemory("leak-" + UUID.randomUUID());
        Services services = new Services(database, clock);
        Customer siti = services.customers().create(CustomerDraft.named("Siti Aminah"));
        Customer budi = services.customers().create(CustomerDraft.named("Budi Santoso"));
        Customer mei = services.customers().create(CustomerDraft.named("Tan Mei Ling"));
        services.incidents().log(new IncidentDraft(siti.id(), clock.instant(), Channel.PHONE, "Wrong size sent",
                Severity.HIGH, null, null));
        services.winback().open(budi.id(), null);
        long keep = services.winback().open(mei.id(), null).winbackCase().id();
        services.winback().recordStep(keep, StepDraft.of(Step.ACT_FAST, "Visited"));
        services.winback().close(keep, CloseRequest.keepInTouch(LocalDate.of(2026, 3, 2), null).confirmingSkipped());
        clock.advance(Duration.ofDays(3));
        CompositionRoot root = new CompositionRoot(database, services, new I18n(Language.EN), new UiPreferences(prefsDir),
                clock, TaskRunner.DIRECT);
        // A window of its own: TestFX records every event fired in its own stage (and with them their targets).
        window = new Stage();
        shell = root.show(window);
    }

    @AfterEach
    void close() throws Exception {
        org.testfx.api.FxToolkit.cleanupStages();
        database.close();
    }

    private static final int ROUNDS = 20;

    @Test
    void viewsReplacedByTwentyLanguageSwitchesAreCollected(FxRobot robot) throws InterruptedException {
        List<WeakReference<Node>> replaced = new ArrayList<>();
        List<WeakReference<Node>> last = new ArrayList<>();
        Language[] languages = {Language.MS, Language.ID, Language.EN};
        for (int round = 0; round <= ROUNDS; round++) {
            List<WeakReference<Node>> shown = new ArrayList<>();
            for (String id : List.of("customers", "winback", "settings", "today")) {
                robot.interact(() -> {
                    shell.show(id);
                    shown.add(new WeakReference<>(current()));
                    current().applyCss(); // the skins (split panes, tables) exist before they are looked into
                    ((javafx.scene.Parent) current()).layout();
                    useTheSection(id);
                });
                waitForFxEvents();
            }
            replaced.addAll(last);
            last = shown;
            if (round < ROUNDS) {
                Language next = languages[round % languages.length];
                robot.interact(() -> shell.switchLanguage(next));
                waitForFxEvents();
            }
        }
        assertThat(replaced).hasSize(4 * ROUNDS);

        long alive = replaced.size();
        for (int i = 0; i < 40 && alive > 0; i++) {
            System.gc();
            Thread.sleep(50);
            waitForFxEvents();
            alive = replaced.stream().filter(r -> r.get() != null).count();
        }
        List<Integer> leaked = new ArrayList<>();
        for (int i = 0; i < replaced.size(); i++) {
            if (replaced.get(i).get() != null) leaked.add(i);
        }
        String path = leaked.isEmpty() ? "" : ReferencePath.find(javafx.stage.Window.getWindows(),
                replaced.get(leaked.get(0)).get(), List.of(javafx.stage.Window.class, javafx.scene.Node.class));
        assertThat(leaked).as("views of earlier languages still reachable (round * 4 + section), the first by\n" + path).isEmpty();
        assertThat(last).allSatisfy(r -> assertThat(r.get()).isNotNull());
    }

    private Node current() {
        return ((StackPane) shell.root().getCenter()).getChildren().get(0);
    }

    /** Opens what the section shows in detail, so its panels, case and forms are built and bound. */
    @SuppressWarnings("unchecked")
    private void useTheSection(String id) {
        Node view = current();
        switch (id) {
            case "customers" -> {
                TableView<Customer> table = (TableView<Customer>) view.lookup("#customer-table");
                table.getSelectionModel().select(table.getItems().stream()
                        .filter(c -> c.name().equals("Budi Santoso")).findFirst().orElseThrow());
            }
            case "today", "winback" -> {
                ListView<Object> list = (ListView<Object>) view.lookup(id.equals("today") ? "#today-list" : "#winback-open-cases");
                list.getSelectionModel().select(0);
            }
            default -> {
            }
        }
    }
}
