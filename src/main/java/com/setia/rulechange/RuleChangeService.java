package com.setia.rulechange;

import com.setia.common.Problem;
import com.setia.common.Refusal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jdbi.v3.core.Jdbi;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;

/**
 * Rules changed, tell the customers (domain.md section 3.1): record a change and who it affects, the "who must be
 * told" list, who was told and how, and the reminders before a change takes effect. Each method is one transaction;
 * every draft is validated here.
 */
public final class RuleChangeService {
    public static final int TITLE_MAX = 200;
    public static final int DETAILS_MAX = 2000;
    /** A change may be recorded up to this many days after it took effect (customers may still not know). */
    public static final int PAST_DAYS_MAX = 90;
    /** Today reminds of a change from this many days before it takes effect... */
    public static final int REMIND_BEFORE_DAYS = 14;
    /** ...until this many days after, while someone still has not been told. */
    public static final int REMIND_AFTER_DAYS = 30;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;

    public RuleChangeService(Jdbi jdbi, Clock clock, CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Why this draft would be refused (bundle keys); empty when it can be recorded. */
    public List<String> check(RuleChangeDraft raw) {
        RuleChangeDraft d = raw.normalised();
        List<String> problems = new ArrayList<>();
        if (d.kind() == null) problems.add("rules.error.kindRequired");
        if (d.title() == null) problems.add("rules.error.titleRequired");
        else if (d.title().length() > TITLE_MAX) problems.add("rules.error.titleTooLong");
        if (d.details() != null && d.details().length() > DETAILS_MAX) problems.add("rules.error.detailsTooLong");
        if (d.effectiveOn() == null) problems.add("rules.error.dateRequired");
        else if (d.effectiveOn().isBefore(today().minusDays(PAST_DAYS_MAX))) problems.add("rules.error.dateTooOld");
        if (d.audience() == null) problems.add("rules.error.audienceRequired");
        else if (d.audience() == Audience.STATUS && d.status() == null) problems.add("rules.error.statusRequired");
        else if (d.audience() == Audience.CHOSEN && d.chosen().isEmpty()) problems.add("rules.error.chosenRequired");
        return problems;
    }

    /**
     * Records a change and its "who must be told" list, made now from the customers it affects: every customer still
     * served (not archived, not let go), those of one status, or the chosen ones. All of it or nothing is stored.
     */
    public RuleChange record(RuleChangeDraft raw) {
        List<String> problems = check(raw);
        if (!problems.isEmpty()) throw new Refusal(problems.stream().map(k -> Problem.of(k)).toList());
        RuleChangeDraft d = raw.normalised();
        return jdbi.inTransaction(h -> {
            List<Long> affected = switch (d.audience()) {
                case ALL -> customers.idsStillServed();
                case STATUS -> customers.idsWithStatus(d.status(), Integer.MAX_VALUE);
                case CHOSEN -> {
                    Map<Long, Customer> found = customers.findAll(d.chosen());
                    if (found.size() != d.chosen().size()) throw new Refusal("rules.error.customerGone");
                    yield d.chosen();
                }
            };
            if (affected.isEmpty()) throw new Refusal("rules.error.nobodyAffected");
            RuleChangeDao dao = h.attach(RuleChangeDao.class);
            long id = dao.insert(d, clock.instant());
            for (int from = 0; from < affected.size(); from += 5000) {
                dao.insertAffected(id, affected.subList(from, Math.min(affected.size(), from + 5000)));
            }
            return dao.find(id).orElseThrow();
        });
    }

    public RuleChange find(long id) {
        return jdbi.withExtension(RuleChangeDao.class, dao -> dao.find(id))
                .orElseThrow(() -> new NoSuchElementException("No rule change " + id));
    }

    /** Every change, the latest effective date first. */
    public List<RuleChange> all() {
        return jdbi.withExtension(RuleChangeDao.class, RuleChangeDao::all);
    }

    /** The "who must be told" list of a change: not told first, then by name. */
    public List<ToBeTold> toBeTold(long changeId) {
        List<RuleChangeDao.Row> rows = jdbi.withExtension(RuleChangeDao.class, dao -> dao.rows(changeId));
        Map<Long, Customer> names = customers.findAll(rows.stream().map(RuleChangeDao.Row::customerId).toList());
        return rows.stream().filter(r -> names.containsKey(r.customerId()))
                .map(r -> new ToBeTold(changeId, names.get(r.customerId()), r.toldOn(), r.toldHow()))
                .sorted(Comparator.comparing(ToBeTold::told)
                        .thenComparing(t -> t.customer().name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparingLong(t -> t.customer().id()))
                .toList();
    }

    /** Marks a customer on the list as told, on a day (not in the future), and how. */
    public ToBeTold markTold(long changeId, long customerId, ToldHow how, LocalDate on) {
        List<String> problems = new ArrayList<>();
        if (how == null) problems.add("rules.error.howRequired");
        if (on == null) problems.add("rules.error.toldOnRequired");
        else if (on.isAfter(today())) problems.add("rules.error.toldOnFuture");
        if (!problems.isEmpty()) throw new Refusal(problems.stream().map(k -> Problem.of(k)).toList());
        return mark(changeId, customerId, on, how);
    }

    /** Takes a "told" mark back (marked by mistake). */
    public ToBeTold markNotTold(long changeId, long customerId) {
        return mark(changeId, customerId, null, null);
    }

    private ToBeTold mark(long changeId, long customerId, LocalDate on, ToldHow how) {
        return jdbi.inTransaction(h -> {
            RuleChangeDao dao = h.attach(RuleChangeDao.class);
            if (dao.markTold(changeId, customerId, on, how, clock.instant()) != 1) {
                throw new Refusal("rules.error.notOnList");
            }
            Customer c = customers.find(customerId).orElseThrow();
            return new ToBeTold(changeId, c, on, how);
        });
    }

    /**
     * What Today reminds of: changes taking effect from {@value #REMIND_AFTER_DAYS} days ago to
     * {@value #REMIND_BEFORE_DAYS} days ahead whose list still has someone not told, the soonest first.
     */
    public List<RuleChange> reminders() {
        LocalDate today = today();
        return jdbi.withExtension(RuleChangeDao.class,
                dao -> dao.untoldBetween(today.minusDays(REMIND_AFTER_DAYS), today.plusDays(REMIND_BEFORE_DAYS)));
    }

    /** Changes taking effect on or after {@code from}, the soonest first: the dashboard's "who was told". */
    public List<RuleChange> effectiveFrom(LocalDate from) {
        return jdbi.withExtension(RuleChangeDao.class, dao -> dao.effectiveFrom(from));
    }

    /** The customers of a change's list who were told (or not), at most {@code limit}. */
    public List<Long> customers(long changeId, boolean told, int limit) {
        return jdbi.withExtension(RuleChangeDao.class, dao -> dao.customers(changeId, told, limit));
    }
}
