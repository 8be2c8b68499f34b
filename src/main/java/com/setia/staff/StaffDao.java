package com.setia.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The staff and contact_person tables. Calls run inside the transactions {@link StaffService} opens. */
@RegisterConstructorMapper(Staff.class)
@RegisterConstructorMapper(ContactPerson.class)
public interface StaffDao {
    String PERSON = "SELECT p.id, p.customer_id, p.staff_id, s.name AS staff_name, p.assigned_at, p.introduction_due, "
            + "p.introduced_on, p.introduced_how FROM contact_person p JOIN staff s ON s.id = p.staff_id ";

    @SqlUpdate("INSERT INTO staff (name, active, created_at) VALUES (:name, TRUE, :now)")
    @GetGeneratedKeys("id")
    long insertStaff(@Bind("name") String name, @Bind("now") Instant now);

    @SqlQuery("SELECT id, name, active FROM staff WHERE active ORDER BY name, id")
    List<Staff> activeStaff();

    @SqlQuery("SELECT id, name, active FROM staff WHERE id = :id")
    Optional<Staff> staff(@Bind("id") long id);

    @SqlQuery("SELECT COUNT(*) FROM staff WHERE active AND LOWER(name) = LOWER(:name)")
    int countNamed(@Bind("name") String name);

    @SqlQuery("SELECT COUNT(*) FROM staff WHERE active AND LOWER(name) = LOWER(:name) AND id <> :id")
    int countNamedOther(@Bind("name") String name, @Bind("id") long id);

    @SqlUpdate("UPDATE staff SET name = :name WHERE id = :id AND active")
    int rename(@Bind("id") long id, @Bind("name") String name);

    @SqlUpdate("UPDATE staff SET active = FALSE WHERE id = :id AND active")
    int retire(@Bind("id") long id);

    /** Customers this staff member looks after now (their current contact person). */
    @SqlQuery("SELECT COUNT(*) FROM contact_person WHERE staff_id = :id AND ended_at IS NULL")
    int customersLookedAfter(@Bind("id") long id);

    @SqlQuery(PERSON + "WHERE p.customer_id = :customerId AND p.ended_at IS NULL")
    Optional<ContactPerson> current(@Bind("customerId") long customerId);

    @SqlQuery(PERSON + "WHERE p.id = :id")
    Optional<ContactPerson> find(@Bind("id") long id);

    @SqlUpdate("UPDATE contact_person SET ended_at = :at WHERE customer_id = :customerId AND ended_at IS NULL")
    int endCurrent(@Bind("customerId") long customerId, @Bind("at") Instant at);

    @SqlUpdate("INSERT INTO contact_person (customer_id, staff_id, assigned_at, introduction_due) "
            + "VALUES (:customerId, :staffId, :at, :due)")
    @GetGeneratedKeys("id")
    long assign(@Bind("customerId") long customerId, @Bind("staffId") long staffId, @Bind("at") Instant at,
            @Bind("due") boolean introductionDue);

    @SqlUpdate("UPDATE contact_person SET introduced_on = :on, introduced_how = :how WHERE id = :id AND ended_at IS NULL")
    int markIntroduced(@Bind("id") long id, @Bind("on") LocalDate on, @Bind("how") IntroHow how);

    /** Current contact persons who still owe an introduction, the oldest change first. */
    @SqlQuery(PERSON + "WHERE p.ended_at IS NULL AND p.introduction_due AND p.introduced_on IS NULL ORDER BY p.assigned_at, p.id")
    List<ContactPerson> pendingIntroductions();
}
