package com.setia.shop;

import java.time.Instant;
import java.util.Optional;

import java.sql.ResultSet;
import java.sql.SQLException;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The single row of shop settings. */
@RegisterRowMapper(ShopSettingsDao.Mapper.class)
public interface ShopSettingsDao {
    /** By column name: the record has a second constructor, so Jdbi's constructor mapper cannot choose. */
    final class Mapper implements RowMapper<ShopSettings> {
        @Override
        public ShopSettings map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new ShopSettings(rs.getString("shop_name"), rs.getString("address"), rs.getString("phone"),
                    rs.getString("email"), rs.getString("logo_path"), rs.getString("owner_name"),
                    rs.getString("owner_title_ms"), rs.getString("owner_title_id"), rs.getString("owner_title_en"),
                    rs.getString("signature_path"));
        }
    }

    @SqlQuery("SELECT shop_name, address, phone, email, logo_path, owner_name, owner_title_ms, owner_title_id, "
            + "owner_title_en, signature_path "
            + "FROM shop_settings WHERE id = 1")
    Optional<ShopSettings> find();

    /** Standard MERGE (H2 and PostgreSQL 15+ both run it; H2's own MERGE ... KEY does not run on PostgreSQL). */
    @SqlUpdate("MERGE INTO shop_settings t USING (SELECT 1 AS one) s ON t.id = 1 "
            + "WHEN MATCHED THEN UPDATE SET shop_name = :s.shopName, address = :s.address, phone = :s.phone, "
            + "email = :s.email, logo_path = :s.logoPath, owner_name = :s.ownerName, owner_title_ms = :s.ownerTitleMs, "
            + "owner_title_id = :s.ownerTitleId, owner_title_en = :s.ownerTitleEn, "
            + "signature_path = :s.signaturePath, updated_at = :now "
            + "WHEN NOT MATCHED THEN INSERT (id, shop_name, address, phone, email, logo_path, owner_name, owner_title_ms, "
            + "owner_title_id, owner_title_en, signature_path, updated_at) VALUES (1, :s.shopName, :s.address, :s.phone, "
            + ":s.email, :s.logoPath, :s.ownerName, :s.ownerTitleMs, :s.ownerTitleId, :s.ownerTitleEn, :s.signaturePath, "
            + ":now)")
    void save(@BindMethods("s") ShopSettings settings, @Bind("now") Instant now);
}
