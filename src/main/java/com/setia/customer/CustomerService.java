package com.setia.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/**
 * The customer book's use cases. Each method is one transaction; every draft is validated here, so no caller
 * can store a customer the validator refuses.
 */
public final class CustomerService {
    public static final int DEFAULT_PAGE = 500;
    private static final int LOOKUP_CHUNK = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerValidator validator;
    private final CustomerSearchIndex index;

    public CustomerService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.validator = new CustomerValidator(clock);
        this.index = new CustomerSearchIndex(() -> jdbi.withExtension(CustomerDao.class, dao -> dao.indexRows().stream()
                .map(r -> CustomerSearchIndex.Entry.of(r.id(), r.name(), r.searchText(), r.archived())).toList()));
    }

    public List<Violation> check(CustomerDraft draft) {
        return validator.validate(draft);
    }

    public Customer create(CustomerDraft draft) {
        CustomerDraft d = valid(draft);
        return indexed(jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            long id = dao.insert(d, CustomerSearch.searchText(d), now());
            Customer created = dao.find(id).orElseThrow();
            dao.insertStatusChange(id, created.status(), now());
            return created;
        }));
    }

    public Customer update(long id, CustomerDraft draft) {
        CustomerDraft d = valid(draft);
        return indexed(jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            CustomerStatus before = dao.find(id).map(Customer::status).orElse(null);
            if (dao.update(id, d, CustomerSearch.searchText(d), now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
            Customer saved = dao.find(id).orElseThrow();
            if (saved.status() != before) dao.insertStatusChange(id, saved.status(), now());
            return saved;
        }));
    }

    /** Sets the life-cycle status alone, as the win-back outcome does. */
    public Customer changeStatus(long id, CustomerStatus status) {
        return jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            CustomerStatus before = dao.find(id).map(Customer::status).orElse(null);
            if (dao.updateStatus(id, status, now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
            if (status != before) dao.insertStatusChange(id, status, now());
            return dao.find(id).orElseThrow();
        });
    }

    public Customer archive(long id) {
        return setArchived(id, now());
    }

    public Customer restore(long id) {
        return setArchived(id, null);
    }

    public Optional<Customer> find(long id) {
        return jdbi.withExtension(CustomerDao.class, dao -> dao.find(id));
    }

    /**
     * The customers with these ids that exist, by id, read in a few queries however many are asked for: how other
     * features put names to the customer ids they keep.
     */
    public Map<Long, Customer> findAll(java.util.Collection<Long> ids) {
        List<Long> wanted = ids.stream().distinct().toList();
        Map<Long, Customer> found = new HashMap<>();
        for (int from = 0; from < wanted.size(); from += LOOKUP_CHUNK) {
            List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + LOOKUP_CHUNK));
            jdbi.withExtension(CustomerDao.class, dao -> dao.findAll(chunk)).forEach(c -> found.put(c.id(), c));
        }
        return found;
    }

    /** The ids of archived customers, for overviews that count only the customers still in the book. */
    public java.util.Set<Long> archivedIds() {
        return new java.util.HashSet<>(jdbi.withExtension(CustomerDao.class, CustomerDao::archivedIds));
    }

    /** Customers in the book (archived ones left out) by status; every status is present, zero when none. */
    public Map<CustomerStatus, Integer> statusCounts() {
        Map<CustomerStatus, Integer> out = new java.util.EnumMap<>(CustomerStatus.class);
        for (CustomerStatus s : CustomerStatus.values()) out.put(s, 0);
        jdbi.withExtension(CustomerDao.class, CustomerDao::statusCounts).forEach(c -> out.put(c.status(), c.customers()));
        return out;
    }

    /** How many customers moved into each status in each month of {@code months} (new customers count as ACTIVE). */
    public List<MonthStatusCount> statusChanges(com.setia.store.MonthBuckets months) {
        return jdbi.withExtension(CustomerDao.class, dao -> dao.statusChanges(months.bucket("changed_at"),
                months.instantBounds(), months.from(), months.to()));
    }

    /** The ids of customers in the book with this status, by name, at most {@code limit}. */
    public List<Long> idsWithStatus(CustomerStatus status, int limit) {
        return jdbi.withExtension(CustomerDao.class, dao -> dao.idsWithStatus(status, limit));
    }

    /** The ids of every customer the shop still serves: in the book (not archived) and not let go. */
    public List<Long> idsStillServed() {
        return jdbi.withExtension(CustomerDao.class, CustomerDao::idsStillServed);
    }

    /** The ids of customers whose status was set to {@code status} between {@code from} and {@code to}. */
    public List<Long> idsChangedTo(CustomerStatus status, Instant from, Instant to, int limit) {
        return jdbi.withExtension(CustomerDao.class, dao -> dao.idsChangedTo(status, from, to, limit));
    }

    /** Customers matching every word of the query (name, e-mail or phone digits), by name, at most {@code limit}. */
    public CustomerPage search(String query, boolean includeArchived, int limit) {
        CustomerSearchIndex.Hits hits = index.search(CustomerSearch.terms(query), includeArchived, limit);
        if (hits.ids().isEmpty()) {
            return new CustomerPage(List.of(), hits.total());
        }
        Map<Long, Customer> found = new HashMap<>();
        for (Customer c : jdbi.withExtension(CustomerDao.class, dao -> dao.findAll(hits.ids()))) {
            found.put(c.id(), c);
        }
        List<Customer> rows = hits.ids().stream().map(found::get).filter(Objects::nonNull).toList();
        return new CustomerPage(rows, hits.total());
    }

    /**
     * Forgets the search index, for code that changed customers without this service (a bulk import);
     * the next search reads the store again.
     */
    public void reindex() {
        index.invalidate();
    }

    private Customer indexed(Customer c) {
        index.put(CustomerSearchIndex.Entry.of(c.id(), c.name(),
                CustomerSearch.searchText(c.toDraft()), c.archived()));
        return c;
    }

    private Customer setArchived(long id, Instant at) {
        return indexed(jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            if (dao.setArchivedAt(id, at, now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
            return dao.find(id).orElseThrow();
        }));
    }

    private CustomerDraft valid(CustomerDraft draft) {
        List<Violation> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        return draft.normalised();
    }

    private Instant now() {
        return clock.instant();
    }
}
