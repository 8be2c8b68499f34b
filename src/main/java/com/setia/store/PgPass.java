package com.setia.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * PostgreSQL's standard password file ({@code ~/.pgpass}; {@code %APPDATA%\postgresql\pgpass.conf} on Windows;
 * {@code PGPASSFILE} when set), one {@code host:port:database:user:password} line per server. pgjdbc, psql and
 * pg_dump all read it, so Setia never keeps the server's password itself: it writes the line here, readable by the
 * user alone (mode 600), and connects without a password. See docs/decisions/0024.
 */
public final class PgPass {
    private final Path file;

    public PgPass(Path file) {
        this.file = file;
    }

    /** The file pgjdbc reads for this user: {@code org.postgresql.pgpassfile}, {@code PGPASSFILE}, or the default. */
    public static PgPass forUser(Map<String, String> env, java.util.Properties system) {
        String prop = system.getProperty("org.postgresql.pgpassfile");
        if (prop != null && !prop.isBlank()) return new PgPass(Path.of(prop));
        String fromEnv = env.get("PGPASSFILE");
        if (fromEnv != null && !fromEnv.isBlank()) return new PgPass(Path.of(fromEnv));
        String os = system.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && env.get("APPDATA") != null) {
            return new PgPass(Path.of(env.get("APPDATA"), "postgresql", "pgpass.conf"));
        }
        return new PgPass(Path.of(system.getProperty("user.home", "."), ".pgpass"));
    }

    public Path file() {
        return file;
    }

    /** True when a line of the file gives a password for this server and user. */
    public boolean hasPasswordFor(StoreAddress.Server server) {
        return password(server).isPresent();
    }

    /** The password this file gives for the server and user, if any. */
    public Optional<String> password(StoreAddress.Server server) {
        for (String line : lines()) {
            List<String> f = fields(line);
            if (f.size() == 5 && matches(f, server)) return Optional.of(f.get(4));
        }
        return Optional.empty();
    }

    /**
     * Keeps {@code password} for this server and user: replaces the line that names exactly them, else adds one.
     * The file is rewritten whole (through a temporary file) and left readable by its owner alone.
     */
    public void store(StoreAddress.Server server, String password) throws IOException {
        String entry = String.join(":", escape(server.host()), Integer.toString(server.port()), escape(server.database()),
                escape(server.user()), escape(password));
        List<String> out = new ArrayList<>();
        boolean replaced = false;
        for (String line : lines()) {
            List<String> f = fields(line);
            boolean same = f.size() == 5 && f.get(0).equals(server.host()) && f.get(1).equals(Integer.toString(server.port()))
                    && f.get(2).equals(server.database()) && f.get(3).equals(server.user());
            if (same && !replaced) {
                out.add(entry);
                replaced = true;
            } else if (!same) {
                out.add(line);
            }
        }
        if (!replaced) out.add(entry);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".pgpass", ".tmp");
        try {
            ownerOnly(tmp);
            Files.write(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        ownerOnly(file);
    }

    private static void ownerOnly(Path p) throws IOException {
        try {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // Windows: %APPDATA% is the user's own folder already.
        }
    }

    private List<String> lines() {
        if (!Files.isRegularFile(file)) return List.of();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean matches(List<String> f, StoreAddress.Server s) {
        return any(f.get(0), s.host()) && any(f.get(1), Integer.toString(s.port())) && any(f.get(2), s.database())
                && any(f.get(3), s.user());
    }

    private static boolean any(String field, String value) {
        return field.equals("*") || field.equals(value);
    }

    /** The fields of a line, with {@code \:} and {@code \\} unescaped; comments and blanks have none. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        if (line.isBlank() || line.startsWith("#")) return out;
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                field.append(line.charAt(++i));
            } else if (c == ':' && out.size() < 4) {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        out.add(field.toString());
        return out;
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(":", "\\:");
    }
}
