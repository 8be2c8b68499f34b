package com.setia.reasons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The loss_reason_tick table. Calls run inside the transactions that {@link ReasonService} opens. */
@RegisterConstructorMapper(ReasonTick.class)
public interface ReasonDao {
    /** Standard MERGE (H2 and PostgreSQL 15+ both run it; H2's own MERGE ... KEY does not run on PostgreSQL). */
    @SqlUpdate("MERGE INTO loss_reason_tick t USING (SELECT 1 AS one) s ON t.customer_id = :customerId AND t.reason = :reason "
            + "WHEN MATCHED THEN UPDATE SET ticked_on = :tickedOn, note = :note, updated_at = :now "
            + "WHEN NOT MATCHED THEN INSERT (customer_id, reason, ticked_on, note, updated_at) "
            + "VALUES (:customerId, :reason, :tickedOn, :note, :now)")
    int upsert(@Bind("customerId") long customerId, @Bind("reason") LossReason reason, @Bind("tickedOn") LocalDate tickedOn,
            @Bind("note") String note, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM loss_reason_tick WHERE customer_id = :customerId AND reason = :reason")
    int delete(@Bind("customerId") long customerId, @Bind("reason") LossReason reason);

    @SqlQuery("SELECT customer_id, reason, ticked_on, note, updated_at FROM loss_reason_tick "
            + "WHERE customer_id = :customerId AND reason = :reason")
    Optional<ReasonTick> find(@Bind("customerId") long customerId, @Bind("reason") LossReason reason);

    @SqlQuery("SELECT customer_id, reason, ticked_on, note, updated_at FROM loss_reason_tick WHERE customer_id = :customerId")
    List<ReasonTick> forCustomer(@Bind("customerId") long customerId);

    /** Every tick, as who and which reason: the service leaves out archived customers (the customer feature knows them). */
    @SqlQuery("SELECT customer_id, reason FROM loss_reason_tick")
    @RegisterConstructorMapper(TickRef.class)
    List<TickRef> allTicks();

    /** How many customers have each reason ticked on or after {@code from}, leaving out the {@code excluded} ids. */
    @SqlQuery("SELECT reason, COUNT(*) AS customers FROM loss_reason_tick WHERE ticked_on >= :since "
            + "AND customer_id NOT IN (<excluded>) GROUP BY reason")
    @RegisterConstructorMapper(ReasonCount.class)
    List<ReasonCount> countsSince(@Bind("since") LocalDate from, @BindList("excluded") List<Long> excluded);

    @SqlQuery("SELECT customer_id FROM loss_reason_tick WHERE reason = :reason AND ticked_on >= :since "
            + "AND customer_id NOT IN (<excluded>) ORDER BY customer_id LIMIT :limit")
    List<Long> customersWith(@Bind("reason") LossReason reason, @Bind("since") LocalDate from,
            @BindList("excluded") List<Long> excluded, @Bind("limit") int limit);

    /** One tick, reduced to whose it is and which reason. */
    record TickRef(long customerId, LossReason reason) {
    }

    @SqlUpdate("UPDATE loss_reason_tick SET note = NULL WHERE customer_id = :customerId")
    int eraseNotes(@Bind("customerId") long customerId);
}
