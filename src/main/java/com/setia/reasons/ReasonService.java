package com.setia.reasons;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jdbi.v3.core.Jdbi;

import com.setia.common.Problem;
import com.setia.common.Refusal;
import com.setia.common.Text;
import com.setia.customer.CustomerService;

/** The ten-reason checklist: ticking, unticking, and the overview across all customers. */
public final class ReasonService {
    static final int NOTE_MAX = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;

    /** {@code customers}: whose ticks these are, and which of them are archived (asked, never queried directly). */
    public ReasonService(Jdbi jdbi, Clock clock, CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
    }

    /** Ticks (or updates the tick of) a reason for a customer. The day may not lie in the future. */
    public ReasonTick tick(long customerId, LossReason reason, LocalDate tickedOn, String note) {
        String cleanNote = Text.blankToNull(note);
        List<Problem> problems = new ArrayList<>();
        if (reason == null) problems.add(Problem.of("reasons.error.reasonRequired"));
        if (tickedOn == null) {
            problems.add(Problem.of("reasons.error.dateRequired"));
        } else if (tickedOn.isAfter(LocalDate.now(clock))) {
            problems.add(Problem.of("reasons.error.dateFuture"));
        }
        if (cleanNote != null && cleanNote.length() > NOTE_MAX) problems.add(Problem.of("reasons.error.noteTooLong", NOTE_MAX));
        Refusal.throwIfAny(problems);
        return jdbi.inTransaction(h -> {
            ReasonDao dao = h.attach(ReasonDao.class);
            customers.find(customerId).orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
            dao.upsert(customerId, reason, tickedOn, cleanNote, clock.instant());
            return dao.find(customerId, reason).orElseThrow();
        });
    }

    public void untick(long customerId, LossReason reason) {
        jdbi.useTransaction(h -> h.attach(ReasonDao.class).delete(customerId, reason));
    }

    /** The customer's ticks by reason; reasons not ticked are absent. */
    public Map<LossReason, ReasonTick> forCustomer(long customerId) {
        Map<LossReason, ReasonTick> out = new EnumMap<>(LossReason.class);
        jdbi.withExtension(ReasonDao.class, dao -> dao.forCustomer(customerId)).forEach(t -> out.put(t.reason(), t));
        return out;
    }

    /**
     * How many customers have each reason ticked, every reason included (zero when never ticked), the most
     * frequent first and, on a tie, in the fixed order i-x.
     */
    public List<ReasonCount> overview() {
        Map<LossReason, Integer> counts = new EnumMap<>(LossReason.class);
        for (LossReason r : LossReason.values()) counts.put(r, 0);
        java.util.Set<Long> archived = customers.archivedIds();
        for (ReasonDao.TickRef t : jdbi.withExtension(ReasonDao.class, ReasonDao::allTicks)) {
            if (!archived.contains(t.customerId())) {
                counts.merge(t.reason(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(ReasonCount::customers).reversed().thenComparing(ReasonCount::reason))
                .toList();
    }

    /** Erasing a customer on request: the notes on their ticks go, the ticks (the shop's counts) stay. */
    public int eraseCustomerText(long customerId) {
        return jdbi.inTransaction(h -> h.attach(ReasonDao.class).eraseNotes(customerId));
    }

    /**
     * Like {@link #overview()}, counting only ticks made on or after {@code from}, in one query: every reason, the
     * most frequent first, ties in the order i-x.
     */
    public List<ReasonCount> overviewSince(LocalDate from) {
        Map<LossReason, Integer> counts = new EnumMap<>(LossReason.class);
        for (LossReason r : LossReason.values()) counts.put(r, 0);
        List<Long> excluded = excluded();
        jdbi.withExtension(ReasonDao.class, dao -> dao.countsSince(from, excluded)).forEach(c -> counts.put(c.reason(), c.customers()));
        return counts.entrySet().stream()
                .map(e -> new ReasonCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(ReasonCount::customers).reversed().thenComparing(ReasonCount::reason))
                .toList();
    }

    /** The customers (not archived) with {@code reason} ticked on or after {@code from}. */
    public List<Long> customersWith(LossReason reason, LocalDate from, int limit) {
        List<Long> excluded = excluded();
        return jdbi.withExtension(ReasonDao.class, dao -> dao.customersWith(reason, from, excluded, limit));
    }

    /** Archived customers, never empty (an id no customer has keeps {@code NOT IN} valid SQL). */
    private List<Long> excluded() {
        List<Long> archived = new ArrayList<>(customers.archivedIds());
        if (archived.isEmpty()) archived.add(-1L);
        return archived;
    }
}
