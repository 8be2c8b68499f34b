package com.setia.incident;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The incident table. Calls run inside the transactions that {@link IncidentService} opens. */
@RegisterConstructorMapper(Incident.class)
public interface IncidentDao {
    String COLUMNS = "id, customer_id, occurred_at, channel, customer_said, severity, customer_wants, cues, created_at";

    @SqlUpdate("INSERT INTO incident (customer_id, occurred_at, channel, customer_said, severity, customer_wants, cues, created_at) "
            + "VALUES (:d.customerId, :d.occurredAt, :d.channel, :d.customerSaid, :d.severity, :d.customerWants, :d.cues, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("d") IncidentDraft draft, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM incident WHERE id = :id")
    Optional<Incident> find(@Bind("id") long id);

    /** A customer's incidents, newest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM incident WHERE customer_id = :customerId ORDER BY occurred_at DESC, id DESC")
    List<Incident> forCustomer(@Bind("customerId") long customerId);

    /** Every customer's incidents since {@code since}, oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM incident WHERE occurred_at >= :since ORDER BY occurred_at, id")
    List<Incident> occurredSince(@Bind("since") Instant since);

}
