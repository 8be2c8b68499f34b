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
import com.setia.contact.DesktopWhatsApp;
import com.setia.contact.WhatsAppChannel;
import com.setia.relationship.RelationshipModule;
import com.setia.customer.CustomerPanel;
import com.setia.customer.CustomerSection;
import com.setia.customer.CustomerService;
import com.setia.i18n.I18n;
import com.setia.letter.LetterComposer;
import com.setia.letter.LettersModule;
import com.setia.letter.SystemLetterPrinter;
import com.setia.dashboard.DashboardView;
import com.setia.dashboard.DashboardViewModel;
import com.setia.rulechange.RuleChangesModule;
import com.setia.shop.SettingsSection;
import com.setia.backup.BackupService;
import com.setia.backup.BackupViewModel;
import com.setia.backup.StoreOpening;
import com.setia.exchange.CustomerImportService;
import com.setia.exchange.DataModule;
import com.setia.exchange.ExportService;
import com.setia.store.Database;
import com.setia.transfer.ImportMappingService;
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
    private final RelationshipModule relationship;
    private MainShell shell;
    private final BackupService backupService;
    private final DataModule data;
    private Runnable restart = () -> { };

    public CompositionRoot(Database database, I18n i18n, UiPreferences preferences, Clock clock, TaskRunner runner) {
        this(database, new Services(database, clock), i18n, preferences, clock, runner);
    }

    public CompositionRoot(Database database, Services services, I18n i18n, UiPreferences preferences, Clock clock,
            TaskRunner runner) {
        this(database, services, i18n, preferences, clock, runner,
                new DesktopWhatsApp(() -> false, link -> { })); // no browser here: always the clipboard
    }

    /** @param whatsApp where "send on WhatsApp" goes: the browser via HostServices in the app, else the clipboard */
    public CompositionRoot(Database database, Services services, I18n i18n, UiPreferences preferences, Clock clock,
            TaskRunner runner, WhatsAppChannel whatsApp) {
        this.database = database;
        this.i18n = i18n;
        this.preferences = preferences;
        this.customers = services.customers();

        LettersModule letters = new LettersModule(services.letters(), services.letterTemplates(), services.shop(),
                services.customers(), clock, runner, i18n);
        this.letterComposer = letters.composer();
        this.relationship = new RelationshipModule(services.relationship(), services.customers(), services.visits(),
                services.contacts(), services.loyalty(), whatsApp, () -> services.shop().load().shopName(), runner, clock, i18n);
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
                () -> new MoneyStyle(shop.currencyFor(i18n.getLanguage().tag()), i18n.locale()), relationship.todayParts(),
                List.of(rules.todayReminders(), new com.setia.staff.IntroductionReminders(
                        new com.setia.staff.IntroductionsViewModel(services.staff(), runner), i18n, clock.getZone())),
                whatsAppStep(services, runner));

        // Data in, out and safe: backups (to the owner's folder), import, export, the welcome on an empty store.
        this.backupService = new BackupService(database, services.customers(), services.winback(), services.letters(),
                () -> preferences.backupFolder().orElse(null), clock);
        BackupViewModel backupVm = new BackupViewModel(backupService, runner.longWork(), preferences::setBackupFolder, zip -> {
            try {
                new StoreOpening(database.folder()).scheduleRestore(zip);
                restart.run();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        var jdbi = database.jdbi();
        CustomerImportService imports = new CustomerImportService(jdbi, customers, new ImportMappingService(jdbi, clock), clock,
                services.country(), () -> backupService.backupNow("before-import"));
        ExportService exports = new ExportService(jdbi, customers, services.incidents(), services.winback(),
                services.reasons(), services.letters());
        // numbers stored before Setia kept them in international form are moved once (nothing to do afterwards);
        // with a big book that takes a while, so not on the thread the owner's clicks wait for
        runner.longWork().run(customers::internationalisePhones, n -> { }, e -> { });
        this.data = new DataModule(imports, exports, customers, services.shop(), backupVm, runner.longWork(), i18n);

        List<CustomerPanel> customerPanels = new ArrayList<>(List.of(relationship.relationshipPanel()));
        customerPanels.addAll(winback.customerPanels());
        customerPanels.add(relationship.loyaltyPanel());
        customerPanels.add(new com.setia.health.HealthPanel(services.health(), runner, clock, i18n));
        customerPanels.add(new com.setia.staff.ContactPersonPanel(services.staff(), runner, i18n));
        customerPanels.add(new com.setia.letgo.LetGoPanel(services.letGo(), runner, clock, i18n));
        customerPanels.addAll(letters.customerPanels());
        Section today = winback.todaySection();
        this.sections = List.of(
                new Section() { // Today, or the welcome while the customer book is empty
                    @Override
                    public String id() {
                        return today.id();
                    }

                    @Override
                    public String titleKey() {
                        return today.titleKey();
                    }

                    @Override
                    public org.kordamp.ikonli.Ikon icon() {
                        return today.icon();
                    }

                    @Override
                    public javafx.scene.Node createView() {
                        return data.welcomeOr(today.createView(), id -> shell.show(id));
                    }

                    @Override
                    public void onShown(javafx.scene.Node view) {
                        today.onShown(((javafx.scene.layout.StackPane) view).getChildren().isEmpty() ? view
                                : ((javafx.scene.layout.StackPane) view).getChildren().get(0));
                    }
                },
                new CustomerSection(customers, customerPanels, List.of(relationship.relationshipHeader()),
                        services.visits()::standings, i18n, runner),
                winback.winbackSection(),
                rules.section(),
                DashboardView.section(new DashboardViewModel(services.dashboard(), services.shop(), runner,
                        new SystemLetterPrinter()), i18n),
                new SettingsSection(services.shop(), List.of(letters.templatesPage(), relationship.settingsPage(),
                        relationship.visitImportPage(),
                        new com.setia.staff.StaffSettingsPage(services.staff(), runner, i18n), data.settingsPage(),
                        new com.setia.storage.StoragePage(services.storage(), i18n, runner)), i18n, runner));
    }

    /**
     * "Send on WhatsApp" for win-back (a follow-up, the apology step): the relationship module's sender, which writes
     * in the customer's language, falls back to the clipboard offline and logs the contact.
     */
    private com.setia.winback.WhatsAppStep whatsAppStep(Services services, TaskRunner runner) {
        return (customerId, text, done) -> runner.run(() -> services.customers().find(customerId).orElseThrow(),
                customer -> relationship.whatsApp().send(customer, text == com.setia.winback.WhatsAppStep.Text.APOLOGY
                        ? com.setia.contact.WhatsAppMessage.Kind.APOLOGY : com.setia.contact.WhatsAppMessage.Kind.GREETING,
                        result -> done.accept(result.messageKey())),
                e -> done.accept(com.setia.contact.WhatsAppSender.Result.FAILED.messageKey()));
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

    /** What restoring a backup calls once the restore is scheduled: Setia closes the store and starts again. */
    public void onRestart(Runnable restart) {
        this.restart = restart;
    }

    /**
     * The backup on exit of the store as it is after closing (compacted): call while the store is open; run what it
     * returns once the store is closed. Never throws: a failure is logged (the daily backup comes again tomorrow).
     */
    public Runnable prepareExitBackup() {
        var log = java.util.logging.Logger.getLogger(CompositionRoot.class.getName());
        try {
            Runnable write = backupService.exitBackup();
            if (write == null) return () -> { };
            return () -> {
                try {
                    write.run();
                } catch (RuntimeException e) {
                    log.log(java.util.logging.Level.WARNING, "The backup on exit failed", e);
                }
            };
        } catch (RuntimeException e) {
            log.log(java.util.logging.Level.WARNING, "The backup on exit failed", e);
            return () -> { };
        }
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

    /** Going quiet, keep in touch, WhatsApp and the "came today" window. */
    public RelationshipModule relationship() {
        return relationship;
    }

    /** Opens the apology-letter window for any feature: {@code letterComposer().open(window, facts)}. */
    public LetterComposer letterComposer() {
        return letterComposer;
    }

    /** Builds the main window into {@code stage} and shows it. */
    public MainShell show(Stage stage) {
        shell = new MainShell(sections, i18n, preferences, database.description());
        shell.addStatusItem(data::statusItem);
        data.backups().refresh();
        data.backups().backupIfDue(); // the daily backup, in the background
        Scene scene = Theme.scene(shell.root(), WIDTH, HEIGHT);
        stage.setScene(scene);
        // "Came today" from anywhere in the window: Ctrl+K (Cmd+K on a Mac).
        scene.getAccelerators().put(new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.K,
                javafx.scene.input.KeyCombination.SHORTCUT_DOWN), () -> relationship.recordVisit(stage));
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
