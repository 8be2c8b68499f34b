package com.setia.customer;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.setia.common.Problem;
import com.setia.common.Refusal;

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
    private final Supplier<String> region;
    private final CustomerSearchIndex index;
    private final RecentCustomers recent = new RecentCustomers(4096);

    public CustomerService(Jdbi jdbi, Clock clock) {
        this(jdbi, clock, () -> PhoneNumbers.MALAYSIA);
    }

    /**
     * {@code region}: the shop's country ("MY" or "ID"): phone numbers typed without a country code are read as
     * that country's and stored in international form.
     */
    public CustomerService(Jdbi jdbi, Clock clock, Supplier<String> region) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.region = region;
        this.validator = new CustomerValidator(clock, region);
        this.index = new CustomerSearchIndex(sink -> jdbi.useExtension(CustomerDao.class, dao -> {
            try (var rows = dao.indexRows()) {
                rows.forEach(r -> sink.accept(entry(r)));
            }
        }));
    }

    /** A stored customer as the search index holds it. */
    private static CustomerSearchIndex.Entry entry(CustomerDao.IndexRow r) {
        return CustomerSearchIndex.Entry.of(r.id(), r.name(), r.searchText(), r.archived(), r.status());
    }

    public List<Problem> check(CustomerDraft draft) {
        return validator.validate(draft);
    }

    public Customer create(CustomerDraft draft) {
        CustomerDraft d = valid(draft);
        return indexed(jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            knownSalutation(dao, d);
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
            changing(h, id);
            knownSalutation(dao, d);
            if (dao.update(id, d, CustomerSearch.searchText(d), now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
            Customer saved = dao.find(id).orElseThrow();
            if (saved.status() != before) dao.insertStatusChange(id, saved.status(), now());
            return saved;
        }));
    }

    /**
     * Saves the owner's changes to a customer as read at {@code readAt} (its {@code updatedAt}), unless someone
     * else (another PC on a shared store) changed it since: then nothing is written and
     * {@link ChangedElsewhereException} carries the customer as it is now.
     */
    public Customer update(long id, Instant readAt, CustomerDraft draft) {
        CustomerDraft d = valid(draft);
        return indexed(jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            changing(h, id); // the list's copy of the old row goes
            knownSalutation(dao, d);
            if (dao.updateIfUnchanged(id, readAt, d, CustomerSearch.searchText(d), now()) != 1) {
                Customer current = dao.find(id).orElseThrow(() -> new NoSuchElementException("No customer " + id));
                throw new ChangedElsewhereException(current);
            }
            return dao.find(id).orElseThrow();
        }));
    }

    /**
     * Customers were changed by someone else (another PC on a shared store): their search entries are read again,
     * so a search finds them at once. {@code all}: anything may have changed; the index is read again whole.
     */
    public void changedElsewhere(java.util.Collection<Long> ids, boolean all) {
        if (all) {
            index.invalidate();
            recent.clear();
            return;
        }
        ids.forEach(recent::forget); // the rows read before the change are stale too
        if (!index.loaded() || ids.isEmpty()) return;
        List<Long> wanted = List.copyOf(ids);
        for (int from = 0; from < wanted.size(); from += LOOKUP_CHUNK) {
            List<Long> chunk = wanted.subList(from, Math.min(wanted.size(), from + LOOKUP_CHUNK));
            Map<Long, CustomerDao.IndexRow> rows = new HashMap<>();
            jdbi.withExtension(CustomerDao.class, dao -> dao.indexRows(chunk)).forEach(r -> rows.put(r.id(), r));
            for (Long id : chunk) {
                CustomerDao.IndexRow r = rows.get(id);
                if (r == null) {
                    index.remove(id);
                } else {
                    index.put(entry(r));
                }
            }
        }
    }

    /** Sets the life-cycle status alone, as the win-back outcome does. */
    public Customer changeStatus(long id, CustomerStatus status) {
        return indexed(jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            CustomerStatus before = dao.find(id).map(Customer::status).orElse(null);
            changing(h, id);
            if (dao.updateStatus(id, status, now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
            if (status != before) dao.insertStatusChange(id, status, now());
            return dao.find(id).orElseThrow();
        }));
    }

    /**
     * Something went wrong with this customer again (a serious incident, a win-back case opened): active, won back,
     * keep in touch and let go customers become at risk; lost and at-risk customers stay as they are. Returns the
     * customer as stored after it.
     */
    public Customer markAtRisk(long id) {
        Customer c = find(id).orElseThrow(() -> new NoSuchElementException("No customer " + id));
        return switch (c.status()) {
            case ACTIVE, WON_BACK, KEEP_IN_TOUCH, LET_GO -> changeStatus(id, CustomerStatus.AT_RISK);
            case AT_RISK, LOST -> c;
        };
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
        return search(query, includeArchived, null, limit);
    }

    /** As {@link #search(String, boolean, int)}, only customers of {@code status} (null: every status). */
    public CustomerPage search(String query, boolean includeArchived, CustomerStatus status, int limit) {
        return page(index.search(CustomerSearch.terms(query), includeArchived, status, limit));
    }

    /**
     * As {@link #search(String, boolean, CustomerStatus, int)}, in {@code order}: by name, or every match sorted by
     * its standing in {@code standings} (the last visit, latest first; going quiet, most overdue first) before the
     * first {@code limit} are taken.
     */
    public CustomerPage search(String query, boolean includeArchived, CustomerStatus status, int limit, ListOrder order,
            VisitStandings.Snapshot standings) {
        return page(hits(query, includeArchived, status, limit, order, standings));
    }

    /**
     * What {@link #search(String, boolean, CustomerStatus, int, ListOrder, VisitStandings.Snapshot)} finds, as ids
     * only (from the index in memory, no store read): the list reads the rows for the screen first, then the rest.
     */
    CustomerSearchIndex.Hits hits(String query, boolean includeArchived, CustomerStatus status, int limit,
            ListOrder order, VisitStandings.Snapshot standings) {
        return hits(query, includeArchived, status, limit, order, standings, () -> false);
    }

    /** As above; {@code stop} is asked as the scan goes and ends it with a CancellationException (a newer search). */
    CustomerSearchIndex.Hits hits(String query, boolean includeArchived, CustomerStatus status, int limit,
            ListOrder order, VisitStandings.Snapshot standings, BooleanSupplier stop) {
        if (order == null || order == ListOrder.NAME) {
            return index.search(CustomerSearch.terms(query), includeArchived, status, limit, stop);
        }
        return index.search(CustomerSearch.terms(query), includeArchived, status, limit,
                id -> order.key(standings.of(id)), stop);
    }

    /**
     * The first {@code count} a search in list order finds, as ids, scanning only until they are found: what the
     * list shows at once as the owner types. The total is -1 when more may match (ask {@link #hits}); null when the
     * order sorts the whole book first (by visits), which only {@link #hits} does.
     */
    CustomerSearchIndex.Hits firstHits(String query, boolean includeArchived, CustomerStatus status, int count,
            ListOrder order) {
        if (order != null && order != ListOrder.NAME) return null;
        return index.first(CustomerSearch.terms(query), includeArchived, status, count);
    }

    private CustomerPage page(CustomerSearchIndex.Hits hits) {
        return new CustomerPage(rows(hits.ids()), hits.total());
    }

    /** These customers, in this order (one read for those not read lately); an id no longer stored is left out. */
    List<Customer> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Customer> found = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (Long id : ids) {
            Customer c = recent.get(id);
            if (c != null) found.put(id, c);
            else missing.add(id);
        }
        if (!missing.isEmpty()) {
            long readFrom = recent.generation();
            List<Customer> read = jdbi.withExtension(CustomerDao.class, dao -> dao.findAny(missing.toArray(new Long[0])));
            read.forEach(c -> found.put(c.id(), c));
            recent.keep(read, readFrom);
        }
        return ids.stream().map(found::get).filter(Objects::nonNull).toList();
    }

    /** Every customer's id, name and phone: for features that match customers by phone or name (imports). */
    public List<CustomerKey> keys() {
        return jdbi.withExtension(CustomerDao.class, CustomerDao::keys);
    }

    /** Customers the owner no longer looks after: archived or let go (e.g. left out of the going-quiet list). */
    public java.util.Set<Long> archivedOrLetGo() {
        return new java.util.HashSet<>(jdbi.withExtension(CustomerDao.class, CustomerDao::archivedOrLetGo));
    }

    /** The ids of the customers (not archived) with this status. */
    public List<Long> idsWithStatus(CustomerStatus status) {
        return jdbi.withExtension(CustomerDao.class, dao -> dao.idsWithStatus(status));
    }

    /**
     * Builds the search index now and runs a few searches, so the first keystrokes in the customer list are fast. The
     * app calls it once the store is open, on a background thread; a search that comes meanwhile waits for it.
     */
    public void warmUpSearch() {
        index.warmUp();
    }

    /**
     * Stores many new customers in one transaction (the caller's, when it has one open on this thread), as an import
     * does: each draft validated as by {@link #create}; the first invalid one refuses them all. {@code progress} is
     * told after each thousand and may cancel, which rolls everything back. Returns the new ids, in order.
     */
    public List<Long> createAll(List<CustomerDraft> drafts, com.setia.common.Progress progress) {
        List<CustomerDraft> valid = new java.util.ArrayList<>(drafts.size());
        List<String> texts = new java.util.ArrayList<>(drafts.size());
        for (CustomerDraft draft : drafts) {
            CustomerDraft d = valid(draft);
            valid.add(d);
            texts.add(CustomerSearch.searchText(d));
        }
        List<Long> ids = new java.util.ArrayList<>(drafts.size());
        Instant now = now();
        jdbi.useTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            int chunk = 1000;
            for (int from = 0; from < valid.size(); from += chunk) {
                progress.checkCancelled();
                int to = Math.min(valid.size(), from + chunk);
                for (long id : dao.insertAll(valid.subList(from, to), texts.subList(from, to), now)) {
                    ids.add(id);
                }
                progress.update(to, valid.size());
            }
        });
        index.invalidate();
        return ids;
    }

    /** Every customer's id, name, phone (international form) and e-mail: what an import compares against. */
    public List<ContactKey> contactKeys() {
        return jdbi.withExtension(CustomerDao.class, CustomerDao::contactKeys);
    }

    /**
     * Fills the empty details of an existing customer from {@code more} (an imported contact with the same number or
     * e-mail): nothing the owner typed is overwritten. Returns the customer as stored.
     */
    public Customer fillEmpty(long id, CustomerDraft more) {
        return jdbi.inTransaction(h -> {
            Customer c = h.attach(CustomerDao.class).find(id).orElseThrow(() -> new NoSuchElementException("No customer " + id));
            CustomerDraft d = c.toDraft();
            CustomerDraft m = more.normalised();
            CustomerDraft merged = new CustomerDraft(d.name(), d.salutation(), or(d.phone(), m.phone()),
                    or(d.email(), m.email()), or(d.address(), m.address()), d.preferredLanguage(),
                    d.customerSince() != null ? d.customerSince() : m.customerSince(), or(d.notes(), m.notes()), d.status());
            return merged.equals(d) ? c : update(id, merged);
        });
    }

    /**
     * Deletes the customers that nothing refers to yet (no incident, case, letter...), as "undo this import" does, in
     * one transaction; a customer the shop has since used is kept. Returns the ids deleted.
     */
    public List<Long> deleteUnused(List<Long> ids) {
        List<Long> deleted = new java.util.ArrayList<>();
        jdbi.useTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            for (long id : ids) {
                h.savepoint("one");
                try {
                    if (dao.delete(id) == 1) deleted.add(id);
                    h.releaseSavepoint("one");
                } catch (RuntimeException referenced) {
                    // a foreign key of another feature's table refers to this customer: keep it
                    h.rollbackToSavepoint("one");
                }
            }
        });
        index.invalidate();
        recent.clear();
        return deleted;
    }

    /**
     * Erases the person on request (PDPA 2010 / UU PDP): name, phone, e-mail, address, notes go; the row stays,
     * named by its number ("#123") and archived, so the shop's counts (incidents, cases, outcomes) stay true.
     */
    public Customer erase(long id) {
        Customer c = jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            if (dao.erase(id, "#" + id, now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
            return dao.find(id).orElseThrow();
        });
        index.invalidate();
        return c;
    }

    /** Every customer, archived too, by number: for an export. */
    public List<Customer> all() {
        return jdbi.withExtension(CustomerDao.class, CustomerDao::all);
    }

    public long count() {
        return jdbi.withExtension(CustomerDao.class, CustomerDao::count);
    }

    /**
     * Puts phone numbers stored before Setia kept them in international form (012-345 6789) into that form
     * (+60123456789), with the shop's country for numbers without a country code; a number that is not a phone number
     * in either country stays as typed. One transaction; returns how many changed. Safe to run at every start.
     */
    public int internationalisePhones() {
        int changed = jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            int n = 0;
            for (Customer c : dao.withLocalPhones()) {
                var phone = PhoneNumbers.international(c.phone(), region.get());
                if (phone.isPresent()) {
                    CustomerDraft d = c.toDraft();
                    CustomerDraft next = new CustomerDraft(d.name(), d.salutation(), phone.get(), d.email(), d.address(),
                            d.preferredLanguage(), d.customerSince(), d.notes(), d.status());
                    dao.update(c.id(), next, CustomerSearch.searchText(next), c.updatedAt());
                    n++;
                }
            }
            return n;
        });
        if (changed > 0) {
            index.invalidate();
            recent.clear();
        }
        return changed;
    }

    private static String or(String mine, String theirs) {
        return mine != null ? mine : theirs;
    }

    /**
     * Forgets the search index, for code that changed customers without this service (a bulk import);
     * the next search reads the store again.
     */
    public void reindex() {
        index.invalidate();
        recent.clear();
    }

    /** A customer is about to change in {@code h}'s transaction: the list's copy is dropped now and when it ends. */
    private void changing(Handle h, long id) {
        recent.forget(id);
        h.afterCommit(() -> recent.forget(id));
        h.afterRollback(() -> recent.forget(id));
    }

    private Customer indexed(Customer c) {
        index.put(CustomerSearchIndex.Entry.of(c.id(), c.name(),
                CustomerSearch.searchText(c.toDraft()), c.archived(), c.status()));
        return c;
    }

    private Customer setArchived(long id, Instant at) {
        return indexed(jdbi.inTransaction(h -> {
            CustomerDao dao = h.attach(CustomerDao.class);
            changing(h, id);
            if (dao.setArchivedAt(id, at, now()) != 1) {
                throw new NoSuchElementException("No customer " + id);
            }
            return dao.find(id).orElseThrow();
        }));
    }

    /** Every form of address a customer can have, in the order to list them (the salutation table). */
    public List<Salutation> salutations() {
        return jdbi.withExtension(CustomerDao.class, CustomerDao::salutations);
    }

    private static void knownSalutation(CustomerDao dao, CustomerDraft d) {
        String code = d.salutationCode();
        if (dao.salutations().stream().noneMatch(s -> s.code().equals(code))) {
            throw new Refusal(List.of(Problem.on(CustomerField.SALUTATION, "customer.error.salutationUnknown")));
        }
    }

    private CustomerDraft valid(CustomerDraft draft) {
        Refusal.throwIfAny(validator.validate(draft));
        return international(draft.normalised());
    }

    /** The draft with its phone number in international form (+60123456789), as stored. */
    private CustomerDraft international(CustomerDraft d) {
        if (d.phone() == null) return d;
        String phone = PhoneNumbers.international(d.phone(), region.get()).orElse(d.phone());
        return new CustomerDraft(d.name(), d.salutation(), phone, d.email(), d.address(), d.preferredLanguage(),
                d.customerSince(), d.notes(), d.status());
    }

    private Instant now() {
        return clock.instant();
    }
}
