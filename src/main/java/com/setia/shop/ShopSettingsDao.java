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

    @SqlUpdate("MERGE INTO shop_settings (id, shop_name, address, phone, email, logo_path, owner_name, owner_title_ms, "
            + "owner_title_id, owner_title_en, signature_path, updated_at) KEY (id) VALUES (1, :s.shopName, :s.address, "
            + ":s.phone, :s.email, :s.logoPath, :s.ownerName, :s.ownerTitleMs, :s.ownerTitleId, :s.ownerTitleEn, "
            + ":s.signaturePath, :now)")
    void save(@BindMethods("s") ShopSettings settings, @Bind("now") Instant now);
}
