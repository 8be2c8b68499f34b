package com.setia.app;

import com.setia.ui.Theme;
import com.setia.ui.Section;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Scene;
import javafx.stage.Stage;

import com.setia.common.MoneyStyle;
import com.setia.common.TaskRunner;
import com.setia.customer.CustomerPanel;
import com.setia.customer.CustomerSection;
import com.setia.customer.CustomerService;
import com.setia.i18n.I18n;
import com.setia.letter.LetterComposer;
import com.setia.letter.LettersModule;
import com.setia.letter.SystemLetterPrinter;
import com.setia.dashboard.DashboardSection;
import com.setia.dashboard.DashboardViewModel;
import com.setia.rulechange.RuleChangesModule;
import com.setia.shop.SettingsSection;
import com.setia.store.Database;
import com.setia.winback.WinbackModule;

/**
 * The one place where Setia is wired together, by constructors. Each feature's services are made here once;
 * the sections of the main window and the panels of the customer page are listed here, in the order shown.
 */
public final class CompositionRoot {
    private final I18n i18n;
    private final UiPreferences preferences;
    private final Database database;
    private final CustomerService customers;
    private final LetterComposer letterComposer;
    private final List<Section> sections;
    private MainShell shell;

    public CompositionRoot(Database database, I18n i18n, UiPreferences preferences, Clock clock, TaskRunner runner) {
        this(database, new Services(database, clock), i18n, preferences, clock, runner);
    }

    public CompositionRoot(Database database, Services services, I18n i18n, UiPreferences preferences, Clock clock,
            TaskRunner runner) {
        this.database = database;
        this.i18n = i18n;
        this.preferences = preferences;
        this.customers = services.customers();

        LettersModule letters = new LettersModule(services.letters(), services.letterTemplates(), services.shop(),
                services.customers(), clock, runner, i18n);
        this.letterComposer = letters.composer();
        java.util.function.Consumer<String> navigate = id -> {
            if (shell != null) shell.show(id);
        };
        RuleChangesModule rules = new RuleChangesModule(services.ruleChanges(), customers, services.shop(), runner, i18n,
                navigate);
        // Offers are read and shown in the shop's currency (Settings), the way the window's language writes numbers.
        var shop = services.shop();
        String firstLanguage = i18n.getLanguage().tag();
        runner.run(() -> shop.settleCurrency(firstLanguage), c -> { }, e -> { }); // once, off the FX thread
        WinbackModule winback = new WinbackModule(services.winback(), services.incidents(), services.reasons(), clock,
                runner, i18n, letterComposer,
                () -> new MoneyStyle(shop.currencyFor(i18n.getLanguage().tag()), i18n.locale()),
                List.of(rules.todayReminders(), new com.setia.staff.IntroductionReminders(
                        new com.setia.staff.IntroductionsViewModel(services.staff(), runner), i18n, clock.getZone())));

        List<CustomerPanel> customerPanels = new ArrayList<>(winback.customerPanels());
        customerPanels.add(new com.setia.health.HealthPanel(services.health(), runner, clock, i18n));
        customerPanels.add(new com.setia.staff.ContactPersonPanel(services.staff(), runner, i18n));
        customerPanels.add(new com.setia.letgo.LetGoPanel(services.letGo(), runner, clock, i18n));
        customerPanels.addAll(letters.customerPanels());
        this.sections = List.of(
                winback.todaySection(),
                new CustomerSection(customers, customerPanels, i18n, runner),
                winback.winbackSection(),
                rules.section(),
                new DashboardSection(new DashboardViewModel(services.dashboard(), services.shop(), runner,
                        new SystemLetterPrinter()), i18n),
                new SettingsSection(services.shop(), List.of(letters.templatesPage(),
                        new com.setia.storage.StoragePage(services.storage(), i18n, runner)), i18n, runner));
    }

    /** The main window's size when nothing is remembered (smaller on a smaller screen). */
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    /**
     * The first window takes the screen's useful size (the whole free area of a 1366 x 768 laptop), so a win-back
     * case shows whole step cards; later starts come back where the owner left it.
     */
    static void fillScreen(Stage stage) {
        javafx.geometry.Rectangle2D desk = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setX(desk.getMinX());
        stage.setY(desk.getMinY());
        stage.setWidth(desk.getWidth());
        stage.setHeight(desk.getHeight());
    }

    /** Back where the owner left it, if that place is still on a screen (a second monitor may be gone). */
    static void placeAsLastTime(Stage stage, UiPreferences preferences) {
        preferences.window().ifPresent(place -> {
            var onScreen = javafx.stage.Screen.getScreensForRectangle(place.x(), place.y(), place.width(), place.height());
            if (onScreen.isEmpty() || place.width() < 200 || place.height() < 200) {
                return;
            }
            javafx.geometry.Rectangle2D desk = onScreen.get(0).getVisualBounds();
            stage.setX(place.x());
            stage.setY(place.y());
            stage.setWidth(Math.min(place.width(), desk.getWidth()));
            stage.setHeight(Math.min(place.height(), desk.getHeight()));
            stage.setMaximized(place.maximized());
        });
    }

    private boolean refreshPending;

    /**
     * On a shared server: what other PCs commit shows here too. The shown section reads its data again when a change
     * arrives (batched: one refresh at a time) and when the window gets the focus back.
     */
    private void followOtherPcs(Stage stage) {
        AutoCloseable feed = database.changes().subscribe(batch -> javafx.application.Platform.runLater(() -> {
            if (refreshPending) return;
            refreshPending = true;
            javafx.application.Platform.runLater(() -> {
                refreshPending = false;
                if (shell != null) shell.refreshShown();
            });
        }));
        javafx.util.Subscription focus = stage.focusedProperty().subscribe(focused -> {
            if (focused && shell != null) shell.refreshShown();
        });
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> {
            focus.unsubscribe();
            try {
                feed.close();
            } catch (Exception ignored) {
                // the feed closes with the store anyway
            }
        });
    }

    public CustomerService customers() {
        return customers;
    }

    /** Opens the apology-letter window for any feature: {@code letterComposer().open(window, facts)}. */
    public LetterComposer letterComposer() {
        return letterComposer;
    }

    /** Builds the main window into {@code stage} and shows it. */
    public MainShell show(Stage stage) {
        shell = new MainShell(sections, i18n, preferences, database.description());
        Scene scene = Theme.scene(shell.root(), WIDTH, HEIGHT);
        stage.setScene(scene);
        stage.sizeToScene(); // also when the stage was shown before with another scene
        Theme.minSize(stage, 960, 600);
        Theme.icons(stage);
        stage.titleProperty().bind(shell.titleProperty());
        if (preferences.window().isEmpty()) {
            fillScreen(stage);
        } else {
            placeAsLastTime(stage, preferences);
        }
        stage.setOnHidden(e -> preferences.setWindow(new UiPreferences.WindowPlace(
                stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        stage.show();
        if (database.changes().live()) {
            followOtherPcs(stage);
        }
        return shell;
    }
}
