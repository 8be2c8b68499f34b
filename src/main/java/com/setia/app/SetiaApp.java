package com.setia.app;

import java.time.Clock;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.stage.Stage;

import com.setia.common.FxTaskRunner;
import com.setia.i18n.I18n;
import com.setia.store.Database;
import com.setia.store.StoreException;
import com.setia.ui.Theme;

/**
 * Shows a start screen at once, opens the store behind it (off the FX thread, with progress for a long upgrade), then
 * wires the app and puts the main window's content in its place; closes the store on exit. If the store cannot be
 * opened (another Setia has it, the folder cannot be written), the owner is told why in their language.
 */
public final class SetiaApp extends Application {
    private static final Logger LOG = Logger.getLogger(SetiaApp.class.getName());
    private volatile Database database;
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        start(stage, null);
    }

    /** Starts on {@code chosenDataDir} when the owner pointed at their data's folder in the start-up dialog. */
    private void start(Stage stage, java.nio.file.Path chosenDataDir) {
        AppOptions options = chosenDataDir != null ? new AppOptions(chosenDataDir)
                : AppOptions.from(getParameters().getRaw(), System.getenv(), System.getProperties());
        AppLog.start(options.dataDir());
        LOG.info(() -> "Setia starting; data folder " + options.dataDir().toAbsolutePath() + "; Java "
                + System.getProperty("java.version") + " on " + System.getProperty("os.name"));
        UiPreferences preferences = new UiPreferences(options.dataDir());
        // the folder's remembered language; when the folder is not there (a USB drive not plugged in), the language
        // Setia last ran in, kept outside it, so the start-up dialog speaks the owner's language even then
        com.setia.store.KnownStores known = knownStores();
        I18n i18n = new I18n(preferences.rememberedLanguage()
                .or(() -> known.language().map(com.setia.i18n.Language::fromTag))
                .orElseGet(() -> preferences.language(Locale.getDefault())));
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> unexpected(i18n, thread, error));

        // The first window: the start screen, where and as large as the main window will be.
        StartScreen startScreen = new StartScreen(i18n);
        var desk = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(startScreen.root(), Math.min(CompositionRoot.WIDTH, desk.getWidth()),
                Math.min(CompositionRoot.HEIGHT, desk.getHeight()));
        // on a restart (after a restore) the title is still bound to the main window that was
        stage.titleProperty().unbind();
        stage.setTitle(i18n.t("app.title"));
        stage.setScene(scene);
        CompositionRoot.placeAsLastTime(stage, preferences);
        stage.show();
        // After the first frame is laid out: the theme's stylesheet is parsed while the store opens.
        Runnable afterFirstLayout = new Runnable() {
            @Override
            public void run() {
                scene.removePostLayoutPulseListener(this);
                Platform.runLater(Theme::install);
            }
        };
        scene.addPostLayoutPulseListener(afterFirstLayout);

        runner = new FxTaskRunner();
        java.util.Optional<String> asked = AppOptions.store(getParameters().getRaw(), System.getenv(), System.getProperties());
        runner.run(() -> openStore(options.dataDir(), asked,
                (finished, total) -> Platform.runLater(() -> startScreen.upgrading(finished, total))), opened -> {
                    database = opened;
                    if (opened.kind() == Database.Kind.EMBEDDED) known.remember(options.dataDir(), i18n.getLanguage().tag());
                    Theme.install(); // no-op when already done
                    Clock clock = Clock.systemDefaultZone();
                    // the shop's country until the owner sets it (Settings): from the window's language, as the command line does
                    String country = i18n.getLanguage() == com.setia.i18n.Language.ID
                            ? com.setia.customer.PhoneNumbers.INDONESIA : com.setia.customer.PhoneNumbers.MALAYSIA;
                    CompositionRoot root = new CompositionRoot(opened, new Services(opened, clock, country), i18n, preferences,
                            clock, runner, new com.setia.contact.DesktopWhatsApp(com.setia.contact.DesktopWhatsApp::reachable,
                                    getHostServices()::showDocument));
                    this.root = root;
                    // restoring a backup: the store is closed, the backup put in its place, and Setia starts again
                    root.onRestart(() -> Platform.runLater(() -> {
                        shutDown();
                        start(stage, chosenDataDir);
                    }));
                    root.show(stage);
                    warmSearch(root);
                }, error -> {
                    if (error instanceof StoreException e) {
                        cannotOpen(stage, i18n, e, options.dataDir(), preferences);
                    } else {
                        unexpected(i18n, Thread.currentThread(), error);
                    }
                });
    }

    /** The customer search index is built and warmed now, in the background, so Customers opens ready to type. */
    private static void warmSearch(CompositionRoot root) {
        Thread warm = new Thread(root.customers()::warmUpSearch, "setia-search-index");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    /**
     * The store cannot be opened: say what happened and offer the ways on instead of a dead end (look again for a
     * drive not plugged in, choose the folder, restore the newest good backup), then start again on the folder
     * those lead to.
     */
    private void cannotOpen(Stage stage, I18n i18n, StoreException e, java.nio.file.Path dataDir, UiPreferences preferences) {
        Theme.install();
        StartupDialogViewModel model = new StartupDialogViewModel(e, i18n,
                new com.setia.backup.StoreOpening(dataDir, knownStores()), preferences.backupFolder().orElse(null),
                java.time.ZoneId.systemDefault());
        stage.hide();
        java.util.Optional<java.nio.file.Path> startOn = StartupDialog.show(model, i18n);
        if (startOn.isPresent()) {
            start(stage, startOn.get());
        } else {
            Platform.exit();
        }
    }

    /** The folders this user had a store in, kept outside every data folder (see {@link com.setia.store.KnownStores}). */
    static com.setia.store.KnownStores knownStores() {
        return com.setia.store.KnownStores.forUser(System.getenv(), System.getProperties());
    }

    /** Opens the store; a store that cannot be opened is written to the log with its cause, then thrown on. */
    static Database openStore(java.nio.file.Path dataDir, Database.Progress progress) throws java.io.IOException {
        return openStore(dataDir, java.util.Optional.empty(), progress);
    }

    /** Opens the store asked for ({@code --store=}/{@code SETIA_STORE}), else the one chosen in Settings. */
    static Database openStore(java.nio.file.Path dataDir, java.util.Optional<String> asked, Database.Progress progress)
            throws java.io.IOException {
        try {
            com.setia.store.StoreAddress address;
            try {
                address = asked.isPresent() ? com.setia.store.StoreAddress.parse(asked.get())
                        : new com.setia.store.StoreSetting(dataDir).load();
            } catch (IllegalArgumentException e) {
                throw new com.setia.store.StoreAddressException(asked.orElse(""), e.getMessage());
            }
            LOG.info(() -> "Opening the store " + address.text());
            return address instanceof com.setia.store.StoreAddress.Server server
                    ? Database.openServer(server, dataDir)
                    // StoreOpening: a restore the owner asked for in the last session is done first
                    : new com.setia.backup.StoreOpening(dataDir, knownStores()).open(progress);
        } catch (StoreException e) {
            LOG.log(Level.SEVERE, "The store could not be opened in " + dataDir.toAbsolutePath(), e);
            throw e;
        }
    }

    private boolean showingUnexpected;

    /** Anything no screen handled: logged, and said to the owner in their language, one message at a time. */
    private void unexpected(I18n i18n, Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "Unexpected error in " + thread.getName(), error);
        Platform.runLater(() -> {
            if (showingUnexpected) return;
            showingUnexpected = true;
            Theme.install();
            // The owner reads what to do; the Java detail is in setia.log for whoever helps them.
            Alert alert = new Alert(AlertType.ERROR, i18n.t("common.error.unexpected"));
            alert.setTitle(i18n.t("app.title"));
            alert.setHeaderText(i18n.t("common.error.unexpected.title"));
            Theme.decorate(alert);
            alert.showAndWait();
            showingUnexpected = false;
        });
    }

    private CompositionRoot root;

    private void shutDown() {
        if (runner != null) runner.close();
        if (database != null) database.close();
        runner = null;
        database = null;
        root = null;
    }

    @Override
    public void stop() {
        Runnable exitBackup = () -> { };
        if (root != null && runner != null) {
            runner.close(); // the last saves finish first
            exitBackup = root.prepareExitBackup();
        }
        shutDown(); // closing compacts the store
        exitBackup.run(); // so the backup on exit holds the live data only
        LOG.info("Setia closed");
    }
}
