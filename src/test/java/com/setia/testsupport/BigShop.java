package com.setia.testsupport;

import java.time.Instant;

import com.setia.store.Database;

/**
 * A shop with very many customers, for benchmarks: names from common Malaysian and Indonesian first and last names
 * plus a number, Malaysian mobile numbers, e-mail addresses; a few archived; all statuses. Written by one SQL
 * statement (hundreds of thousands of rows in seconds), with the same search text the customer service stores
 * ({@code CustomerSearchBenchmark} checks a sample against it).
 */
public final class BigShop {
    private static final String FIRST = "ARRAY['Siti','Nur','Ahmad','Muhammad','Aminah','Budi','Dewi','Eka','Rizal','Chong',"
            + "'Mei Ling','Ravi','Kavitha','Hafiz','Farah','Agus','Wati','Putri','Tan','Lim']";
    private static final String LAST = "ARRAY['Abdullah','Ismail','Santoso','Wijaya','Hassan','Rahman','Lee','Wong','Kumar',"
            + "'Saputra','Hidayat','Yusof','Osman','Halim','Setiawan','Pratama','Ng','Ali','Omar','Lestari']";

    private BigShop() {
    }

    /** Adds {@code count} customers to the store, phones in international form as Setia stores them. */
    public static void fill(Database db, int count) {
        Instant now = Instant.now();
        db.jdbi().useTransaction(h -> h.createUpdate("INSERT INTO customer (name, salutation, phone, email, preferred_language, "
                + "customer_since, status, archived_at, created_at, updated_at, search_text) "
                + "SELECT nm, 'NONE', ph, em, 'MS', DATEADD(DAY, MOD(X, 3650), DATE '2015-01-01'), "
                + "ARRAY['ACTIVE','ACTIVE','ACTIVE','AT_RISK','LOST','WON_BACK','LET_GO'][MOD(X, 7) + 1], "
                + "CASE WHEN MOD(X, 50) = 0 THEN :now END, :now, :now, "
                + "LOWER(nm) || ' ' || LOWER(em) || ' ' || SUBSTRING(ph, 2) || ' 0' || SUBSTRING(ph, 4) "
                + "FROM (SELECT X, nm, ph, LOWER(REPLACE(nm, ' ', '.')) || '@example.com' AS em FROM ("
                + "SELECT X, " + FIRST + "[MOD(X * 7, 20) + 1] || ' ' || " + LAST + "[MOD(X * 13, 20) + 1] || ' ' || X AS nm, "
                + "'+601' || MOD(X, 10) || LPAD(CAST(MOD(X * 31, 1000) AS VARCHAR), 3, '0') "
                + "|| LPAD(CAST(MOD(X * 7919, 10000) AS VARCHAR), 4, '0') AS ph "
                + "FROM SYSTEM_RANGE(1, :count)))")
                .bind("now", now).bind("count", count).execute());
    }
}
