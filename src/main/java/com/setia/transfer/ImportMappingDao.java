package com.setia.transfer;

import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The remembered column mappings (table import_mapping). Used only by {@link ImportMappingService}. */
public interface ImportMappingDao {
    @SqlQuery("SELECT mapping FROM import_mapping WHERE kind = :kind AND header_key = :key")
    Optional<String> find(@Bind("kind") String kind, @Bind("key") String headerKey);

    @SqlUpdate("DELETE FROM import_mapping WHERE kind = :kind AND header_key = :key")
    void delete(@Bind("kind") String kind, @Bind("key") String headerKey);

    @SqlUpdate("INSERT INTO import_mapping (kind, header_key, mapping, updated_at) VALUES (:kind, :key, :mapping, :now)")
    void insert(@Bind("kind") String kind, @Bind("key") String headerKey, @Bind("mapping") String mapping,
            @Bind("now") Instant now);
}
