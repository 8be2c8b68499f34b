package com.setia.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Where the shop's data lives: the embedded H2 file in the data folder (the default), or a PostgreSQL server shared
 * by several PCs. Written as {@code embedded}, or as a server address without its password:
 * {@code postgresql://USER@HOST[:PORT]/DATABASE} (libpq's form) or {@code jdbc:postgresql://HOST[:PORT]/DATABASE?user=USER}.
 * The password never travels in the address: pgjdbc reads it from the standard password file ({@link PgPass}).
 */
public sealed interface StoreAddress {
    String EMBEDDED = "embedded";

    /** The text form, as given to {@code --store=} or {@code SETIA_STORE} and kept in {@code setia-store.properties}. */
    String text();

    /** The embedded H2 store in a data folder. */
    record Embedded() implements StoreAddress {
        @Override
        public String text() {
            return EMBEDDED;
        }
    }

    /** A PostgreSQL server database, reached as {@code user}. */
    record Server(String host, int port, String database, String user) implements StoreAddress {
        public static final int DEFAULT_PORT = 5432;

        public Server {
            Objects.requireNonNull(host, "host");
            Objects.requireNonNull(database, "database");
            Objects.requireNonNull(user, "user");
            if (host.isBlank() || database.isBlank() || user.isBlank() || port <= 0 || port > 65535) {
                throw new IllegalArgumentException("incomplete server address");
            }
        }

        /** The pgjdbc URL; the user goes separately, the password comes from the password file. */
        public String jdbcUrl() {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return "jdbc:postgresql://" + h + ":" + port + "/" + database;
        }

        @Override
        public String text() {
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return "postgresql://" + user + "@" + h + (port == DEFAULT_PORT ? "" : ":" + port) + "/" + database;
        }
    }

    static StoreAddress embedded() {
        return new Embedded();
    }

    /**
     * Reads a store address. Blank, {@code embedded} or {@code h2} is the embedded store.
     *
     * @throws IllegalArgumentException (message: a bundle key under {@code store.address.}) when the text is not an
     *         address Setia can use, e.g. it carries a password
     */
    static StoreAddress parse(String text) {
        if (text == null || text.isBlank()) return new Embedded();
        String t = text.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.equals(EMBEDDED) || lower.equals("h2")) return new Embedded();
        String rest;
        if (lower.startsWith("jdbc:postgresql://")) {
            rest = t.substring("jdbc:".length());
        } else if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            rest = t;
        } else {
            throw new IllegalArgumentException("store.address.unknown");
        }
        URI uri;
        try {
            uri = new URI(rest);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("store.address.unreadable", e);
        }
        String user = null;
        if (uri.getRawUserInfo() != null) {
            String info = uri.getRawUserInfo();
            if (info.contains(":")) throw new IllegalArgumentException("store.address.password");
            user = decode(info);
        }
        String database = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                int eq = pair.indexOf('=');
                String key = decode(eq < 0 ? pair : pair.substring(0, eq)).toLowerCase(Locale.ROOT);
                String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
                if (key.equals("password")) throw new IllegalArgumentException("store.address.password");
                if (key.equals("user")) user = value;
            }
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) throw new IllegalArgumentException("store.address.noHost");
        if (database.isBlank() || database.contains("/")) throw new IllegalArgumentException("store.address.noDatabase");
        if (user == null || user.isBlank()) throw new IllegalArgumentException("store.address.noUser");
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        int port = uri.getPort() < 0 ? Server.DEFAULT_PORT : uri.getPort();
        return new Server(host, port, decode(database), user);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

}
