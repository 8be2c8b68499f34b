package com.setia.testsupport;

import java.util.UUID;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.setia.app.Services;
import com.setia.store.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh in-memory H2 store per test, migrated by the real migrations. Use with
 * {@code @RegisterExtension final TestStore store = new TestStore();}.
 */
public final class TestStore implements BeforeEachCallback, AfterEachCallback {
    private Database database;
    private Services services;

    @Override
    public void beforeEach(ExtensionContext context) {
        database = Database.openInMemory("test-" + UUID.randomUUID());
        services = null;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        database.close();
    }

    public Database database() {
        return database;
    }

    /** Every service over this store, wired as the app wires them (made once per test, with the first clock given). */
    public Services services(java.time.Clock clock) {
        if (services == null) {
            services = new Services(database, clock);
        }
        return services;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }
}
