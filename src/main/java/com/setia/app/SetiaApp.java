package com.setia.app;

import com.setia.ui.Theme;
import java.time.Clock;
import java.util.Locale;

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
    private Database database;
    private FxTaskRunner runner;

    @Override
    public void start(Stage stage) {
        AppOptions options = AppOptions.from(getParameters().getRaw(), System.getenv(), System.getProperties());
        logTo(options.dataDir());
        UiPreferences preferences = new UiPreferences(options.dataDir());
        I18n i18n = new I18n(preferences.language(Locale.getDefault()));
        Theme.install();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> unexpected(i18n, error));
        try {
            database = Database.openFolder(options.dataDir());
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

    /** Logs go to setia.log in the data folder, for whoever helps the owner when something goes wrong. */
    private static void logTo(java.nio.file.Path dataDir) {
        try {
            java.nio.file.Files.createDirectories(dataDir);
            System.setProperty("org.slf4j.simpleLogger.logFile", dataDir.resolve("setia.log").toString());
        } catch (java.io.IOException | RuntimeException e) {
            // keep logging to the console; opening the store will explain the folder problem
        }
    }

    private boolean showingUnexpected;

    /** Anything no screen handled: logged, and said to the owner in their language, one message at a time. */
    private void unexpected(I18n i18n, Throwable error) {
        org.slf4j.LoggerFactory.getLogger(SetiaApp.class).error("Unexpected error", error);
        Platform.runLater(() -> {
            if (showingUnexpected) return;
            showingUnexpected = true;
            Alert alert = new Alert(AlertType.ERROR, i18n.t("common.error.unexpected", String.valueOf(error.getMessage())));
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
    }
}
