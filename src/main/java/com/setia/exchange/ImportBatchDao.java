package com.setia.exchange;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Tables import_batch and import_batch_customer. Used only by {@link CustomerImportService}. */
@RegisterConstructorMapper(ImportBatch.class)
public interface ImportBatchDao {
    String COLUMNS = "id, source_name, imported_count, merged_count, left_out_count, created_at, undone_at";

    @SqlUpdate("INSERT INTO import_batch (source_name, imported_count, merged_count, left_out_count, created_at) "
            + "VALUES (:source, :imported, :merged, :leftOut, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("source") String source, @Bind("imported") int imported, @Bind("merged") int merged,
            @Bind("leftOut") int leftOut, @Bind("now") Instant now);

    @SqlBatch("INSERT INTO import_batch_customer (batch_id, customer_id) VALUES (:batch, :customer)")
    void addCustomers(@Bind("batch") long batch, @Bind("customer") List<Long> customers);

    @SqlQuery("SELECT customer_id FROM import_batch_customer WHERE batch_id = :batch ORDER BY customer_id")
    List<Long> customersOf(@Bind("batch") long batch);

    @SqlUpdate("DELETE FROM import_batch_customer WHERE batch_id = :batch AND customer_id = :customer")
    void removeCustomer(@Bind("batch") long batch, @Bind("customer") long customer);

    @SqlUpdate("UPDATE import_batch SET undone_at = :now WHERE id = :batch AND undone_at IS NULL")
    int markUndone(@Bind("batch") long batch, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM import_batch WHERE id = :id")
    Optional<ImportBatch> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM import_batch ORDER BY id DESC LIMIT 1")
    Optional<ImportBatch> latest();
}
