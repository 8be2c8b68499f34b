package com.setia.app;

import java.io.Console;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import com.setia.i18n.I18n;
import com.setia.storage.StorageException;
import com.setia.store.Database;
import com.setia.store.StoreAddress;
import com.setia.store.StoreException;
import com.setia.store.StoreLockedException;
import com.setia.store.StoreMover;

/**
 * {@code move-to-server ADDRESS}: copies this PC's embedded store (its data folder: {@code --data-dir=} or the
 * default) onto a PostgreSQL server, counts every table on both sides and, when they agree, makes the server the
 * store from the next start. The same as the button in Settings. Setia must be closed (the store file is locked
 * while it runs). The password is asked once and kept in the pgpass file, unless that file has it already.
 */
public final class MoveToServerCommand {
    public static final String VERB = "move-to-server";

    private MoveToServerCommand() {
    }

    /** Runs the verb; returns the exit code (0 moved and counted the same, 1 failed, 2 wrong use). */
    public static int run(List<String> args, Map<String, String> env, Properties system, PrintStream out, Console console) {
        AppOptions options = AppOptions.from(args, env, system);
        I18n i18n = new I18n(new UiPreferences(options.dataDir()).language(Locale.getDefault()));
        List<String> plain = args.stream().filter(a -> !a.startsWith("--")).toList();
        if (plain.size() != 2 || !plain.get(0).equals(VERB)) {
            out.println(i18n.t("storage.cli.usage"));
            return 2;
        }
        StoreAddress.Server server;
        try {
            if (!(StoreAddress.parse(plain.get(1)) instanceof StoreAddress.Server s)) {
                out.println(i18n.t("storage.cli.usage"));
                return 2;
            }
            server = s;
        } catch (IllegalArgumentException e) {
            out.println(i18n.t("store.address.problem", plain.get(1), i18n.t(e.getMessage())));
            return 2;
        }
        Database local;
        try {
            local = Database.openFolder(options.dataDir());
        } catch (StoreLockedException e) {
            out.println(i18n.t("storage.cli.closeSetia", e.location()));
            return 1;
        } catch (StoreException e) {
            java.util.logging.Logger.getLogger(MoveToServerCommand.class.getName())
                    .log(java.util.logging.Level.SEVERE, "move-to-server could not open the local store", e);
            out.println(i18n.t("storage.error.moveFailed") + " " + StartupProblem.of(e, i18n).message());
            return 1;
        }
        try (local) {
            Services services = new Services(local, Clock.systemDefaultZone());
            var storage = services.storage();
            String password = null;
            if (!storage.hasPassword(server)) {
                if (console == null) {
                    out.println(i18n.t("storage.cli.noPassword", server.text(), storage.passwordFile()));
                    return 2;
                }
                char[] typed = console.readPassword("%s", i18n.t("storage.cli.password", server.text()));
                password = typed == null ? "" : new String(typed);
            }
            out.println(i18n.t("storage.cli.moving", options.dataDir().toAbsolutePath(), server.text()));
            long[] shown = {-1};
            StoreMover.Report report = storage.moveToServer(server, password, (done, total) -> {
                long tenth = total == 0 ? 10 : done * 10 / total;
                if (tenth != shown[0]) {
                    shown[0] = tenth;
                    out.println(i18n.t("storage.move.progress", done, total));
                }
            });
            for (StoreMover.TableCount t : report.tables()) {
                out.println(i18n.t("storage.cli.table", t.table(), t.source(), t.target()));
            }
            if (!report.allSame()) {
                out.println(i18n.t("storage.move.mismatch"));
                return 1;
            }
            out.println(i18n.t("storage.move.done", report.rows(), server.text()));
            return 0;
        } catch (StorageException e) {
            out.println(i18n.t(e.messageKey(), storage(local)));
            return 1;
        }
    }

    private static Path storage(Database db) {
        return db.folder();
    }
}
