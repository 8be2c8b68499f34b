package com.setia.app;

import com.setia.ui.Theme;
import java.time.Clock;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Alert.AlertType;
import javafx.stage.Stage;

import com.setia.common.FxTaskRunner;
import com.setia.i18n.I18n;
import com.setia.store.Database;
import com.setia.store.StoreException;

/** Opens the store, wires the app and shows the main window; closes the store on exit. */
public final class SetiaApp extends Application {
    private static final Logger LOG = Logger.getLogger(SetiaApp.class.getName());
    private Database database;
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.from(getParameters().getRaw(), System.getenv(), System.getProperties());
        AppLog.start(options.dataDir());
        LOG.info(() -> "Setia starting; data folder " + options.dataDir().toAbsolutePath() + "; Java "
                + System.getProperty("java.version") + " on " + System.getProperty("os.name"));
        UiPreferences preferences = new UiPreferences(options.dataDir());
        I18n i18n = new I18n(preferences.language(Locale.getDefault()));
        Theme.install();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> unexpected(i18n, thread, error));
        try {
            database = openStore(options.dataDir());
        } catch (StoreException e) {
            StartupProblem problem = StartupProblem.of(e, i18n);
            Alert alert = new Alert(AlertType.ERROR, problem.message());
            alert.setTitle(i18n.t("app.title"));
            alert.setHeaderText(problem.title());
            Theme.decorate(alert);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        runner = new FxTaskRunner();
        Clock clock = Clock.systemDefaultZone();
        CompositionRoot root = new CompositionRoot(database, new Services(database, clock), i18n, preferences, clock, runner,
                new com.setia.contact.DesktopWhatsApp(com.setia.contact.DesktopWhatsApp::reachable, getHostServices()::showDocument));
        root.show(stage);
    }

    /** Opens the store; a store that cannot be opened is written to the log with its cause, then thrown on. */
    static Database openStore(java.nio.file.Path dataDir) {
        try {
            return Database.openFolder(dataDir);
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
            // The owner reads what to do; the Java detail is in setia.log for whoever helps them.
            Alert alert = new Alert(AlertType.ERROR, i18n.t("common.error.unexpected"));
            alert.setTitle(i18n.t("app.title"));
            alert.setHeaderText(i18n.t("common.error.unexpected.title"));
            Theme.decorate(alert);
            alert.showAndWait();
            showingUnexpected = false;
        });
    }

    @Override
    public void stop() {
        if (runner != null) runner.close();
        if (database != null) database.close();
        LOG.info("Setia closed");
    }
}
