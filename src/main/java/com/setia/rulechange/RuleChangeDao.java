package com.setia.rulechange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The rule_change and rule_change_customer tables. Calls run inside the transactions {@link RuleChangeService} opens. */
@RegisterConstructorMapper(RuleChange.class)
public interface RuleChangeDao {
    String SELECT = "SELECT r.id, r.kind, r.title, r.details, r.effective_on, r.audience, r.audience_status, r.created_at, "
            + "(SELECT COUNT(*) FROM rule_change_customer c WHERE c.rule_change_id = r.id) AS affected, "
            + "(SELECT COUNT(*) FROM rule_change_customer c WHERE c.rule_change_id = r.id AND c.told_on IS NOT NULL) AS told "
            + "FROM rule_change r ";

    @SqlUpdate("INSERT INTO rule_change (kind, title, details, effective_on, audience, audience_status, created_at) "
            + "VALUES (:d.kind, :d.title, :d.details, :d.effectiveOn, :d.audience, :d.status, :now)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("d") RuleChangeDraft draft, @Bind("now") Instant now);

    @SqlBatch("INSERT INTO rule_change_customer (rule_change_id, customer_id) VALUES (:changeId, :customerId)")
    void insertAffected(@Bind("changeId") long changeId, @Bind("customerId") List<Long> customerIds);

    @SqlQuery(SELECT + "WHERE r.id = :id")
    Optional<RuleChange> find(@Bind("id") long id);

    /** Every change, the latest effective date first. */
    @SqlQuery(SELECT + "ORDER BY r.effective_on DESC, r.id DESC")
    List<RuleChange> all();

    /** Changes taking effect between two days (inclusive) that still have customers not told, the soonest first. */
    @SqlQuery(SELECT + "WHERE r.effective_on >= :since AND r.effective_on <= :until AND EXISTS (SELECT 1 FROM rule_change_customer c "
            + "WHERE c.rule_change_id = r.id AND c.told_on IS NULL) ORDER BY r.effective_on, r.id")
    List<RuleChange> untoldBetween(@Bind("since") LocalDate from, @Bind("until") LocalDate to);

    /** Changes taking effect on or after {@code from}, the soonest first. */
    @SqlQuery(SELECT + "WHERE r.effective_on >= :since ORDER BY r.effective_on, r.id")
    List<RuleChange> effectiveFrom(@Bind("since") LocalDate from);

    @SqlQuery("SELECT rule_change_id, customer_id, told_on, told_how FROM rule_change_customer "
            + "WHERE rule_change_id = :changeId ORDER BY customer_id")
    @RegisterConstructorMapper(Row.class)
    List<Row> rows(@Bind("changeId") long changeId);

    @SqlQuery("SELECT customer_id FROM rule_change_customer WHERE rule_change_id = :changeId "
            + "AND (told_on IS NOT NULL) = :told ORDER BY customer_id LIMIT :limit")
    List<Long> customers(@Bind("changeId") long changeId, @Bind("told") boolean told, @Bind("limit") int limit);

    @SqlUpdate("UPDATE rule_change_customer SET told_on = :on, told_how = :how, recorded_at = :now "
            + "WHERE rule_change_id = :changeId AND customer_id = :customerId")
    int markTold(@Bind("changeId") long changeId, @Bind("customerId") long customerId, @Bind("on") LocalDate on,
            @Bind("how") ToldHow how, @Bind("now") Instant now);

    /** One line of the list as stored (the customer's name comes from the customer feature). */
    record Row(long ruleChangeId, long customerId, LocalDate toldOn, ToldHow toldHow) {
    }
}
