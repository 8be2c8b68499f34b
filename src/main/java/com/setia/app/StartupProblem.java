package com.setia.app;

import com.setia.i18n.I18n;
import com.setia.store.StoreException;
import com.setia.store.StoreLockedException;

/** What the owner is told when the store cannot be opened, in their language: a sentence, not a stack trace. */
public record StartupProblem(String title, String message) {

    public static StartupProblem of(StoreException e, I18n i18n) {
        if (e instanceof StoreLockedException locked) {
            return new StartupProblem(i18n.t("store.locked.title"),
                    i18n.t("store.locked.message", locked.location().toString()));
        }
        if (e instanceof com.setia.store.StoreAddressException bad) {
            return new StartupProblem(i18n.t("store.error.title"),
                    i18n.t("store.address.problem", bad.address(), i18n.t(bad.reasonKey())));
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (e instanceof com.setia.store.StoreServerException server) {
            return new StartupProblem(i18n.t("store.server.title"), i18n.t("store.server.message", server.address(),
                    String.valueOf(root.getMessage()), com.setia.store.PgPass.forUser(System.getenv(), System.getProperties()).file()));
        }
        return new StartupProblem(i18n.t("store.error.title"),
                i18n.t("store.error.message", e.getMessage(), String.valueOf(root.getMessage())));
    }
}
