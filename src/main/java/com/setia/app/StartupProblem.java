package com.setia.app;

import com.setia.i18n.I18n;
import com.setia.store.StoreException;
import com.setia.store.StoreDamagedException;
import com.setia.store.StoreLockedException;
import com.setia.store.StoreMissingException;
import com.setia.store.StoreTooNewException;
import com.setia.store.StoreUpgradeFailedException;

/** What the owner is told when the store cannot be opened, in their language: a sentence, not a stack trace. */
public record StartupProblem(String title, String message) {

    /** True when the backups can help: the store is missing, damaged or half upgraded (not merely in use or newer). */
    public static boolean backupsCanHelp(StoreException e) {
        return e instanceof StoreMissingException || e instanceof StoreDamagedException
                || (e instanceof StoreUpgradeFailedException f && !f.restored());
    }

    public static StartupProblem of(StoreException e, I18n i18n) {
        if (e instanceof StoreLockedException locked) {
            return new StartupProblem(i18n.t("store.locked.title"),
                    i18n.t("store.locked.message", locked.location().toString()));
        }
        if (e instanceof StoreMissingException missing) {
            return new StartupProblem(i18n.t("store.missing.title"), i18n.t("store.missing.message", missing.folder().toString()));
        }
        if (e instanceof StoreDamagedException damaged) {
            return new StartupProblem(i18n.t("store.damaged.title"), i18n.t("store.damaged.message", damaged.folder().toString()));
        }
        if (e instanceof StoreTooNewException newer) {
            return new StartupProblem(i18n.t("store.tooNew.title"), i18n.t("store.tooNew.message"));
        }
        if (e instanceof StoreUpgradeFailedException failed) {
            return new StartupProblem(i18n.t("store.upgradeFailed.title"),
                    i18n.t(failed.restored() ? "store.upgradeFailed.restored" : "store.upgradeFailed.notRestored"));
        }
        if (e instanceof com.setia.store.StoreAddressException bad) {
            return new StartupProblem(i18n.t("store.error.title"),
                    i18n.t("store.address.problem", bad.address(), i18n.t(bad.reasonKey())));
        }
        if (e instanceof com.setia.store.StoreServerException server) {
            Throwable root = e;
            while (root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            return new StartupProblem(i18n.t("store.server.title"), i18n.t("store.server.message", server.address(),
                    String.valueOf(root.getMessage()), com.setia.store.PgPass.forUser(System.getenv(), System.getProperties()).file()));
        }
        // Java's and H2's own words go to setia.log (the start-up logs the exception), not to the owner.
        String cause = switch (e.trouble()) {
            case NOT_ALLOWED -> i18n.t("store.error.notAllowed");
            case DISK_FULL -> i18n.t("store.error.diskFull");
            case OTHER -> i18n.t("store.error.other");
        };
        return new StartupProblem(i18n.t("store.error.title"), i18n.t("store.error.message",
                e.where() == null ? i18n.t("store.error.unknownPlace") : e.where(), cause));
    }
}
