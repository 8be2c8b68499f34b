package com.setia.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

/**
 * The customer book's use cases. Each method is one transaction; every draft is validated here, so no caller
 * can store a customer the validator refuses.
 */
public final class CustomerService {
    public static final int DEFAULT_PAGE = 500;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerValidator validator;

    public CustomerService(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.validator = new CustomerValidator(clock);
    }

    public List<Violation> check(CustomerDraft draft) {
        return validator.validate(draft);
    }

    public Customer create(CustomerDraft draft) {
        CustomerDraft d = valid(draft);
        return jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            long id = dao.insert(d, CustomerSearch.searchText(d), now());
            return dao.find(id).orElseThrow();
        });
    }

    public Customer update(long id, CustomerDraft draft) {
        CustomerDraft d = valid(draft);
        return jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            if (dao.update(id, d, CustomerSearch.searchText(d), now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
            return dao.find(id).orElseThrow();
        });
    }

    /** Sets the life-cycle status alone, as the win-back outcome does. */
    public Customer changeStatus(long id, CustomerStatus status) {
        return jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            if (dao.updateStatus(id, status, now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
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

    /** Customers matching every word of the query (name, e-mail or phone digits), by name, at most {@code limit}. */
    public CustomerPage search(String query, boolean includeArchived, int limit) {
        List<String> patterns = CustomerSearch.patterns(query);
        return jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            List<Customer> rows = dao.search(patterns, includeArchived, limit);
            int total = rows.size() < limit ? rows.size() : dao.count(patterns, includeArchived);
            return new CustomerPage(rows, total);
        });
    }

    private Customer setArchived(long id, Instant at) {
        return jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            if (dao.setArchivedAt(id, at, now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
            return dao.find(id).orElseThrow();
        });
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
