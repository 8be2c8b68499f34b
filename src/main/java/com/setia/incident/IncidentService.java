package com.setia.incident;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;

import com.setia.common.Problem;
import com.setia.common.Refusal;
import com.setia.customer.CustomerService;

/** Logging and reading incidents. Each method is one transaction; every draft is validated here. */
public final class IncidentService {
    static final int SAID_MAX = 4000;
    static final int WANTS_MAX = 2000;
    static final int CUES_MAX = 2000;
    /** A little slack for a PC clock that runs behind the owner's watch. */
    static final Duration FUTURE_SLACK = Duration.ofMinutes(5);

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;

    /** {@code customers}: whose incidents these are (asked, never queried behind its back). */
    public IncidentService(Jdbi jdbi, Clock clock, CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
    }

    public List<Problem> check(IncidentDraft raw) {
        List<Problem> out = new ArrayList<>();
        IncidentDraft d = raw.normalised();
        if (d.occurredAt() == null) {
            out.add(Problem.on(IncidentField.OCCURRED_AT, "incident.error.whenRequired"));
        } else if (d.occurredAt().isAfter(clock.instant().plus(FUTURE_SLACK))) {
            out.add(Problem.on(IncidentField.OCCURRED_AT, "incident.error.whenFuture"));
        }
        if (d.channel() == null) {
            out.add(Problem.on(IncidentField.CHANNEL, "incident.error.channelRequired"));
        }
        if (d.customerSaid() == null) {
            out.add(Problem.on(IncidentField.CUSTOMER_SAID, "incident.error.saidRequired"));
        } else if (d.customerSaid().length() > SAID_MAX) {
            out.add(Problem.on(IncidentField.CUSTOMER_SAID, "incident.error.tooLong", SAID_MAX));
        }
        if (d.severity() == null) {
            out.add(Problem.on(IncidentField.SEVERITY, "incident.error.severityRequired"));
        }
        if (d.customerWants() != null && d.customerWants().length() > WANTS_MAX) {
            out.add(Problem.on(IncidentField.CUSTOMER_WANTS, "incident.error.tooLong", WANTS_MAX));
        }
        if (d.cues() != null && d.cues().length() > CUES_MAX) {
            out.add(Problem.on(IncidentField.CUES, "incident.error.tooLong", CUES_MAX));
        }
        return out;
    }

    public Incident log(IncidentDraft draft) {
        Refusal.throwIfAny(check(draft));
        IncidentDraft d = draft.normalised();
        return jdbi.inTransaction(h -> {
            IncidentDao dao = h.attach(IncidentDao.class);
            customers.find(d.customerId()).orElseThrow(() -> new NoSuchElementException("No customer " + d.customerId()));
            long id = dao.insert(d, clock.instant());
            if (d.severity().isSerious()) {
                customers.markAtRisk(d.customerId()); // the status follows what is happening, in this transaction
            }
            return dao.find(id).orElseThrow();
        });
    }

    public Optional<Incident> find(long id) {
        return jdbi.withExtension(IncidentDao.class, dao -> dao.find(id));
    }

    /** Every customer's incidents that happened since {@code since}, oldest first (for the Today list). */
    public List<Incident> occurredSince(java.time.Instant since) {
        return jdbi.withExtension(IncidentDao.class, dao -> dao.occurredSince(since));
    }

    /** The customer's incidents, newest first. */
    public List<Incident> forCustomer(long customerId) {
        return jdbi.withExtension(IncidentDao.class, dao -> dao.forCustomer(customerId));
    }

    /**
     * Erasing a customer on request (PDPA / UU PDP): the words of their incidents go, the incidents stay (so the
     * shop's counts stay). Joins the caller's transaction when there is one on this thread.
     */
    public int eraseCustomerText(long customerId) {
        return jdbi.inTransaction(h -> h.attach(IncidentDao.class).eraseText(customerId));
    }

    /** Incidents per month of {@code months}, by channel and severity, counted in one query. */
    public List<MonthIncidentCount> monthly(com.setia.store.MonthBuckets months) {
        return jdbi.withExtension(IncidentDao.class, dao -> dao.monthly(months.bucket("occurred_at"), months.instantBounds(),
                months.from(), months.to()));
    }

    /** The customers behind incidents between {@code from} and {@code to}, of a channel and/or severity when given. */
    public List<Long> customersWith(java.time.Instant from, java.time.Instant to, Channel channel, Severity severity, int limit) {
        return jdbi.withExtension(IncidentDao.class, dao -> dao.customersWith(from, to, channel, severity, limit));
    }
}
