package com.setia.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.setia.store.Database;

/**
 * The PostgreSQL server the tests may use: {@code SETIA_TEST_PG} (or {@code -Dsetia.test.pg}) holds a pgjdbc URL
 * with user and password, e.g. {@code jdbc:postgresql://localhost:5432/setia_test?user=setia&password=...}
 * ({@code .ci/run} starts a throw-away server and sets it). Each test gets a schema of its own, dropped afterwards.
 */
public final class PgTestServer {
    public static final String ENV = "SETIA_TEST_PG";

    private PgTestServer() {
    }

    /** The server's URL, when one is configured. */
    public static Optional<String> url() {
        String prop = System.getProperty("setia.test.pg");
        if (prop != null && !prop.isBlank()) return Optional.of(prop.strip());
        String env = System.getenv(ENV);
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env.strip());
    }

    /** Why PostgreSQL tests cannot run here, or empty when they can. */
    public static Optional<String> unavailableReason() {
        Optional<String> url = url();
        if (url.isEmpty()) {
            return Optional.of("no PostgreSQL server configured: set " + ENV
                    + "=jdbc:postgresql://HOST:PORT/DB?user=U&password=P to run the store tests on PostgreSQL too");
        }
        try (Connection c = DriverManager.getConnection(url.get())) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of("PostgreSQL server at " + ENV + " not reachable: " + e.getMessage());
        }
    }

    /** A new empty schema on the server, and the URL that works in it. */
    public static Schema freshSchema() {
        String base = url().orElseThrow(() -> new IllegalStateException(unavailableReason().orElse("")));
        String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        execute(base, "CREATE SCHEMA " + name);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + name;
        return new Schema(base, name, url);
    }

    /** One test's schema: {@link #open()} a store in it; {@link #drop()} it afterwards. */
    public record Schema(String baseUrl, String name, String url) {
        public Database open() {
            return Database.openServerUrl(url, null);
        }

        public void drop() {
            execute(baseUrl, "DROP SCHEMA IF EXISTS " + name + " CASCADE");
        }
    }

    private static void execute(String url, String sql) {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test server: " + sql + ": " + e.getMessage(), e);
        }
    }
}
