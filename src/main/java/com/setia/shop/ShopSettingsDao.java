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

    /** Standard MERGE (H2 and PostgreSQL 15+ both run it; H2's own MERGE ... KEY does not run on PostgreSQL). */
    @SqlUpdate("MERGE INTO shop_settings t USING (SELECT 1 AS one) s ON t.id = 1 "
            + "WHEN MATCHED THEN UPDATE SET shop_name = :s.shopName, address = :s.address, phone = :s.phone, "
            + "email = :s.email, logo_path = :s.logoPath, owner_name = :s.ownerName, owner_title = :s.ownerTitle, "
            + "signature_path = :s.signaturePath, updated_at = :now "
            + "WHEN NOT MATCHED THEN INSERT (id, shop_name, address, phone, email, logo_path, owner_name, owner_title, "
            + "signature_path, updated_at) VALUES (1, :s.shopName, :s.address, :s.phone, :s.email, :s.logoPath, "
            + ":s.ownerName, :s.ownerTitle, :s.signaturePath, :now)")
    void save(@BindMethods("s") ShopSettings settings, @Bind("now") Instant now);
}
