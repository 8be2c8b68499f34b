package com.setia.incident;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
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


    /** Erasing a customer on request: what the customer said and wanted goes; the incident (a count) stays. */
    @SqlUpdate("UPDATE incident SET customer_said = '-', customer_wants = NULL, cues = NULL WHERE customer_id = :customerId")
    int eraseText(@Bind("customerId") long customerId);
    /** Incidents per month, channel and severity ({@code <bucket>}: a {@code MonthBuckets} expression). */
    @SqlQuery("SELECT month_index, channel, severity, COUNT(*) AS incidents FROM (SELECT <bucket> AS month_index, channel, severity "
            + "FROM incident WHERE occurred_at >= :since AND occurred_at < :until) t GROUP BY month_index, channel, severity")
    @RegisterConstructorMapper(MonthIncidentCount.class)
    List<MonthIncidentCount> monthly(@Define("bucket") String bucket, @BindMap Map<String, Object> bounds,
            @Bind("since") Instant from, @Bind("until") Instant to);

    /** Customers with incidents in a time span, of one channel and/or severity when given. */
    @SqlQuery("SELECT DISTINCT customer_id FROM incident WHERE occurred_at >= :since AND occurred_at < :until "
            + "AND (CAST(:channel AS VARCHAR(20)) IS NULL OR channel = :channel) "
            + "AND (CAST(:severity AS VARCHAR(10)) IS NULL OR severity = :severity) ORDER BY customer_id LIMIT :limit")
    List<Long> customersWith(@Bind("since") Instant from, @Bind("until") Instant to, @Bind("channel") Channel channel,
            @Bind("severity") Severity severity, @Bind("limit") int limit);
    /** Every customer's incidents since {@code since}, oldest first. */
    @SqlQuery("SELECT " + COLUMNS + " FROM incident WHERE occurred_at >= :since ORDER BY occurred_at, id")
    List<Incident> occurredSince(@Bind("since") Instant since);

}
