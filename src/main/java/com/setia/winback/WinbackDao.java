package com.setia.winback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The win-back tables. Calls run inside the transactions that {@link WinbackService} opens. */
@RegisterRowMapper(WinbackDao.CaseMapper.class)
@RegisterConstructorMapper(StepRecord.class)
@RegisterConstructorMapper(FollowUp.class)
public interface WinbackDao {
    /** The case columns; the customer's name is not here: the service asks the customer feature for it. */
    String CASE_SELECT = "SELECT k.id, k.customer_id, k.incident_id, k.started_at, k.opened_at, "
            + "k.first_action_at, k.closed_at, k.outcome, k.follow_up_on, k.let_go_reason, k.closing_note, k.skipped_steps, "
            + "(SELECT COUNT(*) FROM winback_step s WHERE s.case_id = k.id) AS steps_done "
            + "FROM winback_case k ";
    String STEP_COLUMNS = "case_id, step, done_at, notes, phoned, letter_sent, what_went_wrong, offer, offer_value";

    @SqlUpdate("INSERT INTO winback_case (customer_id, incident_id, started_at, opened_at) "
            + "VALUES (:customerId, :incidentId, :startedAt, :openedAt)")
    @GetGeneratedKeys("id")
    long insertCase(@Bind("customerId") long customerId, @Bind("incidentId") Long incidentId,
            @Bind("startedAt") Instant startedAt, @Bind("openedAt") Instant openedAt);

    @SqlQuery(CASE_SELECT + "WHERE k.id = :id")
    Optional<WinbackCase> findCase(@Bind("id") long id);

    @SqlQuery(CASE_SELECT + "WHERE k.closed_at IS NULL ORDER BY k.started_at, k.id")
    List<WinbackCase> openCases();

    @SqlQuery(CASE_SELECT + "WHERE k.customer_id = :customerId ORDER BY k.opened_at DESC, k.id DESC")
    List<WinbackCase> casesOf(@Bind("customerId") long customerId);

    @SqlQuery(CASE_SELECT + "WHERE k.outcome = 'KEEP_IN_TOUCH' AND k.follow_up_on IS NOT NULL AND k.follow_up_on <= :day "
            + "ORDER BY k.follow_up_on, k.id")
    List<WinbackCase> followUpsDue(@Bind("day") LocalDate day);

    @SqlQuery("SELECT COUNT(*) FROM winback_case WHERE customer_id = :customerId AND closed_at IS NULL")
    int openCaseCount(@Bind("customerId") long customerId);

    @SqlQuery("SELECT COUNT(*) FROM winback_case WHERE incident_id = :incidentId")
    int casesForIncident(@Bind("incidentId") long incidentId);

    /** The incidents that have a case, and those the owner set aside as needing none. */
    @SqlQuery("SELECT incident_id FROM winback_case WHERE incident_id IS NOT NULL "
            + "UNION SELECT incident_id FROM winback_incident_set_aside")
    java.util.Set<Long> incidentsDealtWith();

    @SqlUpdate("INSERT INTO winback_incident_set_aside (incident_id, set_aside_at) VALUES (:incidentId, :at)")
    int setIncidentAside(@Bind("incidentId") long incidentId, @Bind("at") Instant at);

    /** When each customer's latest case closed, for the customers with a closed case. */
    @SqlQuery("SELECT customer_id, MAX(closed_at) AS last_closed FROM winback_case WHERE closed_at IS NOT NULL GROUP BY customer_id")
    @org.jdbi.v3.sqlobject.config.KeyColumn("customer_id")
    @org.jdbi.v3.sqlobject.config.ValueColumn("last_closed")
    java.util.Map<Long, OffsetDateTime> lastClosedByCustomer();

    /** Closed cases of every customer, the latest closed first, at most {@code limit}. */
    @SqlQuery(CASE_SELECT + "WHERE k.closed_at IS NOT NULL ORDER BY k.closed_at DESC, k.id DESC LIMIT :limit")
    List<WinbackCase> closedCases(@Bind("limit") int limit);

    @SqlUpdate("UPDATE winback_case SET first_action_at = :at WHERE id = :id AND first_action_at IS NULL")
    int markFirstAction(@Bind("id") long caseId, @Bind("at") Instant at);

    @SqlUpdate("UPDATE winback_case SET closed_at = :at, outcome = :outcome, follow_up_on = :r.followUpOn, "
            + "let_go_reason = :letGoReason, closing_note = :note, skipped_steps = :skipped WHERE id = :id AND closed_at IS NULL")
    int close(@Bind("id") long caseId, @Bind("at") Instant at, @Bind("outcome") Outcome outcome,
            @BindMethods("r") CloseRequest request, @Bind("letGoReason") String letGoReason, @Bind("note") String note,
            @Bind("skipped") String skippedSteps);

    @SqlUpdate("UPDATE winback_case SET follow_up_on = :nextOn WHERE id = :id")
    int setFollowUpOn(@Bind("id") long caseId, @Bind("nextOn") LocalDate nextOn);

    @SqlUpdate("UPDATE winback_case SET outcome = 'WON_BACK', follow_up_on = NULL WHERE id = :id")
    int markWonBackAfterFollowUp(@Bind("id") long caseId);

    @SqlUpdate("INSERT INTO winback_step (" + STEP_COLUMNS + ") VALUES (:caseId, :d.step, :at, :d.notes, :d.phoned, "
            + ":d.letterSent, :d.whatWentWrong, :d.offer, :d.offerValue)")
    int insertStep(@Bind("caseId") long caseId, @BindMethods("d") StepDraft draft, @Bind("at") Instant at);

    @SqlQuery("SELECT " + STEP_COLUMNS + " FROM winback_step WHERE case_id = :caseId ORDER BY done_at, step")
    List<StepRecord> steps(@Bind("caseId") long caseId);

    /** The steps of all of a customer's cases at once (the customer page reads a long history in a few queries). */
    @SqlQuery("SELECT s.case_id, s.step, s.done_at, s.notes, s.phoned, s.letter_sent, s.what_went_wrong, s.offer, s.offer_value "
            + "FROM winback_step s JOIN winback_case k ON k.id = s.case_id WHERE k.customer_id = :customerId "
            + "ORDER BY s.case_id, s.done_at, s.step")
    List<StepRecord> stepsOfCustomer(@Bind("customerId") long customerId);

    @SqlUpdate("INSERT INTO winback_follow_up (case_id, done_at, note, next_on) VALUES (:caseId, :at, :note, :nextOn)")
    int insertFollowUp(@Bind("caseId") long caseId, @Bind("at") Instant at, @Bind("note") String note,
            @Bind("nextOn") LocalDate nextOn);

    @SqlQuery("SELECT id, case_id, done_at, note, next_on FROM winback_follow_up WHERE case_id = :caseId ORDER BY done_at, id")
    List<FollowUp> followUps(@Bind("caseId") long caseId);

    /** The follow-ups of all of a customer's cases at once. */
    @SqlQuery("SELECT f.id, f.case_id, f.done_at, f.note, f.next_on FROM winback_follow_up f "
            + "JOIN winback_case k ON k.id = f.case_id WHERE k.customer_id = :customerId ORDER BY f.case_id, f.done_at, f.id")
    List<FollowUp> followUpsOfCustomer(@Bind("customerId") long customerId);

    @SqlQuery("SELECT setting_value FROM winback_setting WHERE name = :name")
    Optional<String> setting(@Bind("name") String name);

    /** Standard MERGE (H2 and PostgreSQL 15+ both run it; H2's own MERGE ... KEY does not run on PostgreSQL). */
    @SqlUpdate("MERGE INTO winback_setting t USING (SELECT 1 AS one) s ON t.name = :name "
            + "WHEN MATCHED THEN UPDATE SET setting_value = :value, updated_at = :now "
            + "WHEN NOT MATCHED THEN INSERT (name, setting_value, updated_at) VALUES (:name, :value, :now)")
    int putSetting(@Bind("name") String name, @Bind("value") String value, @Bind("now") Instant now);

    /** Closed cases per month of closing and outcome ({@code <bucket>}: a {@code MonthBuckets} expression). */
    @SqlQuery("SELECT month_index, outcome, COUNT(*) AS cases FROM (SELECT <bucket> AS month_index, outcome FROM winback_case "
            + "WHERE closed_at >= :since AND closed_at < :until) t GROUP BY month_index, outcome")
    @RegisterConstructorMapper(MonthOutcomeCount.class)
    List<MonthOutcomeCount> outcomesByMonth(@Define("bucket") String bucket, @BindMap Map<String, Object> bounds,
            @Bind("since") Instant from, @Bind("until") Instant to);

    /**
     * The cases whose clock started in {@code [since, until)}: the month of the range each falls in
     * ({@code <bucket>}: a {@code MonthBuckets} expression), when it started and how long to the first action
     * (null: not acted on yet), both in seconds. One scan; {@link WinbackService} counts them per month.
     */
    @SqlQuery(ACT_FAST_ROWS)
    @RegisterConstructorMapper(ActFastRow.class)
    List<ActFastRow> actFastRows(@Define("bucket") String bucket, @BindMap Map<String, Object> bounds,
            @Bind("since") Instant from, @Bind("until") Instant to);

    /** One case for act fast: its month index, its start (epoch seconds) and the seconds to its first action. */
    record ActFastRow(@org.jdbi.v3.core.mapper.reflect.ColumnName("month_index") int month,
            @org.jdbi.v3.core.mapper.reflect.ColumnName("start_epoch") double startEpoch, Double secs) {
    }

    @SqlQuery("SELECT DISTINCT customer_id FROM winback_case WHERE closed_at IS NULL")
    List<Long> customersWithOpenCase();

    String ACT_FAST_ROWS = "SELECT <bucket> AS month_index, EXTRACT(EPOCH FROM started_at) AS start_epoch, "
            + "EXTRACT(EPOCH FROM first_action_at) - EXTRACT(EPOCH FROM started_at) AS secs "
            + "FROM winback_case WHERE started_at >= :since AND started_at < :until";

    @SqlQuery("SELECT DISTINCT customer_id FROM winback_case WHERE closed_at >= :since AND closed_at < :until "
            + "AND outcome = :outcome ORDER BY customer_id LIMIT :limit")
    List<Long> customersClosedAs(@Bind("since") Instant from, @Bind("until") Instant to, @Bind("outcome") Outcome outcome,
            @Bind("limit") int limit);

    @SqlQuery("SELECT DISTINCT customer_id FROM winback_case WHERE started_at >= :since AND started_at < :until "
            + "AND (CASE WHEN first_action_at IS NULL THEN :nowEpoch ELSE EXTRACT(EPOCH FROM first_action_at) END) "
            + "- EXTRACT(EPOCH FROM started_at) > :red ORDER BY customer_id LIMIT :limit")
    List<Long> customersPastRed(@Bind("since") Instant from, @Bind("until") Instant to, @Bind("nowEpoch") long nowEpoch,
            @Bind("red") long redSeconds, @Bind("limit") int limit);

    /** Maps a case row, with its comma-separated skipped steps and the count of steps done (no name yet). */
    final class CaseMapper implements RowMapper<WinbackCase> {
        @Override
        public WinbackCase map(ResultSet rs, StatementContext ctx) throws SQLException {
            long incident = rs.getLong("incident_id");
            Long incidentId = rs.wasNull() ? null : incident;
            String outcome = rs.getString("outcome");
            LocalDate followUp = rs.getObject("follow_up_on", LocalDate.class);
            return new WinbackCase(rs.getLong("id"), rs.getLong("customer_id"), null, incidentId,
                    instant(rs, "started_at"), instant(rs, "opened_at"), instant(rs, "first_action_at"),
                    instant(rs, "closed_at"), outcome == null ? null : Outcome.valueOf(outcome), followUp,
                    rs.getString("let_go_reason"), rs.getString("closing_note"), steps(rs.getString("skipped_steps")),
                    rs.getInt("steps_done"));
        }

        private static Instant instant(ResultSet rs, String column) throws SQLException {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }

        private static List<Step> steps(String csv) {
            if (csv == null || csv.isBlank()) return List.of();
            List<Step> out = new ArrayList<>();
            Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(Step::valueOf).forEach(out::add);
            return out;
        }
    }


    @SqlQuery("SELECT COUNT(*) FROM winback_case")
    long countCases();

    @SqlUpdate("UPDATE winback_case SET let_go_reason = NULL, closing_note = NULL WHERE customer_id = :customerId")
    int eraseCaseText(@Bind("customerId") long customerId);

    @SqlUpdate("UPDATE winback_step SET notes = NULL, what_went_wrong = NULL, offer = NULL "
            + "WHERE case_id IN (SELECT id FROM winback_case WHERE customer_id = :customerId)")
    int eraseStepText(@Bind("customerId") long customerId);

    @SqlUpdate("UPDATE winback_follow_up SET note = NULL "
            + "WHERE case_id IN (SELECT id FROM winback_case WHERE customer_id = :customerId)")
    int eraseFollowUpText(@Bind("customerId") long customerId);
}
