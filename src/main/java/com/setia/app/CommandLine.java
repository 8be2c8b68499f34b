package com.setia.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.setia.backup.BackupCatalog;
import com.setia.backup.BackupFile;
import com.setia.backup.BackupService;
import com.setia.backup.StoreOpening;
import com.setia.common.Progress;
import com.setia.common.Refusal;
import com.setia.customer.PhoneNumbers;
import com.setia.exchange.CustomerImportService;
import com.setia.exchange.ExportService;
import com.setia.exchange.ImportReport;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.store.StoreException;
import com.setia.transfer.ImportMappingService;
import com.setia.transfer.TransferException;

/**
 * Setia without a window: {@code import FILE}, {@code export FILE}, {@code backup [FOLDER]}, {@code restore BACKUP},
 * {@code import-visits FILE}, {@code quiet} (the last two in {@link VisitVerbs}), each with {@code --data-dir=...} as for the app, printing one summary line in the owner's language and exiting
 * non-zero on failure, so a shop can schedule its backups. The verbs are a table: another feature adds its own with
 * {@link #VERBS}{@code .put(name, verb)} in one line.
 */
public final class CommandLine {
    private static final Logger LOG = Logger.getLogger(CommandLine.class.getName());

    /** What a verb is given: the data folder, where to print, the owner's language, the clock. */
    public record Context(Path dataDir, PrintStream out, PrintStream err, I18n i18n, Clock clock, UiPreferences preferences) {
        /** Opens the store as the app does (finishing a pending restore, upgrading) with every service wired. */
        public Opened open() throws IOException {
            Database db = new StoreOpening(dataDir, SetiaApp.knownStores()).open();
            String country = i18n.getLanguage() == Language.ID ? PhoneNumbers.INDONESIA : PhoneNumbers.MALAYSIA;
            Services services = new Services(db, clock, country);
            services.customers().internationalisePhones();
            return new Opened(db, services);
        }

        public BackupService backups(Opened o, Path folder) {
            Path chosen = folder != null ? folder : preferences.backupFolder().orElse(null);
            return new BackupService(o.db(), o.services().customers(), o.services().winback(), o.services().letters(),
                    () -> chosen, clock);
        }
    }

    /** An open store with its services; closing it closes the store. */
    public record Opened(Database db, Services services) implements AutoCloseable {
        @Override
        public void close() {
            db.close();
        }
    }

    /** One verb: runs with its arguments (the data folder option removed) and returns the exit code. */
    @FunctionalInterface
    public interface Verb {
        int run(Context context, List<String> args) throws Exception;
    }

    public static final Map<String, Verb> VERBS = new LinkedHashMap<>();

    static {
        VERBS.put("import", CommandLine::importFile);
        VERBS.put("export", CommandLine::exportFile);
        VERBS.put("backup", CommandLine::backup);
        VERBS.put("restore", CommandLine::restore);
        VERBS.put(VisitVerbs.IMPORT, VisitVerbs::importVisits);
        VERBS.put(VisitVerbs.QUIET, VisitVerbs::quiet);
    }

    private CommandLine() {
    }

    /** True when the arguments start with a verb: then no window is started. */
    public static boolean isVerb(String[] args) {
        return args.length > 0 && VERBS.containsKey(args[0]);
    }

    /** Runs the verb in {@code args[0]}; returns the process exit code (0: done). Details go to standard error. */
    public static int run(String[] args, PrintStream out, Clock clock) {
        return run(args, out, System.err, clock);
    }

    /** As {@link #run(String[], PrintStream, Clock)}; {@code err} takes what follows the summary line (rows left out). */
    public static int run(String[] args, PrintStream out, PrintStream err, Clock clock) {
        AppOptions options = AppOptions.from(List.of(args), System.getenv(), System.getProperties());
        UiPreferences preferences = new UiPreferences(options.dataDir());
        I18n i18n = new I18n(preferences.language(Locale.getDefault()));
        List<String> rest = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith(AppOptions.ARG)) rest.add(args[i]);
        }
        Context context = new Context(options.dataDir(), out, err, i18n, clock, preferences);
        try {
            return VERBS.get(args[0]).run(context, rest);
        } catch (TransferException e) {
            out.println(i18n.t("cli.failed", i18n.t(e.problem())));
        } catch (Refusal e) {
            out.println(i18n.t("cli.failed", i18n.t(e.messages().get(0))));
        } catch (StoreException e) {
            LOG.log(Level.SEVERE, "Command " + args[0] + " could not open the store", e);
            out.println(i18n.t("cli.failed", StartupProblem.of(e, i18n).title()));
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Command " + args[0] + " failed", e);
            out.println(i18n.t("cli.failed", i18n.t("common.error.unexpected"))); // Java's words go to setia.log
        }
        return 1;
    }

    private static Path oneFile(Context c, List<String> args, String verb) {
        if (args.size() != 1) {
            throw new Refusal("cli.usage." + verb);
        }
        return Path.of(args.get(0)).toAbsolutePath();
    }

    static int importFile(Context c, List<String> args) throws IOException {
        Path file = oneFile(c, args, "import");
        try (Opened o = c.open()) {
            BackupService backups = c.backups(o, null);
            var jdbi = o.db().jdbi();
            CustomerImportService imports = new CustomerImportService(jdbi, o.services().customers(),
                    new ImportMappingService(jdbi, c.clock()), c.clock(), o.services().country(),
                    () -> backups.backupNow("before-import"));
            String name = file.getFileName().toString();
            Path report = file.resolveSibling(name.replaceAll("\\.[^.]*$", "") + "-left-out.csv");
            ImportReport r = imports.importFile(file, report, m -> c.i18n().t(m), Progress.NONE);
            c.out().println(r.leftOutReport() == null
                    ? c.i18n().t("cli.import.done", r.imported(), r.merged(), r.leftOut())
                    : c.i18n().t("cli.import.doneWithReport", r.imported(), r.merged(), r.leftOut(), r.leftOutReport()));
        }
        return 0;
    }

    static int exportFile(Context c, List<String> args) throws IOException {
        Path file = oneFile(c, args, "export");
        try (Opened o = c.open()) {
            Services s = o.services();
            var r = new ExportService(o.db().jdbi(), s.customers(), s.incidents(), s.winback(), s.reasons(), s.letters())
                    .exportAll(file, Progress.NONE);
            c.out().println(c.i18n().t("cli.export.done", r.customers(), file));
        }
        return 0;
    }

    static int backup(Context c, List<String> args) throws IOException {
        if (args.size() > 1) throw new Refusal("cli.usage.backup");
        Path folder = args.isEmpty() ? null : Path.of(args.get(0)).toAbsolutePath();
        try (Opened o = c.open()) {
            BackupFile b = c.backups(o, folder).backupNow("manual");
            c.out().println(c.i18n().t("cli.backup.done", b.path(), b.customers(), b.cases(), b.letters()));
        }
        return 0;
    }

    static int restore(Context c, List<String> args) throws IOException {
        Path zip = oneFile(c, args, "restore");
        BackupFile b = BackupCatalog.inspect(zip, c.clock().getZone());
        if (!b.usable()) {
            throw new Refusal(b.problem().key());
        }
        StoreOpening opening = new StoreOpening(c.dataDir(), SetiaApp.knownStores());
        boolean safetyBackup;
        try (Opened o = c.open()) {
            c.backups(o, null).backupBeforeRestore(zip);
            safetyBackup = true;
        } catch (StoreException cannotOpen) {
            LOG.log(Level.WARNING, "The store cannot be opened; it is kept beside the restored one", cannotOpen);
            safetyBackup = false;
        }
        opening.restore(zip, !safetyBackup);
        try (Opened o = c.open()) {
            c.out().println(c.i18n().t("cli.restore.done", zip, o.services().customers().count(),
                    o.services().winback().countCases(), o.services().letters().count()));
        }
        return 0;
    }
}
