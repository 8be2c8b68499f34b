package com.setia.shop;

import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.setia.common.Currency;

/** The single row of the shop's currency. */
public interface ShopCurrencyDao {
    @SqlQuery("SELECT currency FROM shop_currency WHERE id = 1")
    Optional<Currency> find();

    /** Plain UPDATE then INSERT (no MERGE), so the same SQL runs on H2 and PostgreSQL. */
    @SqlUpdate("UPDATE shop_currency SET currency = :currency, updated_at = :now WHERE id = 1")
    int update(@Bind("currency") Currency currency, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO shop_currency (id, currency, updated_at) VALUES (1, :currency, :now)")
    void insert(@Bind("currency") Currency currency, @Bind("now") Instant now);
}
