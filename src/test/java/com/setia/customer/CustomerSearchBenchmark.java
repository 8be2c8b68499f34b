package com.setia.customer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.jdbi.v3.core.statement.PreparedBatch;

import com.setia.i18n.Language;
import com.setia.store.Database;

/**
 * Does the customer list stay fast with 100,000 customers? Fills a real file store in a temporary folder,
 * then times the searches the list makes as the owner types, and measures the heap they need.
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.setia.customer.CustomerSearchBenchmark</pre>
 *
 * Targets (for a modest shop PC): each search, 95th percentile under 150 ms; the heap after searching under 256 MiB.
 * Exits with status 1 when a target is missed. Optional argument: the number of customers (default 100000).
 */
public final class CustomerSearchBenchmark {
    static final double P95_TARGET_MS = 150;
    static final long HEAP_TARGET_MIB = 256;
    private static final String[] FIRST = {"Siti", "Nur", "Ahmad", "Muhammad", "Aminah", "Budi", "Dewi", "Eka", "Rizal",
            "Chong", "Mei Ling", "Ravi", "Kavitha", "Hafiz", "Farah", "Agus", "Wati", "Putri", "Tan", "Lim"};
    private static final String[] LAST = {"Abdullah", "Ismail", "Santoso", "Wijaya", "Hassan", "Rahman", "Lee", "Wong",
            "Kumar", "Saputra", "Hidayat", "Yusof", "Osman", "Halim", "Setiawan", "Pratama", "Ng", "Ali", "Omar", "Lestari"};

    private CustomerSearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("setia-bench");
        boolean ok;
        try (Database db = Database.openFolder(dir)) {
            long t0 = System.nanoTime();
            fill(db, count);
            System.out.printf("filled %,d customers in %.1f s%n", count, (System.nanoTime() - t0) / 1e9);
            CustomerService service = new CustomerService(db.jdbi(), Clock.systemDefaultZone());

            // As the owner types "siti abdullah" letter by letter, then a phone number, then rare and missing names.
            List<String> queries = new ArrayList<>();
            String typed = "siti abdullah";
            for (int i = 1; i <= typed.length(); i++) queries.add(typed.substring(0, i));
            String phone = "012-345";
            for (int i = 1; i <= phone.length(); i++) queries.add(phone.substring(0, i));
            queries.addAll(List.of("", "wijaya", "kumar ravi", "@example", "zzzz-nobody", "lestari putri 9"));

            for (int warm = 0; warm < 3; warm++) {
                for (String q : queries) service.search(q, false, CustomerService.DEFAULT_PAGE);
            }
            double[] ms = new double[queries.size() * 5];
            int n = 0;
            for (int round = 0; round < 5; round++) {
                for (String q : queries) {
                    long s = System.nanoTime();
                    CustomerPage page = service.search(q, false, CustomerService.DEFAULT_PAGE);
                    ms[n++] = (System.nanoTime() - s) / 1e6;
                    if (round == 0 && (q.equals("siti abdullah") || q.equals("zzzz-nobody") || q.isEmpty())) {
                        System.out.printf("  \"%s\": %,d matches, %d shown%n", q, page.totalMatches(), page.rows().size());
                    }
                }
            }
            Arrays.sort(ms);
            double p50 = ms[ms.length / 2];
            double p95 = ms[(int) Math.ceil(ms.length * 0.95) - 1];
            double max = ms[ms.length - 1];
            System.gc();
            Thread.sleep(200);
            long heapMiB = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
            System.out.printf("search over %,d customers (%d searches): p50 %.1f ms, p95 %.1f ms, max %.1f ms (target p95 < %.0f ms)%n",
                    count, ms.length, p50, p95, max, P95_TARGET_MS);
            System.out.printf("heap in use after searching: %d MiB (target < %d MiB)%n", heapMiB, HEAP_TARGET_MIB);
            ok = p95 < P95_TARGET_MS && heapMiB < HEAP_TARGET_MIB;
            System.out.println(ok ? "RESULT: targets met" : "RESULT: TARGET MISSED");
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(ok ? 0 : 1);
    }

    static void fill(Database db, int count) {
        Random random = new Random(42);
        Instant now = Instant.now();
        db.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO customer (name, salutation, phone, email, preferred_language, "
                    + "customer_since, status, created_at, updated_at, search_text) VALUES (:name, 'NONE', :phone, :email, "
                    + ":lang, :since, 'ACTIVE', :now, :now, :search)");
            for (int i = 0; i < count; i++) {
                String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)] + " " + i;
                String phone = String.format("01%d-%03d %04d", random.nextInt(10), random.nextInt(1000), random.nextInt(10000));
                String email = name.toLowerCase().replace(' ', '.') + "@example.com";
                CustomerDraft d = new CustomerDraft(name, Salutation.NONE, phone, email, null, Language.MS, null, null,
                        CustomerStatus.ACTIVE);
                batch.bind("name", name).bind("phone", phone).bind("email", email).bind("lang", Language.MS)
                        .bind("since", LocalDate.of(2015 + random.nextInt(10), 1 + random.nextInt(12), 1))
                        .bind("now", now).bind("search", CustomerSearch.searchText(d)).add();
                if (i % 5000 == 4999) batch.execute();
            }
            if (batch.size() > 0) batch.execute();
        });
    }
}
