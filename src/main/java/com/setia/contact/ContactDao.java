package com.setia.contact;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The contact and keep-in-touch tables. Only {@link ContactService} uses it. */
@RegisterConstructorMapper(Contact.class)
public interface ContactDao {
    String COLUMNS = "id, customer_id, kind, happened_on, note, recorded_at";

    @SqlUpdate("INSERT INTO contact (customer_id, kind, happened_on, note, recorded_at) "
            + "VALUES (:customerId, :kind, :on, :note, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("customerId") long customerId, @Bind("kind") ContactKind kind, @Bind("on") LocalDate on,
            @Bind("note") String note, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM contact WHERE id = :id")
    Optional<Contact> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM contact WHERE customer_id = :customerId "
            + "ORDER BY happened_on DESC, id DESC FETCH FIRST :limit ROWS ONLY")
    List<Contact> contactsOf(@Bind("customerId") long customerId, @Bind("limit") int limit);

    @SqlQuery("SELECT DISTINCT customer_id FROM contact WHERE happened_on >= :since")
    List<Long> contactedSince(@Bind("since") LocalDate since);

    @SqlQuery("SELECT customer_id, MAX(happened_on) AS last_on FROM contact WHERE customer_id IN (<ids>) GROUP BY customer_id")
    @RegisterConstructorMapper(LastContact.class)
    List<LastContact> lastContacts(@BindList("ids") List<Long> customerIds);

    @SqlQuery("SELECT customer_id, cadence_days, paused, snoozed_until, since_on FROM keep_in_touch")
    @RegisterConstructorMapper(Plan.class)
    List<Plan> plans();

    @SqlQuery("SELECT customer_id, cadence_days, paused, snoozed_until, since_on FROM keep_in_touch WHERE customer_id = :customerId")
    @RegisterConstructorMapper(Plan.class)
    Optional<Plan> plan(@Bind("customerId") long customerId);

    @SqlUpdate("DELETE FROM keep_in_touch WHERE customer_id = :customerId")
    int deletePlan(@Bind("customerId") long customerId);

    @SqlUpdate("INSERT INTO keep_in_touch (customer_id, cadence_days, paused, snoozed_until, since_on) "
            + "VALUES (:customerId, :cadence, :paused, :snoozedUntil, :since)")
    void insertPlan(@Bind("customerId") long customerId, @Bind("cadence") Integer cadence, @Bind("paused") boolean paused,
            @Bind("snoozedUntil") LocalDate snoozedUntil, @Bind("since") LocalDate since);

    @SqlQuery("SELECT status, cadence_days, since_on FROM keep_in_touch_status")
    @RegisterConstructorMapper(StatusRule.class)
    List<StatusRule> statusRules();

    @SqlUpdate("DELETE FROM keep_in_touch_status WHERE status = :status")
    int deleteStatusRule(@Bind("status") String status);

    @SqlUpdate("INSERT INTO keep_in_touch_status (status, cadence_days, since_on) VALUES (:status, :cadence, :since)")
    void insertStatusRule(@Bind("status") String status, @Bind("cadence") int cadence, @Bind("since") LocalDate since);

    /** A customer's last contact day. */
    record LastContact(long customerId, LocalDate lastOn) {
    }

    /** A row of keep_in_touch. */
    record Plan(long customerId, Integer cadenceDays, boolean paused, LocalDate snoozedUntil, LocalDate sinceOn) {
    }

    /** A row of keep_in_touch_status. */
    record StatusRule(String status, int cadenceDays, LocalDate sinceOn) {
    }
}
