package com.setia.winback;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.setia.common.Text;
import com.setia.common.Money;
import com.setia.common.Problem;
import com.setia.common.Refusal;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.incident.Incident;
import com.setia.incident.IncidentService;

/**
 * The win-back use cases: open a case, walk the four steps in order, close it, keep in touch, and the today
 * list. Each method is one transaction; the customer's status changes in the same transaction as the case: the
 * customer and incident services are called inside it, and Jdbi lends them this thread's open handle, so their work
 * commits or rolls back with the case.
 */
public final class WinbackService {
    static final int TEXT_MAX = 2000;
    static final int REASON_MAX = 1000;
    static final String AMBER_KEY = "actFast.amberHours";
    static final String RED_KEY = "actFast.redHours";
    /** How far back Today looks for incidents with no case (older ones are history, not today's work). */
    static final Duration INCIDENT_WINDOW = Duration.ofDays(90);

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;
    private final IncidentService incidents;

    /** Steps and follow-ups done are contacts with the customer; null: not reported (tests of win-back alone). */
    private final com.setia.contact.ContactService contacts;

    public WinbackService(Jdbi jdbi, Clock clock, CustomerService customers, IncidentService incidents) {
        this(jdbi, clock, customers, incidents, null);
    }

    /** @param contacts where each step and follow-up done is logged as a contact, in the same transaction */
    public WinbackService(Jdbi jdbi, Clock clock, CustomerService customers, IncidentService incidents,
            com.setia.contact.ContactService contacts) {
        this.contacts = contacts;
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
        this.incidents = incidents;
    }

    /**
     * Opens a case for a customer, from an incident of theirs or (incidentId null) because they left. The act-fast
     * clock starts at the incident's time, else now. An incident has at most one case, open or closed. The customer
     * is at risk from now on, whatever their status was (a won-back or let-go customer too); a lost one stays lost.
     */
    public CaseDetail open(long customerId, Long incidentId) {
        return jdbi.inTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            customers.find(customerId).orElseThrow(() -> new NoSuchElementException("No customer " + customerId));
            Instant now = clock.instant();
            Instant startedAt = now;
            if (incidentId != null) {
                Incident incident = incidents.find(incidentId)
                        .filter(i -> i.customerId() == customerId)
                        .orElseThrow(() -> new NoSuchElementException("No incident " + incidentId + " of customer " + customerId));
                startedAt = incident.occurredAt();
                if (dao.casesForIncident(incidentId) > 0) {
                    throw new Refusal("winback.error.incidentHasCase");
                }
            }
            if (dao.openCaseCount(customerId) > 0) {
                throw new Refusal("winback.error.alreadyOpen");
            }
            long id = dao.insertCase(customerId, incidentId, startedAt, now);
            customers.markAtRisk(customerId);
            return detail(h, id);
        });
    }

    /**
     * The owner decided an incident needs no win-back case: it leaves the Today list. Refused for an incident that
     * has a case.
     */
    public void setIncidentAside(long incidentId) {
        jdbi.useTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            incidents.find(incidentId).orElseThrow(() -> new NoSuchElementException("No incident " + incidentId));
            if (dao.incidentsDealtWith().contains(incidentId)) {
                throw new Refusal("winback.error.incidentHasCase");
            }
            dao.setIncidentAside(incidentId, clock.instant());
        });
    }

    /** Records the next step done. Steps go in order; the first one recorded is the case's first action. */
    public CaseDetail recordStep(long caseId, StepDraft raw) {
        StepDraft d = raw.normalised();
        List<Problem> problems = new ArrayList<>();
        if (d.step() == null) {
            throw new Refusal("winback.error.stepRequired");
        }
        if (d.notes() != null && d.notes().length() > TEXT_MAX) problems.add(Problem.of("winback.error.tooLong", TEXT_MAX));
        switch (d.step()) {
            case ACT_FAST -> {
                if (d.notes() == null) problems.add(Problem.of("winback.error.actFastNotesRequired"));
            }
            case APOLOGISE -> {
                if (!d.phoned() && !d.letterSent()) problems.add(Problem.of("winback.error.apologyHowRequired"));
            }
            case EXPLAIN -> {
                if (d.whatWentWrong() == null) problems.add(Problem.of("winback.error.whatWentWrongRequired"));
                else if (d.whatWentWrong().length() > TEXT_MAX) problems.add(Problem.of("winback.error.tooLong", TEXT_MAX));
            }
            case OLIVE_BRANCH -> {
                if (d.offer() == null) problems.add(Problem.of("winback.error.offerRequired"));
                else if (d.offer().length() > REASON_MAX) problems.add(Problem.of("winback.error.tooLong", REASON_MAX));
                if (d.offerValue() != null && d.offerValue().signum() < 0) problems.add(Problem.of("winback.error.offerValueNegative"));
                problems.addAll(Money.check(d.offerValue())); // never rounded silently by the store
                if (d.offerValue() != null && d.offerValue().compareTo(new BigDecimal("999999999999")) > 0) {
                    problems.add(Problem.of("winback.error.offerValueTooLarge"));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        return jdbi.inTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            CaseDetail current = detail(h, caseId);
            if (!current.winbackCase().isOpen()) {
                throw new Refusal("winback.error.caseClosed");
            }
            if (current.step(d.step()).isPresent()) {
                throw new Refusal("winback.error.stepAlreadyDone");
            }
            if (current.nextStep().orElseThrow() != d.step()) {
                throw new Refusal("winback.error.stepOutOfOrder");
            }
            Instant now = clock.instant();
            dao.insertStep(caseId, d, now);
            reportContact(current.winbackCase().customerId(), d.notes());
            dao.markFirstAction(caseId, now);
            return detail(h, caseId);
        });
    }

    /**
     * Closes a case. Keep in touch needs a follow-up date from today on, let go needs a reason. If steps were
     * not recorded, throws {@link StepsSkippedException} unless the request confirms it; the skipped steps are
     * then stored with the case. The customer's status follows the outcome.
     */
    public CaseDetail close(long caseId, CloseRequest request) {
        List<Problem> problems = new ArrayList<>();
        String reason = Text.blankToNull(request.letGoReason());
        String note = Text.blankToNull(request.note());
        Outcome outcome = request.outcome();
        if (outcome == null) {
            throw new Refusal("winback.error.outcomeRequired");
        }
        LocalDate followUpOn = outcome == Outcome.KEEP_IN_TOUCH ? request.followUpOn() : null;
        if (outcome == Outcome.KEEP_IN_TOUCH) {
            if (followUpOn == null) problems.add(Problem.of("winback.error.followUpRequired"));
            else if (followUpOn.isBefore(LocalDate.now(clock))) problems.add(Problem.of("winback.error.followUpPast"));
        }
        if (outcome == Outcome.LET_GO) {
            if (reason == null) problems.add(Problem.of("winback.error.letGoReasonRequired"));
            else if (reason.length() > REASON_MAX) problems.add(Problem.of("winback.error.tooLong", REASON_MAX));
        } else {
            reason = null;
        }
        if (note != null && note.length() > TEXT_MAX) problems.add(Problem.of("winback.error.tooLong", TEXT_MAX));
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        CloseRequest cleaned = new CloseRequest(outcome, followUpOn, reason, note, request.confirmSkipped());
        String finalReason = reason;
        return jdbi.inTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            CaseDetail current = detail(h, caseId);
            if (!current.winbackCase().isOpen()) {
                throw new Refusal("winback.error.caseClosed");
            }
            Map<Step, StepRecord> done = current.stepsByKind();
            List<Step> skipped = java.util.Arrays.stream(Step.values()).filter(s -> !done.containsKey(s)).toList();
            if (!skipped.isEmpty() && !cleaned.confirmSkipped()) {
                throw new StepsSkippedException(skipped);
            }
            Instant now = clock.instant();
            String skippedCsv = skipped.isEmpty() ? null : skipped.stream().map(Step::name).collect(Collectors.joining(","));
            dao.close(caseId, now, outcome, cleaned, finalReason, note, skippedCsv);
            customers.changeStatus(current.winbackCase().customerId(), outcome.customerStatus());
            return detail(h, caseId);
        });
    }

    /**
     * Records a keep-in-touch follow-up. {@code nextOn} plans the next one (after today), null ends them; when the
     * customer is back, {@code wonBack} closes the matter as won back and the customer's status follows.
     */
    public CaseDetail recordFollowUp(long caseId, String note, LocalDate nextOn, boolean wonBack) {
        String n = Text.blankToNull(note);
        List<Problem> problems = new ArrayList<>();
        LocalDate next = wonBack ? null : nextOn;
        if (next != null && !next.isAfter(LocalDate.now(clock))) problems.add(Problem.of("winback.error.nextFollowUpAfterToday"));
        if (n != null && n.length() > TEXT_MAX) problems.add(Problem.of("winback.error.tooLong", TEXT_MAX));
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        return jdbi.inTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            WinbackCase c = detail(h, caseId).winbackCase();
            if (c.outcome() != Outcome.KEEP_IN_TOUCH) {
                throw new Refusal("winback.error.notKeepingInTouch");
            }
            Instant now = clock.instant();
            dao.insertFollowUp(caseId, now, n, next);
            reportContact(c.customerId(), n);
            if (wonBack) {
                dao.markWonBackAfterFollowUp(caseId);
                customers.changeStatus(c.customerId(), CustomerStatus.WON_BACK);
            } else {
                dao.setFollowUpOn(caseId, next);
            }
            return detail(h, caseId);
        });
    }

    /** A step or follow-up done is a contact with the customer, stored in the caller's transaction. */
    private void reportContact(long customerId, String note) {
        if (contacts != null) {
            contacts.record(customerId, com.setia.contact.ContactKind.WINBACK_STEP, LocalDate.now(clock),
                    note != null && note.length() > 1000 ? note.substring(0, 1000) : note);
        }
    }

    /** The customer of a case, as stored now (e.g. for the apology letter's address and language). */
    public Customer customerOf(long caseId) {
        return jdbi.inTransaction(h -> {
            WinbackCase c = h.attach(WinbackDao.class).findCase(caseId)
                    .orElseThrow(() -> new NoSuchElementException("No case " + caseId));
            return customers.find(c.customerId()).orElseThrow();
        });
    }

    public CaseDetail detail(long caseId) {
        return jdbi.inTransaction(h -> detail(h, caseId));
    }

    /** How many win-back cases are stored, open or closed (what a backup holds). */
    public long countCases() {
        return jdbi.withExtension(WinbackDao.class, WinbackDao::countCases);
    }

    /** Open cases, the oldest start first. */
    public List<WinbackCase> openCases() {
        return named(jdbi.withExtension(WinbackDao.class, WinbackDao::openCases));
    }

    /** A customer's cases, newest first. */
    public List<CaseDetail> casesOf(long customerId) {
        return history(customerId).cases();
    }

    /** Incidents and case events of a customer, newest first. */
    public List<TimelineEntry> timeline(long customerId) {
        return history(customerId).timeline();
    }

    /**
     * Everything the customer page shows of win-back: the cases (newest first) and the timeline of incidents and case
     * events (newest first). One transaction of five queries however long the history is (incidents, cases, all
     * their steps, all their follow-ups, the customer's name), not a few per case.
     */
    public CustomerHistory history(long customerId) {
        return jdbi.inTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            List<Incident> incidentList = incidents.forCustomer(customerId);
            List<WinbackCase> cases = dao.casesOf(customerId);
            if (!cases.isEmpty()) {
                String name = customers.find(customerId).map(Customer::name).orElse(null);
                cases = cases.stream().map(c -> c.withCustomerName(name)).toList();
            }
            Map<Long, List<StepRecord>> steps = new HashMap<>();
            for (StepRecord s : dao.stepsOfCustomer(customerId)) {
                steps.computeIfAbsent(s.caseId(), k -> new ArrayList<>()).add(s);
            }
            Map<Long, List<FollowUp>> followUps = new HashMap<>();
            for (FollowUp f : dao.followUpsOfCustomer(customerId)) {
                followUps.computeIfAbsent(f.caseId(), k -> new ArrayList<>()).add(f);
            }
            Map<Long, Incident> incidentById = new HashMap<>();
            incidentList.forEach(i -> incidentById.put(i.id(), i));

            List<CaseDetail> details = new ArrayList<>(cases.size());
            List<TimelineEntry> out = new ArrayList<>(incidentList.size() + cases.size() * 6);
            for (Incident i : incidentList) {
                out.add(new TimelineEntry(i.occurredAt(), TimelineEntry.Kind.INCIDENT, i, null, null, null));
            }
            for (WinbackCase c : cases) {
                Incident incident = c.incidentId() == null ? null : incidentById.computeIfAbsent(c.incidentId(),
                        id -> incidents.find(id).orElse(null)); // always the customer's own, so never asked in practice
                CaseDetail d = new CaseDetail(c, incident, steps.getOrDefault(c.id(), List.of()),
                        followUps.getOrDefault(c.id(), List.of()));
                details.add(d);
                out.add(new TimelineEntry(c.openedAt(), TimelineEntry.Kind.CASE_OPENED, incident, c, null, null));
                d.steps().forEach(s -> out.add(new TimelineEntry(s.doneAt(), TimelineEntry.Kind.STEP_DONE, null, c, s, null)));
                if (c.closedAt() != null) {
                    out.add(new TimelineEntry(c.closedAt(), TimelineEntry.Kind.CASE_CLOSED, null, c, null, null));
                }
                d.followUps().forEach(f -> out.add(new TimelineEntry(f.doneAt(), TimelineEntry.Kind.FOLLOW_UP, null, c, null, f)));
            }
            out.sort(Comparator.comparing(TimelineEntry::at).thenComparing(e -> e.kind().ordinal()).reversed());
            return new CustomerHistory(details, out);
        });
    }

    /**
     * What needs the owner today, oldest first by the moment each became due: incidents with no case yet and open
     * cases with no action yet, once past the amber threshold (the act-fast clock runs from the incident), and
     * keep-in-touch follow-ups due today or earlier. An incident waits here until a case is opened for it, the owner
     * sets it aside, or the customer's case is open or closed after it (the owner has dealt with them since).
     */
    public List<TodayItem> today() {
        ActFastThresholds thresholds = thresholds();
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return jdbi.inTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            List<WinbackCase> open = dao.openCases();
            List<WinbackCase> due = dao.followUpsDue(today);
            List<Incident> waiting = incidentsWithoutCase(dao, open, now.minus(INCIDENT_WINDOW));
            List<Long> who = new ArrayList<>();
            open.forEach(c -> who.add(c.customerId()));
            due.forEach(c -> who.add(c.customerId()));
            waiting.forEach(i -> who.add(i.customerId()));
            Map<Long, Customer> customersById = who.isEmpty() ? Map.of() : customers.findAll(who);
            List<TodayItem> out = new ArrayList<>();
            for (Incident i : waiting) {
                Duration elapsed = Duration.between(i.occurredAt(), now);
                ActFastLevel level = thresholds.level(elapsed.isNegative() ? Duration.ZERO : elapsed);
                Customer c = customersById.get(i.customerId());
                if (level != ActFastLevel.CALM && c != null && !c.archived()) {
                    out.add(new TodayItem(TodayItem.Kind.INCIDENT, 0, c.id(), c.name(),
                            i.occurredAt().plus(Duration.ofHours(thresholds.amberHours())), elapsed, level, null, i.id(),
                            c.phone()));
                }
            }
            for (WinbackCase k : open) {
                Duration elapsed = k.actFastElapsed(now);
                ActFastLevel level = thresholds.level(elapsed);
                Customer c = customersById.get(k.customerId());
                if (k.firstActionAt() == null && level != ActFastLevel.CALM) {
                    out.add(new TodayItem(TodayItem.Kind.ACT_FAST, k.id(), k.customerId(), c == null ? null : c.name(),
                            k.startedAt().plus(Duration.ofHours(thresholds.amberHours())), elapsed, level, null, null,
                            c == null ? null : c.phone()));
                }
            }
            for (WinbackCase k : due) {
                Customer c = customersById.get(k.customerId());
                out.add(new TodayItem(TodayItem.Kind.FOLLOW_UP, k.id(), k.customerId(), c == null ? null : c.name(),
                        k.followUpOn().atStartOfDay(clock.getZone()).toInstant(), null, null, k.followUpOn(), null,
                        c == null ? null : c.phone()));
            }
            out.sort(Comparator.comparing(TodayItem::dueSince).thenComparing(TodayItem::caseId));
            return out;
        });
    }

    /**
     * The customer is let go on purpose (from the customer's page): an open case of theirs closes as let go with the
     * reason (steps not done are recorded as skipped), and keep-in-touch follow-ups stop, so nothing on Today asks for
     * them again. The customer's status is the caller's to set. Joins the caller's transaction.
     */
    public void letGo(long customerId, String reason) {
        jdbi.useTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            for (WinbackCase c : dao.casesOf(customerId)) {
                if (c.isOpen()) {
                    close(c.id(), CloseRequest.letGo(reason, null).confirmingSkipped());
                } else if (c.outcome() == Outcome.KEEP_IN_TOUCH && c.followUpOn() != null) {
                    dao.setFollowUpOn(c.id(), null);
                }
            }
        });
    }

    /** Closed cases per month of {@code months} and outcome, counted in one query. */
    public List<MonthOutcomeCount> outcomesByMonth(com.setia.store.MonthBuckets months) {
        return jdbi.withExtension(WinbackDao.class, dao -> dao.outcomesByMonth(months.bucket("closed_at"),
                months.instantBounds(), months.from(), months.to()));
    }

    /**
     * Time from incident to first action per month of {@code months} (by when the clock started) and for the whole
     * range (month {@link MonthActFast#WHOLE_RANGE}), against the red threshold, in one query.
     */
    public List<MonthActFast> actFastByMonth(com.setia.store.MonthBuckets months) {
        long red = thresholds().redHours() * 3600L;
        long now = clock.instant().getEpochSecond();
        List<WinbackDao.ActFastRow> rows = jdbi.withExtension(WinbackDao.class, dao -> dao.actFastRows(
                months.bucket("started_at"), months.instantBounds(), months.from(), months.to()));
        return actFast(rows, months.count(), now, red);
    }

    /**
     * Per month (only months with cases) and for the whole range: cases, acted on, the median seconds to the first
     * action (halfway between the two middle ones for an even count, as SQL's PERCENTILE_CONT(0.5)), and how many
     * went past {@code red} seconds (acted late, or waiting longer than that at {@code now}).
     */
    static List<MonthActFast> actFast(List<WinbackDao.ActFastRow> rows, int monthCount, long now, long red) {
        List<List<WinbackDao.ActFastRow>> byMonth = new ArrayList<>();
        for (int i = 0; i < monthCount; i++) byMonth.add(new ArrayList<>());
        for (WinbackDao.ActFastRow r : rows) byMonth.get(r.month()).add(r);
        List<MonthActFast> out = new ArrayList<>();
        for (int i = 0; i < monthCount; i++) {
            if (!byMonth.get(i).isEmpty()) out.add(actFastOf(i, byMonth.get(i), now, red));
        }
        out.add(actFastOf(MonthActFast.WHOLE_RANGE, rows, now, red));
        return out;
    }

    private static MonthActFast actFastOf(int month, List<WinbackDao.ActFastRow> rows, long now, long red) {
        double[] secs = new double[rows.size()];
        int acted = 0;
        int pastRed = 0;
        for (WinbackDao.ActFastRow r : rows) {
            if (r.secs() != null) secs[acted++] = r.secs();
            if ((r.secs() != null ? r.secs() : now - r.startEpoch()) > red) pastRed++;
        }
        Double median = null;
        if (acted > 0) {
            double[] a = Arrays.copyOf(secs, acted);
            Arrays.sort(a);
            median = acted % 2 == 1 ? a[acted / 2] : (a[acted / 2 - 1] + a[acted / 2]) / 2;
        }
        return new MonthActFast(month, rows.size(), acted, median, pastRed);
    }

    /** The customers with a win-back case open (ids only: going quiet leaves them out, they are in hand). */
    public java.util.Set<Long> customersWithOpenCase() {
        return new java.util.HashSet<>(jdbi.withExtension(WinbackDao.class, WinbackDao::customersWithOpenCase));
    }

    /** The customers of cases closed with {@code outcome} between {@code from} and {@code to}. */
    public List<Long> customersClosedAs(Outcome outcome, Instant from, Instant to, int limit) {
        return jdbi.withExtension(WinbackDao.class, dao -> dao.customersClosedAs(from, to, outcome, limit));
    }

    /** The customers of cases started between {@code from} and {@code to} that went past the red threshold. */
    public List<Long> customersPastRed(Instant from, Instant to, int limit) {
        long red = thresholds().redHours() * 3600L;
        long now = clock.instant().getEpochSecond();
        return jdbi.withExtension(WinbackDao.class, dao -> dao.customersPastRed(from, to, now, red, limit));
    }

    /** Incidents since {@code since} with no case, not set aside, of customers with no case open or closed after them. */
    private List<Incident> incidentsWithoutCase(WinbackDao dao, List<WinbackCase> open, Instant since) {
        java.util.Set<Long> dealtWith = dao.incidentsDealtWith();
        java.util.Set<Long> withOpenCase = new java.util.HashSet<>();
        open.forEach(c -> withOpenCase.add(c.customerId()));
        Map<Long, java.time.OffsetDateTime> lastClosed = dao.lastClosedByCustomer();
        return incidents.occurredSince(since).stream()
                .filter(i -> !dealtWith.contains(i.id()) && !withOpenCase.contains(i.customerId()))
                .filter(i -> {
                    java.time.OffsetDateTime closed = lastClosed.get(i.customerId());
                    return closed == null || closed.toInstant().isBefore(i.occurredAt());
                })
                .toList();
    }

    /** An incident, as stored (for the Today list's incident card). */
    public java.util.Optional<Incident> incident(long incidentId) {
        return incidents.find(incidentId);
    }

    /** The latest closed cases of every customer, newest first, with their customers' names. */
    public List<WinbackCase> closedCases(int limit) {
        return named(jdbi.withExtension(WinbackDao.class, dao -> dao.closedCases(limit)));
    }

    public ActFastThresholds thresholds() {
        return jdbi.withExtension(WinbackDao.class, dao -> new ActFastThresholds(
                hours(dao, AMBER_KEY, ActFastThresholds.DEFAULT.amberHours()),
                hours(dao, RED_KEY, ActFastThresholds.DEFAULT.redHours())));
    }

    /** Stores the owner's thresholds: at least one hour, red after amber, at most {@link ActFastThresholds#MAX_HOURS}. */
    public ActFastThresholds saveThresholds(ActFastThresholds t) {
        List<Problem> problems = new ArrayList<>();
        if (t.amberHours() < 1 || t.redHours() < 1) problems.add(Problem.of("winback.error.thresholdTooSmall", 1));
        if (t.amberHours() > ActFastThresholds.MAX_HOURS || t.redHours() > ActFastThresholds.MAX_HOURS) {
            problems.add(Problem.of("winback.error.thresholdTooLarge", ActFastThresholds.MAX_HOURS, ActFastThresholds.MAX_HOURS / 24));
        }
        if (t.redHours() <= t.amberHours()) problems.add(Problem.of("winback.error.redNotAfterAmber"));
        if (!problems.isEmpty()) {
            throw new Refusal(problems);
        }
        jdbi.useTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            dao.putSetting(AMBER_KEY, Integer.toString(t.amberHours()), clock.instant());
            dao.putSetting(RED_KEY, Integer.toString(t.redHours()), clock.instant());
        });
        return thresholds();
    }

    private static int hours(WinbackDao dao, String key, int fallback) {
        return dao.setting(key).map(v -> {
            try {
                return Integer.parseInt(v.strip());
            } catch (NumberFormatException e) {
                return fallback;
            }
        }).orElse(fallback);
    }

    /** The cases with their customers' names, read in one lookup through the customer service. */
    private List<WinbackCase> named(List<WinbackCase> cases) {
        if (cases.isEmpty()) {
            return cases;
        }
        Map<Long, Customer> byId = customers.findAll(cases.stream().map(WinbackCase::customerId).toList());
        return cases.stream().map(c -> {
            Customer who = byId.get(c.customerId());
            return who == null ? c : c.withCustomerName(who.name());
        }).toList();
    }

    private CaseDetail detail(Handle h, long caseId) {
        WinbackDao dao = h.attach(WinbackDao.class);
        WinbackCase c = named(List.of(dao.findCase(caseId).orElseThrow(() -> new NoSuchElementException("No case " + caseId)))).get(0);
        Incident incident = c.incidentId() == null ? null : incidents.find(c.incidentId()).orElse(null);
        return new CaseDetail(c, incident, dao.steps(caseId), dao.followUps(caseId));
    }

    /**
     * Erasing a customer on request: every note, reason and offer written on their cases goes; the cases, steps and
     * outcomes (the shop's counts) stay.
     */
    public void eraseCustomerText(long customerId) {
        jdbi.useTransaction(h -> {
            WinbackDao dao = h.attach(WinbackDao.class);
            dao.eraseStepText(customerId);
            dao.eraseFollowUpText(customerId);
            dao.eraseCaseText(customerId);
        });
    }
}
