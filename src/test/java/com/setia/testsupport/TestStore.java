package com.setia.testsupport;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.setia.app.Services;
import com.setia.store.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh store per test, migrated by the real migrations: an in-memory H2 store, or, when the build runs the
 * store tests on PostgreSQL ({@code -Dsetia.test.store=postgresql}, the {@code postgresql} execution of the pom),
 * an empty schema of its own on the {@link PgTestServer}. Use with
 * {@code @RegisterExtension final TestStore store = new TestStore();}.
 */
public final class TestStore implements BeforeEachCallback, AfterEachCallback {
    /** The store the tests of this run use: {@code h2} (default) or {@code postgresql}. */
    public static final String KIND = System.getProperty("setia.test.store", "h2").toLowerCase(Locale.ROOT);

    private Database database;
    private PgTestServer.Schema schema;
    private Services services;

    @Override
    public void beforeEach(ExtensionContext context) {
        if (onPostgres()) {
            schema = PgTestServer.freshSchema();
            database = schema.open();
        } else {
            database = Database.openInMemory("test-" + UUID.randomUUID());
        }
        services = null;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (database != null) database.close();
        if (schema != null) {
            schema.drop();
            schema = null;
        }
    }

    /** True when this run's store tests use the PostgreSQL server. */
    public static boolean onPostgres() {
        return KIND.equals("postgresql");
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
