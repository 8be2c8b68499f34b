package com.setia.store;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * A Flyway callback that stops an upgrade right after migration {@code version} ran, inside its transaction (so H2
 * has committed its DDL but Flyway has not yet recorded it): abruptly ({@code halt}, as a kill or a power cut) or
 * with an exception (as a full disk).
 */
final class MigrationStop implements Callback {
    private final String version;
    private final boolean halt;

    MigrationStop(String version, boolean halt) {
        this.version = version;
        this.halt = halt;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_EACH_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (context.getMigrationInfo() != null && version.equals(context.getMigrationInfo().getVersion().toString())) {
            if (halt) {
                System.out.flush();
                Runtime.getRuntime().halt(9);
            }
            throw new IllegalStateException("No space left on device (simulated) after V" + version);
        }
    }

    @Override
    public String getCallbackName() {
        return "stop-after-" + version;
    }
}
