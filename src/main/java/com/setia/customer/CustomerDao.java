package com.setia.customer;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMap;
import org.jdbi.v3.sqlobject.customizer.Define;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;

import com.setia.i18n.Language;

/** The customer table. Calls run inside the transactions that {@link CustomerService} opens. */
@RegisterRowMapper(CustomerDao.CustomerMapper.class)
public interface CustomerDao {
    /** A customer with its form of address (the words of every language, from the salutation table). */
    String COLUMNS = "c.id, c.name, s.code AS s_code, s.word_ms AS s_ms, s.word_id AS s_id, s.word_en AS s_en, c.phone, "
            + "c.email, c.address, c.preferred_language, c.customer_since, c.notes, c.status, c.archived_at, c.created_at, "
            + "c.updated_at";
    String FROM = " FROM customer c JOIN salutation s ON s.code = c.salutation";

    @SqlUpdate("INSERT INTO customer (name, salutation, phone, email, address, preferred_language, customer_since, notes, status, "
            + "created_at, updated_at, search_text) VALUES (:d.name, :d.salutationCode, :d.phone, :d.email, :d.address, "
            + ":d.preferredLanguage, :d.customerSince, :d.notes, :d.status, :now, :now, :searchText)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("d") CustomerDraft draft, @Bind("searchText") String searchText, @Bind("now") Instant now);

    @SqlUpdate("UPDATE customer SET name = :d.name, salutation = :d.salutationCode, phone = :d.phone, email = :d.email, address = :d.address, "
            + "preferred_language = :d.preferredLanguage, customer_since = :d.customerSince, notes = :d.notes, "
            + "status = :d.status, updated_at = :now, search_text = :searchText WHERE id = :id")
    int update(@Bind("id") long id, @BindMethods("d") CustomerDraft draft, @Bind("searchText") String searchText,
            @Bind("now") Instant now);

    /** The same update, only while the row is as the caller read it (its updated_at unchanged): 0 when not. */
    @SqlUpdate("UPDATE customer SET name = :d.name, salutation = :d.salutationCode, phone = :d.phone, email = :d.email, address = :d.address, "
            + "preferred_language = :d.preferredLanguage, customer_since = :d.customerSince, notes = :d.notes, "
            + "status = :d.status, updated_at = :now, search_text = :searchText WHERE id = :id AND updated_at = :readAt")
    int updateIfUnchanged(@Bind("id") long id, @Bind("readAt") Instant readAt, @BindMethods("d") CustomerDraft draft,
            @Bind("searchText") String searchText, @Bind("now") Instant now);

    @SqlQuery("SELECT id, name, search_text, archived_at IS NOT NULL AS archived, status FROM customer WHERE id IN (<ids>)")
    @UseRowMapper(IndexRowMapper.class)
    List<IndexRow> indexRows(@BindList("ids") List<Long> ids);

    @SqlUpdate("UPDATE customer SET status = :status, updated_at = :now WHERE id = :id")
    int updateStatus(@Bind("id") long id, @Bind("status") CustomerStatus status, @Bind("now") Instant now);

    @SqlUpdate("UPDATE customer SET archived_at = :at, updated_at = :now WHERE id = :id")
    int setArchivedAt(@Bind("id") long id, @Bind("at") Instant archivedAt, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + FROM + " WHERE c.id = :id")
    Optional<Customer> find(@Bind("id") long id);

    /**
     * Every customer as the search index needs it, one row at a time (100,000 at start-up: mapped by hand, not by
     * reflection, and never held as one list); the caller closes the stream.
     */
    @SqlQuery("SELECT id, name, search_text, archived_at IS NOT NULL AS archived, status FROM customer")
    @UseRowMapper(IndexRowMapper.class)
    java.util.stream.Stream<IndexRow> indexRows();

    @SqlQuery("SELECT " + COLUMNS + FROM + " WHERE c.id IN (<ids>)")
    List<Customer> findAll(@BindList("ids") List<Long> ids);

    @SqlQuery("SELECT id, name, phone, archived_at IS NOT NULL AS archived FROM customer")
    @RegisterConstructorMapper(CustomerKey.class)
    List<CustomerKey> keys();

    // Two indexed reads (archived_at leads customer_name_idx; status has its own) instead of a scan of the book.
    @SqlQuery("SELECT id FROM customer WHERE archived_at IS NOT NULL UNION SELECT id FROM customer WHERE status = 'LET_GO'")
    List<Long> archivedOrLetGo();

    @SqlQuery("SELECT id FROM customer WHERE status = :status AND archived_at IS NULL")
    List<Long> idsWithStatus(@Bind("status") CustomerStatus status);

    /** The customers with these ids, in any order: one statement text whatever the count, so H2 parses it once. */
    @SqlQuery("SELECT " + COLUMNS + FROM + " WHERE c.id = ANY(:ids)")
    List<Customer> findAny(@Bind("ids") Long[] ids);

    @SqlBatch("INSERT INTO customer (name, salutation, phone, email, address, preferred_language, customer_since, notes, status, "
            + "created_at, updated_at, search_text) VALUES (:d.name, :d.salutationCode, :d.phone, :d.email, :d.address, "
            + ":d.preferredLanguage, :d.customerSince, :d.notes, :d.status, :now, :now, :searchText)")
    @GetGeneratedKeys("id")
    long[] insertAll(@BindMethods("d") List<CustomerDraft> drafts, @Bind("searchText") List<String> searchTexts,
            @Bind("now") Instant now);

    @SqlQuery("SELECT id, name, phone, email FROM customer")
    @RegisterConstructorMapper(ContactKey.class)
    List<ContactKey> contactKeys();

    @SqlQuery("SELECT " + COLUMNS + FROM + " WHERE c.phone IS NOT NULL AND c.phone NOT LIKE '+%'")
    List<Customer> withLocalPhones();

    @SqlUpdate("DELETE FROM customer WHERE id = :id")
    int delete(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM customer")
    long count();

    @SqlQuery("SELECT id FROM customer WHERE archived_at IS NOT NULL")
    List<Long> archivedIds();

    @SqlUpdate("UPDATE customer SET name = :name, phone = NULL, email = NULL, address = NULL, notes = NULL, "
            + "customer_since = NULL, salutation = 'NONE', search_text = '', archived_at = COALESCE(archived_at, :now), "
            + "updated_at = :now WHERE id = :id")
    int erase(@Bind("id") long id, @Bind("name") String name, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + FROM + " ORDER BY c.id")
    List<Customer> all();

    /** The status history: one row each time a customer's status is set to another value. */
    @SqlUpdate("INSERT INTO customer_status_change (customer_id, status, changed_at) VALUES (:id, :status, :at)")
    int insertStatusChange(@Bind("id") long id, @Bind("status") CustomerStatus status, @Bind("at") Instant at);

    /** Customers in the book (not archived) by status. */
    @SqlQuery("SELECT status, COUNT(*) AS customers FROM customer WHERE archived_at IS NULL GROUP BY status")
    @RegisterConstructorMapper(StatusCount.class)
    List<StatusCount> statusCounts();

    /** How many customers moved into each status, per month ({@code <bucket>}: a {@code MonthBuckets} expression). */
    @SqlQuery("SELECT month_index, status, COUNT(DISTINCT customer_id) AS customers FROM (SELECT <bucket> AS month_index, status, customer_id "
            + "FROM customer_status_change WHERE changed_at >= :since AND changed_at < :until) t GROUP BY month_index, status")
    @RegisterConstructorMapper(MonthStatusCount.class)
    List<MonthStatusCount> statusChanges(@Define("bucket") String bucket, @BindMap Map<String, Object> bounds,
            @Bind("since") Instant from, @Bind("until") Instant to);

    @SqlQuery("SELECT id FROM customer WHERE archived_at IS NULL AND status = :status ORDER BY name, id LIMIT :limit")
    List<Long> idsWithStatus(@Bind("status") CustomerStatus status, @Bind("limit") int limit);

    @SqlQuery("SELECT DISTINCT customer_id FROM customer_status_change WHERE status = :status AND changed_at >= :since "
            + "AND changed_at < :until ORDER BY customer_id LIMIT :limit")
    List<Long> idsChangedTo(@Bind("status") CustomerStatus status, @Bind("since") Instant from, @Bind("until") Instant to,
            @Bind("limit") int limit);

    @SqlQuery("SELECT id FROM customer WHERE archived_at IS NULL AND status <> 'LET_GO' ORDER BY id")
    List<Long> idsStillServed();
    /** Every form of address, in the order the picker lists them. */
    @SqlQuery("SELECT code, word_ms AS ms, word_id AS id, word_en AS en FROM salutation ORDER BY sort_order, code")
    @RegisterConstructorMapper(Salutation.class)
    List<Salutation> salutations();

    /** What the search index needs of a customer. */
    record IndexRow(long id, String name, String searchText, boolean archived, CustomerStatus status) {
    }

    /** Maps an index row. */
    final class IndexRowMapper implements RowMapper<IndexRow> {
        @Override
        public IndexRow map(ResultSet rs, StatementContext ctx) throws SQLException {
            return new IndexRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                    CustomerStatus.valueOf(rs.getString(5)));
        }
    }

    /**
     * Maps a customer row ({@link #COLUMNS}) by hand: the list reads up to 500 at a keystroke, and Jdbi's reflective
     * constructor mapper took most of that time.
     */
    final class CustomerMapper implements RowMapper<Customer> {
        @Override
        public Customer map(ResultSet rs, StatementContext ctx) throws SQLException {
            String language = rs.getString("preferred_language");
            return new Customer(rs.getLong("id"), rs.getString("name"),
                    new Salutation(rs.getString("s_code"), rs.getString("s_ms"), rs.getString("s_id"), rs.getString("s_en")),
                    rs.getString("phone"), rs.getString("email"), rs.getString("address"),
                    language == null ? null : Language.valueOf(language), rs.getObject("customer_since", LocalDate.class),
                    rs.getString("notes"), CustomerStatus.valueOf(rs.getString("status")), instant(rs, "archived_at"),
                    instant(rs, "created_at"), instant(rs, "updated_at"));
        }

        private static Instant instant(ResultSet rs, String column) throws SQLException {
            OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
            return t == null ? null : t.toInstant();
        }
    }
}
