package com.setia.winback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;

import com.setia.app.Services;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.store.Database;
import com.setia.testsupport.LongHistory;
import com.setia.testsupport.MutableClock;

/**
 * How fast does the customer page read a long history? A customer with 1,000 incidents and 250 cases of four steps
 * each (1,000 case actions, 2,500 timeline entries) in a real file store; {@link WinbackService#history} against
 * plain JDBC reading the same rows (same tables, same order) in the same run.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.setia.winback.CustomerHistoryBenchmark</pre>
 *
 * Targets: a handful of statements per page (at most 6); warm p50 under 50 ms and within 3 times plain JDBC. Exits 1
 * when one is missed. Optional arguments: incidents (1000) and cases (250).
 */
public final class CustomerHistoryBenchmark {
    private CustomerHistoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int incidents = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : 250;
        Path dir = Files.createTempDirectory("setia-history");
        boolean ok;
        try (Database db = Database.openFolder(dir)) {
            MutableClock clock = MutableClock.at("2020-01-01T00:00:00Z");
            Services services = new Services(db, clock);
            Customer siti = services.customers().create(CustomerDraft.named("Siti Aminah"));
            long t0 = System.nanoTime();
            LongHistory.write(services, clock, siti.id(), incidents, cases);
            System.out.printf("wrote %,d incidents and %,d cases (%,d case actions) in %.1f s%n", incidents, cases,
                    cases * 4 + 2, (System.nanoTime() - t0) / 1e9);

            AtomicInteger statements = new AtomicInteger();
            db.jdbi().setSqlLogger(new SqlLogger() {
                @Override
                public void logBeforeExecution(StatementContext context) {
                    statements.incrementAndGet();
                }
            });
            WinbackService service = services.winback();
            long c0 = System.nanoTime();
            CustomerHistory first = service.history(siti.id());
            double cold = (System.nanoTime() - c0) / 1e6;
            int perPage = statements.get();
            System.out.printf("first (cold) read: %.1f ms, %d statements, %,d timeline entries, %d cases%n", cold,
                    perPage, first.timeline().size(), first.cases().size());

            try (Connection jdbc = db.jdbi().open().getConnection()) {
                int rows = plainJdbc(jdbc, siti.id());
                for (int i = 0; i < 20; i++) {
                    service.history(siti.id());
                    plainJdbc(jdbc, siti.id());
                }
                int runs = 40;
                double[] ours = new double[runs];
                double[] ref = new double[runs];
                for (int i = 0; i < runs; i++) { // interleaved, so both see the same machine
                    long s = System.nanoTime();
                    service.history(siti.id());
                    ours[i] = (System.nanoTime() - s) / 1e6;
                    s = System.nanoTime();
                    try (var h = db.jdbi().open()) {
                        Connection fresh = h.getConnection();
                        fresh.setAutoCommit(false);
                        plainJdbc(fresh, siti.id());
                        fresh.commit();
                        fresh.setAutoCommit(true);
                    }
                    ref[i] = (System.nanoTime() - s) / 1e6;
                }
                Arrays.sort(ours);
                Arrays.sort(ref);
                double p50 = ours[runs / 2];
                double refP50 = ref[runs / 2];
                System.out.printf("warm history(): p50 %.1f ms, p95 %.1f ms%n", p50, ours[(int) (runs * 0.95) - 1]);
                System.out.printf("plain JDBC, same %,d rows: p50 %.1f ms, p95 %.1f ms%n", rows, refP50, ref[(int) (runs * 0.95) - 1]);
                System.out.printf("ratio (p50): %.2f x plain JDBC (target <= 3), statements per page: %d (target <= 6)%n",
                        p50 / refP50, perPage);
                ok = p50 < 50 && p50 / refP50 <= 3 && perPage <= 6;
            }
            System.gc();
            System.out.printf("heap in use: %d MiB%n",
                    (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20);
            System.out.println(ok ? "RESULT: targets met" : "RESULT: TARGET MISSED");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(ok ? 0 : 1);
    }

    /** The same rows, read with plain JDBC into arrays: the least any page could do. Returns the row count. */
    private static int plainJdbc(Connection c, long customerId) throws Exception {
        List<Object[]> rows = new ArrayList<>();
        read(c, "SELECT id, customer_id, occurred_at, channel, customer_said, severity, customer_wants, cues, created_at "
                + "FROM incident WHERE customer_id = ? ORDER BY occurred_at DESC, id DESC", customerId, rows);
        read(c, WinbackDao.CASE_SELECT + "WHERE k.customer_id = ? ORDER BY k.opened_at DESC, k.id DESC", customerId, rows);
        read(c, "SELECT s.case_id, s.step, s.done_at, s.notes, s.phoned, s.letter_sent, s.what_went_wrong, s.offer, "
                + "s.offer_value FROM winback_step s JOIN winback_case k ON k.id = s.case_id WHERE k.customer_id = ? "
                + "ORDER BY s.case_id, s.done_at, s.step", customerId, rows);
        read(c, "SELECT f.id, f.case_id, f.done_at, f.note, f.next_on FROM winback_follow_up f JOIN winback_case k "
                + "ON k.id = f.case_id WHERE k.customer_id = ? ORDER BY f.case_id, f.done_at, f.id", customerId, rows);
        read(c, "SELECT name FROM customer WHERE id = ?", customerId, rows);
        return rows.size();
    }

    private static void read(Connection c, String sql, long id, List<Object[]> into) throws Exception {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[n];
                    for (int i = 0; i < n; i++) row[i] = rs.getObject(i + 1);
                    into.add(row);
                }
            }
        }
    }
}
