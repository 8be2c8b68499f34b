package com.setia.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import com.setia.app.Services;
import com.setia.common.FxTaskRunner;
import com.setia.exchange.CustomerImportService;
import com.setia.exchange.ImportWizardView;
import com.setia.exchange.ImportWizardViewModel;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.transfer.ImportMappingService;
import com.setia.ui.Theme;

/**
 * Opens the import wizard on a given file (no file dialog), to look at its pages under Xvfb:
 * {@code java -cp ... com.setia.tools.ImportWizardPreview FILE ms|id|en [DATA_DIR]}.
 */
public final class ImportWizardPreview {
    /** The JavaFX application (JavaFX must not be started from a main class that extends Application). */
    public static final class App extends Application {
    @Override
    public void start(Stage stage) throws Exception {
        var args = getParameters().getRaw();
        Path dir = args.size() > 2 ? Path.of(args.get(2)) : Files.createTempDirectory("setia-wizard");
        Database db = Database.openFolder(dir);
        Services s = new Services(db, Clock.systemDefaultZone());
        I18n i18n = new I18n(Language.fromTag(args.get(1)));
        Theme.install();
        var imports = new CustomerImportService(db.jdbi(), s.customers(), new ImportMappingService(db.jdbi(), Clock.systemUTC()),
                Clock.systemUTC(), s.country(), () -> { });
        ImportWizardViewModel vm = new ImportWizardViewModel(imports, new FxTaskRunner(), Platform::runLater, i18n::t);
        new ImportWizardView(vm, i18n, Platform::exit).show(null);
        vm.open(Path.of(args.get(0)));
    }

    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
