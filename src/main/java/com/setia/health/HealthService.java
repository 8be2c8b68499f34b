package com.setia.health;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.jdbi.v3.core.Jdbi;

import com.setia.checklist.ChecklistStore;
import com.setia.checklist.Tick;
import com.setia.common.Problem;
import com.setia.common.Refusal;
import com.setia.common.Text;
import com.setia.customer.CustomerService;

/**
 * The relationship health check (domain.md section 4): ticking, unticking, and the counts across the shop, the most
 * frequent first, as the ten reasons are counted. Each method is one transaction; validation is here.
 */
public final class HealthService implements ChecklistStore<HealthItem> {
    public static final int NOTE_MAX = 1000;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;

    public HealthService(Jdbi jdbi, Clock clock, CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
    }

    @Override
    public List<HealthItem> items() {
        return Arrays.asList(HealthItem.values());
    }

    @Override
    public Tick<HealthItem> tick(long customerId, HealthItem item, LocalDate on, String note) {
        String n = Text.blankToNull(note);
        List<Problem> problems = new ArrayList<>();
        if (item == null) problems.add(Problem.of("health.error.itemRequired"));
        if (on == null) problems.add(Problem.of("health.error.dateRequired"));
        else if (on.isAfter(LocalDate.now(clock))) problems.add(Problem.of("health.error.dateFuture"));
        if (n != null && n.length() > NOTE_MAX) problems.add(Problem.of("health.error.noteTooLong", NOTE_MAX));
        Refusal.throwIfAny(problems);
        return jdbi.inTransaction(h -> {
            customers.find(customerId).orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
            HealthDao dao = h.attach(HealthDao.class);
            dao.delete(customerId, item.number());
            dao.insert(customerId, item.number(), on, n, clock.instant());
            return new Tick<>(item, on, n);
        });
    }

    @Override
    public void untick(long customerId, HealthItem item) {
        jdbi.useTransaction(h -> h.attach(HealthDao.class).delete(customerId, item.number()));
    }

    @Override
    public Map<HealthItem, Tick<HealthItem>> ticksOf(long customerId) {
        Map<HealthItem, Tick<HealthItem>> out = new EnumMap<>(HealthItem.class);
        for (HealthDao.Row r : jdbi.withExtension(HealthDao.class, dao -> dao.ticksOf(customerId))) {
            HealthItem item = HealthItem.of(r.item());
            out.put(item, new Tick<>(item, r.tickedOn(), r.note()));
        }
        return out;
    }

    /** Every item with how many customers (not archived) have it ticked on or after {@code since}; most first, then 1-8. */
    public List<HealthCount> overviewSince(LocalDate since) {
        Map<HealthItem, Integer> counts = new EnumMap<>(HealthItem.class);
        for (HealthItem i : HealthItem.values()) counts.put(i, 0);
        List<Long> excluded = excluded();
        jdbi.withExtension(HealthDao.class, dao -> dao.countsSince(since, excluded))
                .forEach(c -> counts.put(HealthItem.of(c.item()), c.customers()));
        return counts.entrySet().stream().map(e -> new HealthCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(HealthCount::customers).reversed().thenComparing(HealthCount::item))
                .toList();
    }

    public List<Long> customersWith(HealthItem item, LocalDate since, int limit) {
        List<Long> excluded = excluded();
        return jdbi.withExtension(HealthDao.class, dao -> dao.customersWith(item.number(), since, excluded, limit));
    }

    private List<Long> excluded() {
        List<Long> archived = new ArrayList<>(customers.archivedIds());
        if (archived.isEmpty()) archived.add(-1L);
        return archived;
    }
}
