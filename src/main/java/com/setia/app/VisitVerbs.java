package com.setia.app;

import com.setia.common.Refusal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import com.setia.relationship.Page;
import com.setia.relationship.QuietRow;
import com.setia.visit.CheckedRow;
import com.setia.visit.ImportProgress;
import com.setia.visit.RowProblem;
import com.setia.visit.VisitCsv;
import com.setia.visit.VisitImportCheck;
import com.setia.visit.VisitImportResult;

/**
 * The command-line verbs of visits, two rows of {@link CommandLine#VERBS} (so they open the store, speak the owner's
 * language and report a failure as every verb does): {@code import-visits FILE} prints one summary line (the rows
 * left out follow on standard error, one per line); {@code quiet} prints the going-quiet list as CSV.
 */
public final class VisitVerbs {
    public static final String IMPORT = "import-visits";
    public static final String QUIET = "quiet";

    private VisitVerbs() {
    }

    static int importVisits(CommandLine.Context c, List<String> args) throws IOException {
        if (args.size() != 1) throw new Refusal("visit.cli.usage");
        Path file = Path.of(args.get(0));
        try (CommandLine.Opened o = c.open()) {
            Services services = o.services();
            VisitImportCheck check = services.visits().checkImport(VisitCsv.read(file), c.i18n().getLanguage());
            VisitImportResult result = services.visits().importVisits(check, ImportProgress.NONE);
            c.out().println(c.i18n().t("visit.cli.imported", result.imported(), result.customers(), result.leftOut(),
                    file.getFileName()));
            for (CheckedRow row : check.refused()) {
                StringBuilder line = new StringBuilder(c.i18n().t("visit.cli.row", row.row().line()));
                for (RowProblem p : row.problems()) line.append(' ').append(c.i18n().t(p.key(), p.args().toArray()));
                c.err().println(line);
            }
        }
        return 0;
    }

    static int quiet(CommandLine.Context c, List<String> args) throws IOException {
        if (!args.isEmpty()) throw new Refusal("visit.cli.usage");
        try (CommandLine.Opened o = c.open()) {
            Page<QuietRow> page = o.services().relationship().goingQuiet(Integer.MAX_VALUE);
            CSVPrinter csv = new CSVPrinter(c.out(), CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
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
