package com.setia.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;

import com.setia.app.Services;
import com.setia.common.FxTaskRunner;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.relationship.VisitImportPage;
import com.setia.store.Database;
import com.setia.ui.Theme;
import com.setia.visit.VisitImportViewModel;

/**
 * Opens Settings' "Import visits" page on a given file (no file dialog), to look at its preview under Xvfb:
 * {@code java -cp ... com.setia.tools.VisitImportPreview FILE ms|id|en DATA_DIR [WIDTH HEIGHT]}.
 */
public final class VisitImportPreview {
    /** The JavaFX application (JavaFX must not be started from a main class that extends Application). */
    public static final class App extends Application {
        @Override
        public void start(Stage stage) throws Exception {
            var args = getParameters().getRaw();
            Path dir = args.size() > 2 ? Path.of(args.get(2)) : Files.createTempDirectory("setia-visits");
            Database db = Database.openFolder(dir);
            Services s = new Services(db, Clock.systemDefaultZone());
            I18n i18n = new I18n(Language.fromTag(args.get(1)));
            Theme.install();
            VisitImportViewModel vm = new VisitImportViewModel(s.visits(), new FxTaskRunner(), Platform::runLater,
                    i18n::getLanguage, i18n::t);
            Parent page = (Parent) new VisitImportPage(vm, i18n).createView();
            double w = args.size() > 4 ? Double.parseDouble(args.get(3)) : 1100;
            double h = args.size() > 4 ? Double.parseDouble(args.get(4)) : 640;
            stage.setScene(Theme.scene(page, w, h));
            stage.show();
            vm.open(Path.of(args.get(0)));
        }
    }

    public static void main(String[] args) {
        Application.launch(App.class, args);
    }
}
