package com.setia.testsupport;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import org.jdbi.v3.core.statement.PreparedBatch;

import com.setia.store.Database;

/**
 * A shop with very many customers, for benchmarks: names from common Malaysian and Indonesian first and last names
 * plus a number, Malaysian mobile numbers (in international form, as Setia stores them), e-mail addresses; a few
 * archived; all statuses. Written in batches of plain INSERTs that both stores understand (the embedded H2 file and
 * a PostgreSQL server), with the same search text the customer service stores ({@code CustomerSearchBenchmark}
 * checks a sample against it).
 */
public final class BigShop {
    private static final String[] FIRST = {"Siti", "Nur", "Ahmad", "Muhammad", "Aminah", "Budi", "Dewi", "Eka", "Rizal",
        "Chong", "Mei Ling", "Ravi", "Kavitha", "Hafiz", "Farah", "Agus", "Wati", "Putri", "Tan", "Lim"};
    private static final String[] LAST = {"Abdullah", "Ismail", "Santoso", "Wijaya", "Hassan", "Rahman", "Lee", "Wong",
        "Kumar", "Saputra", "Hidayat", "Yusof", "Osman", "Halim", "Setiawan", "Pratama", "Ng", "Ali", "Omar", "Lestari"};
    private static final String[] STATUS = {"ACTIVE", "ACTIVE", "ACTIVE", "AT_RISK", "LOST", "WON_BACK", "LET_GO"};
    /** Malaysian mobile prefixes whose numbers have seven more digits (011 has eight, 015 is not a mobile; the
     * next three digits from 200 up, where every one of these prefixes is allotted). */
    private static final String[] MOBILE = {"10", "12", "13", "14", "16", "17", "18", "19", "12", "13"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
    private static final int BATCH = 2_000;

    private BigShop() {
    }

    /** Adds {@code count} customers to the store, numbered 1 to {@code count}. */
    public static void fill(Database db, int count) {
        Instant now = Instant.now();
        String insert = "INSERT INTO customer (name, salutation, phone, email, preferred_language, customer_since, status, "
                + "archived_at, created_at, updated_at, search_text) "
                + "VALUES (:name, 'NONE', :phone, :email, 'MS', :since, :status, :archived, :now, :now, :text)";
        db.jdbi().useTransaction(h -> {
            PreparedBatch batch = h.prepareBatch(insert);
            for (long x = 1; x <= count; x++) {
                String name = FIRST[(int) (x * 7 % 20)] + " " + LAST[(int) (x * 13 % 20)] + " " + x;
                String phone = "+60" + MOBILE[(int) (x % 10)]
                        + String.format(Locale.ROOT, "%03d%04d", 200 + x * 31 % 700, x * 7919 % 10000); // a valid number
                String email = name.replace(' ', '.').toLowerCase(Locale.ROOT) + "@example.com";
                batch.bind("name", name).bind("phone", phone).bind("email", email)
                        .bind("since", FIRST_DAY.plusDays(x % 3650)).bind("status", STATUS[(int) (x % 7)])
                        .bindByType("archived", x % 50 == 0 ? now : null, Instant.class).bind("now", now)
                        .bind("text", name.toLowerCase(Locale.ROOT) + " " + email + " " + phone.substring(1) + " 0"
                                + phone.substring(3))
                        .add();
                if (x % BATCH == 0) {
                    batch.execute();
                    batch = h.prepareBatch(insert);
                }
            }
            if (batch.size() > 0) batch.execute();
        });
    }
}
