package com.setia.app;

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
        UiPreferences preferences = new UiPreferences(options.dataDir());
        I18n i18n = new I18n(preferences.language(Locale.getDefault()));
        Theme.install();
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
        CompositionRoot root = new CompositionRoot(database, i18n, preferences, Clock.systemDefaultZone(), runner);
        root.show(stage);
    }

    @Override
    public void stop() {
        if (runner != null) runner.close();
        if (database != null) database.close();
    }
}
