package com.setia.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.setia.common.Refusal;
import com.setia.common.Text;
import com.setia.customer.Customer;
import com.setia.customer.CustomerService;

/**
 * The contact person (domain.md section 3.3): the staff member who looks after each customer. When it changes, the
 * new person should introduce themselves; Setia keeps asking (on Today) until that is recorded.
 */
public final class StaffService {
    public static final int NAME_MAX = 100;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;

    public StaffService(Jdbi jdbi, Clock clock, CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
    }

    /** Adds a staff member by name (not blank, not already on the staff). */
    public Staff addStaff(String name) {
        String n = checkedName(name);
        return jdbi.inTransaction(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            if (dao.countNamed(n) > 0) throw new Refusal("staff.error.nameTaken");
            return dao.staff(dao.insertStaff(n, clock.instant())).orElseThrow();
        });
    }

    /** Renames a staff member (not blank, not another's name); the customers they look after see the new name. */
    public Staff rename(long staffId, String name) {
        String n = checkedName(name);
        return jdbi.inTransaction(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            if (dao.countNamedOther(n, staffId) > 0) throw new Refusal("staff.error.nameTaken");
            if (dao.rename(staffId, n) != 1) throw new Refusal("staff.error.noSuchStaff");
            return dao.staff(staffId).orElseThrow();
        });
    }

    /**
     * Takes a staff member off the staff (they left): no longer offered as a contact person; who looked after whom
     * stays in the history. Returns how many customers they still look after, each needing a new contact person.
     */
    public int retire(long staffId) {
        return jdbi.inTransaction(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            if (dao.retire(staffId) != 1) throw new Refusal("staff.error.noSuchStaff");
            return dao.customersLookedAfter(staffId);
        });
    }

    /** How many customers each active staff member looks after now. */
    public int customersLookedAfter(long staffId) {
        return jdbi.withExtension(StaffDao.class, dao -> dao.customersLookedAfter(staffId));
    }

    public List<Staff> staff() {
        return jdbi.withExtension(StaffDao.class, StaffDao::activeStaff);
    }

    public Optional<ContactPerson> current(long customerId) {
        return jdbi.withExtension(StaffDao.class, dao -> dao.current(customerId));
    }

    /**
     * Makes {@code staffId} the customer's contact person. A change from someone else asks the new person to introduce
     * themselves; the first contact person is someone the customer already deals with. The same person again changes
     * nothing.
     */
    public ContactPerson assign(long customerId, long staffId) {
        return jdbi.inTransaction(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            customers.find(customerId).orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
            dao.staff(staffId).filter(Staff::active).orElseThrow(() -> new Refusal("staff.error.noSuchStaff"));
            Optional<ContactPerson> now = dao.current(customerId);
            if (now.isPresent() && now.get().staffId() == staffId) return now.get();
            dao.endCurrent(customerId, clock.instant());
            long id = dao.assign(customerId, staffId, clock.instant(), now.isPresent());
            return dao.find(id).orElseThrow();
        });
    }

    /** Records that the contact person introduced themselves, how and on which day (not in the future). */
    public ContactPerson markIntroduced(long contactPersonId, IntroHow how, LocalDate on) {
        if (how == null) throw new Refusal("staff.error.howRequired");
        if (on == null || on.isAfter(LocalDate.now(clock))) throw new Refusal("staff.error.dayFuture");
        return jdbi.inTransaction(h -> {
            StaffDao dao = h.attach(StaffDao.class);
            if (dao.markIntroduced(contactPersonId, on, how) != 1) throw new Refusal("staff.error.notCurrent");
            return dao.find(contactPersonId).orElseThrow();
        });
    }

    /** Introductions still owed, with the customer's name: what Today asks about. Archived customers left out. */
    public List<PendingIntroduction> pendingIntroductions() {
        List<ContactPerson> pending = jdbi.withExtension(StaffDao.class, StaffDao::pendingIntroductions);
        var names = customers.findAll(pending.stream().map(ContactPerson::customerId).toList());
        return pending.stream().filter(p -> names.containsKey(p.customerId()) && !names.get(p.customerId()).archived())
                .map(p -> new PendingIntroduction(p, names.get(p.customerId()))).toList();
    }

    private static String checkedName(String name) {
        String n = Text.blankToNull(name);
        if (n == null) throw new Refusal("staff.error.nameRequired");
        if (n.length() > NAME_MAX) throw new Refusal("staff.error.nameTooLong", NAME_MAX);
        return n;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A new contact person who still owes the customer an introduction. */
    public record PendingIntroduction(ContactPerson person, Customer customer) {
    }
}
