package com.setia.customer;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.SqlObject;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The customer table. Calls run inside the transactions that {@link CustomerService} opens. */
@RegisterConstructorMapper(Customer.class)
public interface CustomerDao extends SqlObject {
    String COLUMNS = "id, name, salutation, phone, email, address, preferred_language, customer_since, notes, status, "
            + "archived_at, created_at, updated_at";

    @SqlUpdate("INSERT INTO customer (name, salutation, phone, email, address, preferred_language, customer_since, notes, status, "
            + "created_at, updated_at, search_text) VALUES (:d.name, :d.salutation, :d.phone, :d.email, :d.address, "
            + ":d.preferredLanguage, :d.customerSince, :d.notes, :d.status, :now, :now, :searchText)")
    @GetGeneratedKeys("id")
    long insert(@BindMethods("d") CustomerDraft draft, @Bind("searchText") String searchText, @Bind("now") Instant now);

    @SqlUpdate("UPDATE customer SET name = :d.name, salutation = :d.salutation, phone = :d.phone, email = :d.email, address = :d.address, "
            + "preferred_language = :d.preferredLanguage, customer_since = :d.customerSince, notes = :d.notes, "
            + "status = :d.status, updated_at = :now, search_text = :searchText WHERE id = :id")
    int update(@Bind("id") long id, @BindMethods("d") CustomerDraft draft, @Bind("searchText") String searchText,
            @Bind("now") Instant now);

    @SqlUpdate("UPDATE customer SET status = :status, updated_at = :now WHERE id = :id")
    int updateStatus(@Bind("id") long id, @Bind("status") CustomerStatus status, @Bind("now") Instant now);

    @SqlUpdate("UPDATE customer SET archived_at = :at, updated_at = :now WHERE id = :id")
    int setArchivedAt(@Bind("id") long id, @Bind("at") Instant archivedAt, @Bind("now") Instant now);

    @SqlQuery("SELECT " + COLUMNS + " FROM customer WHERE id = :id")
    Optional<Customer> find(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM customer")
    int countAll();

    /**
     * The customers whose search text contains every pattern (already LIKE-escaped and wrapped in %), by name.
     * Archived customers are left out unless asked for.
     */
    default List<Customer> search(List<String> likePatterns, boolean includeArchived, int limit) {
        var query = getHandle().createQuery("SELECT " + COLUMNS + " FROM customer" + where(likePatterns, includeArchived)
                + " ORDER BY archived_at NULLS FIRST, name, id LIMIT :limit");
        bindPatterns(query, likePatterns);
        return query.bind("limit", limit).mapTo(Customer.class).list();
    }

    default int count(List<String> likePatterns, boolean includeArchived) {
        var query = getHandle().createQuery("SELECT COUNT(*) FROM customer" + where(likePatterns, includeArchived));
        bindPatterns(query, likePatterns);
        return query.mapTo(Integer.class).one();
    }

    private static String where(List<String> likePatterns, boolean includeArchived) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        if (!includeArchived) {
            sql.append(" AND archived_at IS NULL");
        }
        for (int i = 0; i < likePatterns.size(); i++) {
            sql.append(" AND search_text LIKE :p").append(i);
        }
        return sql.toString();
    }

    private static void bindPatterns(org.jdbi.v3.core.statement.Query query, List<String> likePatterns) {
        for (int i = 0; i < likePatterns.size(); i++) {
            query.bind("p" + i, likePatterns.get(i));
        }
    }
}
