package com.setia.loyalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The loyalty_sign table. Only {@link LoyaltyService} uses it. */
@RegisterConstructorMapper(LoyaltyMark.class)
public interface LoyaltyDao {
    @SqlQuery("SELECT customer_id, sign, seen_on, note, updated_at FROM loyalty_sign WHERE customer_id = :customerId")
    List<LoyaltyMark> forCustomer(@Bind("customerId") long customerId);

    @SqlUpdate("DELETE FROM loyalty_sign WHERE customer_id = :customerId AND sign = :sign")
    int delete(@Bind("customerId") long customerId, @Bind("sign") LoyaltySign sign);

    @SqlUpdate("INSERT INTO loyalty_sign (customer_id, sign, seen_on, note, updated_at) VALUES (:customerId, :sign, :on, :note, :now)")
    void insert(@Bind("customerId") long customerId, @Bind("sign") LoyaltySign sign, @Bind("on") LocalDate on,
            @Bind("note") String note, @Bind("now") Instant now);
}
