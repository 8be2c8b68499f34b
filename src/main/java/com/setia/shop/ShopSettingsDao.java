package com.setia.shop;

import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The single row of shop settings. */
@RegisterConstructorMapper(ShopSettings.class)
public interface ShopSettingsDao {
    @SqlQuery("SELECT shop_name, address, phone, email, logo_path, owner_name, owner_title, signature_path "
            + "FROM shop_settings WHERE id = 1")
    Optional<ShopSettings> find();

    @SqlUpdate("MERGE INTO shop_settings (id, shop_name, address, phone, email, logo_path, owner_name, owner_title, "
            + "signature_path, updated_at) KEY (id) VALUES (1, :s.shopName, :s.address, :s.phone, :s.email, :s.logoPath, "
            + ":s.ownerName, :s.ownerTitle, :s.signaturePath, :now)")
    void save(@BindMethods("s") ShopSettings settings, @Bind("now") Instant now);

    @SqlQuery("SELECT country FROM shop_settings WHERE id = 1")
    Optional<String> country();

    @SqlUpdate("UPDATE shop_settings SET country = :country, updated_at = :now WHERE id = 1")
    int setCountry(@Bind("country") String country, @Bind("now") Instant now);

    @SqlUpdate("INSERT INTO shop_settings (id, country, updated_at) VALUES (1, :country, :now)")
    void insertCountry(@Bind("country") String country, @Bind("now") Instant now);
}
