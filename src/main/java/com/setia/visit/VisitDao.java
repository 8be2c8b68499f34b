package com.setia.visit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The visit tables (visit, visit_summary, quiet_dismissal, visit_setting). Only {@link VisitService} uses it. */
@RegisterConstructorMapper(Visit.class)
@RegisterConstructorMapper(VisitSummary.class)
public interface VisitDao {
    String COLUMNS = "id, customer_id, visited_on, amount, note, recorded_at";
    String SUMMARY = "customer_id, day_count, first_visit, last_visit, median_gap";

    @SqlUpdate("INSERT INTO visit (customer_id, visited_on, amount, note, recorded_at, import_id) "
            + "VALUES (:d.customerId, :d.visitedOn, :d.amount, :d.note, :now, :importId)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("d") VisitDraft draft, @Bind("now") Instant now, @Bind("importId") Long importId);

    @SqlBatch("INSERT INTO visit (customer_id, visited_on, amount, note, recorded_at, import_id) "
            + "VALUES (:customerId, :visitedOn, :amount, :note, :now, :importId)")
    void insertAll(@BindMethods VisitDraft[] drafts, @Bind("now") Instant now, @Bind("importId") long importId);

    @SqlQuery("SELECT COALESCE(MAX(import_id), 0) + 1 FROM visit")
    long nextImportId();

    @SqlQuery("SELECT " + COLUMNS + " FROM visit WHERE id = :id")
    Optional<Visit> find(@Bind("id") long id);

    @SqlUpdate("DELETE FROM visit WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM visit WHERE customer_id = :customerId "
            + "ORDER BY visited_on DESC, id DESC FETCH FIRST :limit ROWS ONLY")
    List<Visit> visitsOf(@Bind("customerId") long customerId, @Bind("limit") int limit);

    @SqlQuery("SELECT COUNT(*) FROM visit WHERE customer_id = :customerId")
    int countOf(@Bind("customerId") long customerId);

    @SqlQuery("SELECT DISTINCT visited_on FROM visit WHERE customer_id = :customerId ORDER BY visited_on")
    List<LocalDate> daysOf(@Bind("customerId") long customerId);

    @SqlQuery("SELECT DISTINCT customer_id, visited_on FROM visit WHERE customer_id IN (<ids>) "
            + "ORDER BY customer_id, visited_on")
    @RegisterConstructorMapper(CustomerDay.class)
    List<CustomerDay> daysOfAll(@BindList("ids") List<Long> customerIds);

    /** The visit days of every customer with an id in [from, to], in order: one range scan of the index. */
    @SqlQuery("SELECT DISTINCT customer_id, visited_on FROM visit WHERE customer_id BETWEEN :from AND :to "
            + "ORDER BY customer_id, visited_on")
    @RegisterConstructorMapper(CustomerDay.class)
    List<CustomerDay> daysBetween(@Bind("from") long from, @Bind("to") long to);

    @SqlQuery("SELECT " + SUMMARY + " FROM visit_summary WHERE customer_id = :customerId")
    Optional<VisitSummary> summary(@Bind("customerId") long customerId);

    @SqlQuery("SELECT " + SUMMARY + " FROM visit_summary ORDER BY customer_id")
    List<VisitSummary> allSummaries();

    @SqlQuery("SELECT " + SUMMARY + " FROM visit_summary WHERE last_visit < :before")
    List<VisitSummary> summariesLastBefore(@Bind("before") LocalDate before);

    @SqlQuery("SELECT " + SUMMARY + " FROM visit_summary WHERE customer_id IN (<ids>)")
    List<VisitSummary> summariesOf(@BindList("ids") List<Long> customerIds);

    @SqlUpdate("DELETE FROM visit_summary WHERE customer_id = :customerId")
    int deleteSummary(@Bind("customerId") long customerId);

    @SqlUpdate("DELETE FROM visit_summary WHERE customer_id IN (<ids>)")
    int deleteSummaries(@BindList("ids") List<Long> customerIds);

    @SqlBatch("INSERT INTO visit_summary (" + SUMMARY + ") VALUES (:customerId, :dayCount, :firstVisit, :lastVisit, :medianGap)")
    void insertSummaries(@BindMethods List<VisitSummary> summaries);

    @SqlQuery("SELECT customer_id FROM quiet_dismissal WHERE until_on >= :today")
    List<Long> dismissedOn(@Bind("today") LocalDate today);

    @SqlUpdate("DELETE FROM quiet_dismissal WHERE customer_id = :customerId")
    int undismiss(@Bind("customerId") long customerId);

    @SqlUpdate("INSERT INTO quiet_dismissal (customer_id, until_on) VALUES (:customerId, :until)")
    void dismiss(@Bind("customerId") long customerId, @Bind("until") LocalDate until);

    @SqlQuery("SELECT setting_value FROM visit_setting WHERE name = :name")
    Optional<String> setting(@Bind("name") String name);

    @SqlUpdate("UPDATE visit_setting SET setting_value = :value, updated_at = :now WHERE name = :name")
    int updateSetting(@Bind("name") String name, @Bind("value") String value, @Bind("now") Instant now);

    @SqlQuery("SELECT COUNT(*) FROM visit")
    long count();

    @SqlUpdate("UPDATE visit_setting SET setting_value = :to, updated_at = :now WHERE name = :name AND setting_value = :from")
    int claimSetting(@Bind("name") String name, @Bind("from") String from, @Bind("to") String to, @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM visit_return WHERE customer_id = :customerId")
    int deleteReturns(@Bind("customerId") long customerId);

    @SqlUpdate("DELETE FROM visit_return WHERE customer_id IN (<ids>)")
    int deleteReturnsOf(@BindList("ids") List<Long> customerIds);

    @SqlBatch("INSERT INTO visit_return (customer_id, returned_on, gap_days) VALUES (:customerId, :returnedOn, :gapDays)")
    void insertReturns(@BindMethods List<VisitReturn> returns);

    /** Returns in {@code [from, to)}, by day then customer. */
    @SqlQuery("SELECT customer_id, returned_on, gap_days FROM visit_return WHERE returned_on >= :from AND returned_on < :to "
            + "ORDER BY returned_on, customer_id")
    @RegisterConstructorMapper(VisitReturn.class)
    List<VisitReturn> returnsBetween(@Bind("from") LocalDate from, @Bind("to") LocalDate to);

    @SqlQuery("SELECT DISTINCT customer_id FROM visit ORDER BY customer_id")
    List<Long> customersWithVisits();

    @SqlQuery("SELECT COALESCE(SUM(amount), 0) FROM visit WHERE customer_id = :customerId")
    BigDecimal totalOf(@Bind("customerId") long customerId);

    /** One visit day of one customer. */
    record CustomerDay(long customerId, LocalDate visitedOn) {
    }
}
