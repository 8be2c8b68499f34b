package com.setia.letgo;

import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The let_go_decision table. Calls run inside the transactions {@link LetGoService} opens. */
@RegisterConstructorMapper(LetGoDecision.class)
public interface LetGoDao {
    @SqlUpdate("INSERT INTO let_go_decision (customer_id, decided_at, reason) VALUES (:customerId, :at, :reason)")
    int insert(@Bind("customerId") long customerId, @Bind("at") Instant at, @Bind("reason") String reason);

    /** The customer's latest decision. */
    @SqlQuery("SELECT id, customer_id, decided_at, reason, taken_back_at FROM let_go_decision WHERE customer_id = :customerId "
            + "ORDER BY decided_at DESC, id DESC LIMIT 1")
    Optional<LetGoDecision> latest(@Bind("customerId") long customerId);

    @SqlUpdate("UPDATE let_go_decision SET taken_back_at = :at WHERE customer_id = :customerId AND taken_back_at IS NULL")
    int takeBack(@Bind("customerId") long customerId, @Bind("at") Instant at);
}
