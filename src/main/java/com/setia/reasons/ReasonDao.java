package com.setia.reasons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The loss_reason_tick table. Calls run inside the transactions that {@link ReasonService} opens. */
@RegisterConstructorMapper(ReasonTick.class)
@RegisterConstructorMapper(ReasonCount.class)
public interface ReasonDao {
    @SqlUpdate("MERGE INTO loss_reason_tick (customer_id, reason, ticked_on, note, updated_at) KEY (customer_id, reason) "
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

    /** Ticks per reason over all customers that are not archived; reasons never ticked are absent. */
    @SqlQuery("SELECT t.reason, COUNT(*) AS customers FROM loss_reason_tick t JOIN customer c ON c.id = t.customer_id "
            + "WHERE c.archived_at IS NULL GROUP BY t.reason")
    List<ReasonCount> counts();

    @SqlQuery("SELECT COUNT(*) FROM customer WHERE id = :id")
    int customerExists(@Bind("id") long customerId);
}
