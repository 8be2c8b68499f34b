package com.setia.health;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The health_check_tick table. Calls run inside the transactions {@link HealthService} opens. */
public interface HealthDao {
    @SqlUpdate("DELETE FROM health_check_tick WHERE customer_id = :customerId AND item = :item")
    int delete(@Bind("customerId") long customerId, @Bind("item") int item);

    @SqlUpdate("INSERT INTO health_check_tick (customer_id, item, ticked_on, note, updated_at) "
            + "VALUES (:customerId, :item, :on, :note, :now)")
    int insert(@Bind("customerId") long customerId, @Bind("item") int item, @Bind("on") LocalDate on,
            @Bind("note") String note, @Bind("now") Instant now);

    @SqlQuery("SELECT item, ticked_on, note FROM health_check_tick WHERE customer_id = :customerId")
    @RegisterConstructorMapper(Row.class)
    List<Row> ticksOf(@Bind("customerId") long customerId);

    /** How many customers have each item ticked on or after {@code since}, leaving out the {@code excluded} ids. */
    @SqlQuery("SELECT item, COUNT(*) AS customers FROM health_check_tick WHERE ticked_on >= :since "
            + "AND customer_id NOT IN (<excluded>) GROUP BY item")
    @RegisterConstructorMapper(Count.class)
    List<Count> countsSince(@Bind("since") LocalDate since, @BindList("excluded") List<Long> excluded);

    @SqlQuery("SELECT customer_id FROM health_check_tick WHERE item = :item AND ticked_on >= :since "
            + "AND customer_id NOT IN (<excluded>) ORDER BY customer_id LIMIT :limit")
    List<Long> customersWith(@Bind("item") int item, @Bind("since") LocalDate since,
            @BindList("excluded") List<Long> excluded, @Bind("limit") int limit);

    record Row(int item, LocalDate tickedOn, String note) {
    }

    record Count(int item, int customers) {
    }
}
