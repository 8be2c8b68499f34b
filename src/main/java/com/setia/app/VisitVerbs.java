package com.setia.app;

import com.setia.common.Refusal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.relationship.Page;
import com.setia.relationship.QuietRow;
import com.setia.store.Database;
import com.setia.visit.CheckedRow;
import com.setia.visit.ImportProgress;
import com.setia.visit.RowProblem;
import com.setia.visit.VisitCsv;
import com.setia.visit.VisitImportCheck;
import com.setia.visit.VisitImportResult;

/**
 * The command-line verbs of visits, run without a window on the store of {@code --data-dir} (as for the app):
 * {@code import-visits FILE} prints one summary line (the rows left out follow on standard error, one per line);
 * {@code quiet} prints the going-quiet list as CSV. Exit status 0 on success, 1 on failure.
 */
public final class VisitVerbs {
    public static final String IMPORT = "import-visits";
    public static final String QUIET = "quiet";

    private VisitVerbs() {
    }

    public static boolean handles(String verb) {
        return IMPORT.equals(verb) || QUIET.equals(verb);
    }

    /** Runs the verb in {@code args[0]}; returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        I18n i18n = new I18n(Language.fromLocale(Locale.getDefault()));
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        Path dataDir = AppOptions.from(rest, System.getenv(), new Properties()).dataDir();
        rest.removeIf(a -> a.startsWith(AppOptions.ARG));
        if (IMPORT.equals(args[0]) && rest.size() != 1 || QUIET.equals(args[0]) && !rest.isEmpty()) {
            err.println(i18n.t("visit.cli.usage"));
            return 1;
        }
        try (Database database = Database.openFolder(dataDir)) {
            Services services = new Services(database, clock);
            return IMPORT.equals(args[0]) ? importVisits(services, Path.of(rest.get(0)), i18n, out, err)
                    : quiet(services, out);
        } catch (Refusal e) {
            err.println(String.join(" ", e.problems().stream().map(p -> i18n.t(p.message())).toList()));
            return 1;
        } catch (RuntimeException | IOException e) {
            err.println(i18n.t("visit.cli.failed", e.getMessage()));
            return 1;
        }
    }

    private static int importVisits(Services services, Path file, I18n i18n, PrintStream out, PrintStream err) {
        VisitImportCheck check = services.visits().checkImport(VisitCsv.read(file), i18n.getLanguage());
        VisitImportResult result = services.visits().importVisits(check, ImportProgress.NONE);
        out.println(i18n.t("visit.cli.imported", result.imported(), result.customers(), result.leftOut(), file.getFileName()));
        for (CheckedRow row : check.refused()) {
            StringBuilder line = new StringBuilder(i18n.t("visit.cli.row", row.row().line()));
            for (RowProblem p : row.problems()) line.append(' ').append(i18n.t(p.key(), p.args().toArray()));
            err.println(line);
        }
        return 0;
    }

    private static int quiet(Services services, PrintStream out) throws IOException {
        Page<QuietRow> page = services.relationship().goingQuiet(Integer.MAX_VALUE);
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            csv.printRecord("customer_id", "name", "phone", "last_visit", "usual_gap_days", "days_since_last_visit");
            for (QuietRow r : page.rows()) {
                csv.printRecord(r.customer().id(), r.customer().name(), r.customer().phone() == null ? "" : r.customer().phone(),
                        r.quiet().lastVisit(), r.quiet().usualGap(), r.quiet().daysSince());
            }
            csv.flush();
        }
        return 0;
    }

}
