package com.setia.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Copies a whole store into another one (the shop's embedded store onto its new PostgreSQL server), table by table,
 * parents before children, in ONE transaction on the target: a failure, a cancel or a kill leaves the target as it
 * was. Both stores are opened (so migrated) by this version of Setia first, so they have the same tables. Knows no
 * feature: the tables are read from the source's catalogue.
 * <p>
 * A server that already holds a shop's records (a row in any table with generated ids: customers, incidents,
 * cases, letters...) is refused: nothing is copied, nothing there is touched. Otherwise the server holds only what
 * its migrations seeded (forms of address, act-fast thresholds): those tables are emptied and take the source's rows.
 * Afterwards every table is counted on both sides.
 */
public final class StoreMover {
    private static final String HISTORY = "flyway_schema_history";
    private static final int BATCH = 500;

    /** Progress: rows copied of all, and the way to stop (checked between batches). */
    public interface Listener {
        void copied(long rows, long total);

        default boolean cancelled() {
            return false;
        }
    }

    /** One table's rows in the source and, after the copy, in the target. */
    public record TableCount(String table, long source, long target) {
        public boolean same() {
            return source == target;
        }
    }

    /** What was moved: every table's counts (all equal when the move succeeded). */
    public record Report(List<TableCount> tables) {
        public long rows() {
            return tables.stream().mapToLong(TableCount::source).sum();
        }

        public boolean allSame() {
            return tables.stream().allMatch(TableCount::same);
        }
    }

    /** The target already holds shop data; nothing was copied. {@link #table()} is the first table found in use. */
    public static final class TargetNotEmptyException extends StoreException {
        private final String table;
        private final long rows;

        public TargetNotEmptyException(String table, long rows) {
            super("The server store already holds data (" + rows + " rows in " + table + ")", null);
            this.table = table;
            this.rows = rows;
        }

        public String table() {
            return table;
        }

        public long rows() {
            return rows;
        }
    }

    /** The move was cancelled; the target is as it was. */
    public static final class CancelledException extends StoreException {
        public CancelledException() {
            super("Moving the store was cancelled; nothing was copied", null);
        }
    }

    private StoreMover() {
    }

    /** Copies everything in {@code from} into {@code to}, counts both sides and returns the counts. */
    public static Report move(Database from, Database to, Listener listener) {
        return from.jdbi().withHandle(src -> to.jdbi().withHandle(dst -> {
            Connection in = src.getConnection();
            Connection out = dst.getConnection();
            try {
                return copy(in, out, listener);
            } catch (SQLException e) {
                throw new StoreException("Cannot copy the store to " + to.description() + ": " + e.getMessage(), e);
            }
        }));
    }

    private static Report copy(Connection in, Connection out, Listener listener) throws SQLException {
        List<String> tables = tablesParentsFirst(in);
        Set<String> records = identityTables(in);
        Map<String, Long> sourceCounts = new LinkedHashMap<>();
        long total = 0;
        for (String t : tables) {
            long n = count(in, t);
            sourceCounts.put(t, n);
            total += n;
        }
        boolean auto = out.getAutoCommit();
        out.setAutoCommit(false);
        try {
            for (String t : tables) {
                long there = count(out, t);
                if (there > 0 && records.contains(t)) {
                    throw new TargetNotEmptyException(t, there);
                }
            }
            // What the server's migrations seeded goes (children first); the source's rows take its place.
            List<String> reversed = new ArrayList<>(tables);
            java.util.Collections.reverse(reversed);
            for (String t : reversed) {
                try (Statement s = out.createStatement()) {
                    s.executeUpdate("DELETE FROM " + t);
                }
            }
            long done = 0;
            for (String t : tables) {
                done = copyTable(in, out, t, done, total, listener);
            }
            resetIdentities(out, tables);
            out.commit();
        } catch (SQLException | RuntimeException e) {
            out.rollback();
            throw e;
        } finally {
            out.setAutoCommit(auto);
        }
        List<TableCount> counts = new ArrayList<>();
        for (String t : tables) {
            counts.add(new TableCount(t, sourceCounts.get(t), count(out, t)));
        }
        return new Report(counts);
    }

    private static long copyTable(Connection in, Connection out, String table, long done, long total, Listener listener)
            throws SQLException {
        try (Statement s = in.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
            var meta = rs.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>();
            int[] types = new int[n];
            for (int i = 1; i <= n; i++) {
                columns.add(meta.getColumnLabel(i).toLowerCase(Locale.ROOT));
                types[i - 1] = meta.getColumnType(i);
            }
            String sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", java.util.Collections.nCopies(n, "?")) + ")";
            try (PreparedStatement insert = out.prepareStatement(sql)) {
                int pending = 0;
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        insert.setObject(i, value(rs, i, types[i - 1]));
                    }
                    insert.addBatch();
                    done++;
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                        progress(listener, done, total);
                    }
                }
                if (pending > 0) insert.executeBatch();
                progress(listener, done, total);
            }
        }
        return done;
    }

    private static void progress(Listener listener, long done, long total) {
        if (listener.cancelled()) throw new CancelledException();
        listener.copied(done, total);
    }

    private static Object value(ResultSet rs, int i, int type) throws SQLException {
        Object v = switch (type) {
            case Types.CLOB, Types.NCLOB -> rs.getString(i);
            case Types.BLOB, Types.VARBINARY, Types.BINARY, Types.LONGVARBINARY -> rs.getBytes(i);
            case Types.TIMESTAMP_WITH_TIMEZONE -> rs.getObject(i, java.time.OffsetDateTime.class);
            case Types.TIMESTAMP -> rs.getObject(i, java.time.LocalDateTime.class);
            case Types.DATE -> rs.getObject(i, java.time.LocalDate.class);
            default -> rs.getObject(i);
        };
        return rs.wasNull() ? null : v;
    }

    /** Identity columns continue after the copied ids (PostgreSQL keeps the next value in a sequence). */
    private static void resetIdentities(Connection out, List<String> tables) throws SQLException {
        if (!out.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")) return;
        for (String t : tables) {
            List<String> identity = new ArrayList<>();
            try (PreparedStatement p = out.prepareStatement("SELECT column_name FROM information_schema.columns "
                    + "WHERE table_schema = current_schema() AND table_name = ? AND is_identity = 'YES'")) {
                p.setString(1, t);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) identity.add(rs.getString(1));
                }
            }
            for (String c : identity) {
                try (Statement s = out.createStatement()) {
                    s.execute("SELECT setval(pg_get_serial_sequence('" + t + "', '" + c + "'), COALESCE(MAX(" + c
                            + "), 0) + 1, false) FROM " + t);
                }
            }
        }
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The store's tables (lower case, without Flyway's history), each after the tables it refers to. */
    static List<String> tablesParentsFirst(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        List<String> all = new ArrayList<>();
        try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!name.equals(HISTORY)) all.add(name);
            }
        }
        java.util.Collections.sort(all);
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (String t : all) {
            Set<String> p = new LinkedHashSet<>();
            try (ResultSet rs = meta.getImportedKeys(null, schema, storedName(meta, t))) {
                while (rs.next()) {
                    String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
                    if (!parent.equals(t)) p.add(parent);
                }
            }
            parents.put(t, p);
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < all.size()) {
            boolean progressed = false;
            for (String t : all) {
                if (!ordered.contains(t) && ordered.containsAll(parents.get(t))) {
                    ordered.add(t);
                    progressed = true;
                }
            }
            if (!progressed) throw new StoreException("The store's tables refer to each other in a circle", null);
        }
        return ordered;
    }

    /** Tables with a generated id column: where a shop's records live, never overwritten on a server in use. */
    static Set<String> identityTables(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        String schema = c.getSchema();
        Set<String> out = new LinkedHashSet<>();
        for (String t : tablesParentsFirst(c)) {
            try (ResultSet rs = meta.getColumns(null, schema, storedName(meta, t), "%")) {
                while (rs.next()) {
                    if ("YES".equalsIgnoreCase(rs.getString("IS_AUTOINCREMENT"))) out.add(t);
                }
            }
        }
        return out;
    }

    private static String storedName(DatabaseMetaData meta, String table) throws SQLException {
        return meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
    }
}
