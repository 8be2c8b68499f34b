package com.setia.testsupport;

import java.util.UUID;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.setia.store.Database;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh in-memory H2 store per test, migrated by the real migrations. Use with
 * {@code @RegisterExtension final TestStore store = new TestStore();}.
 */
public final class TestStore implements BeforeEachCallback, AfterEachCallback {
    private Database database;

    @Override
    public void beforeEach(ExtensionContext context) {
        database = Database.openInMemory("test-" + UUID.randomUUID());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        database.close();
    }

    public Database database() {
        return database;
    }

    public Jdbi jdbi() {
        return database.jdbi();
    }
}
