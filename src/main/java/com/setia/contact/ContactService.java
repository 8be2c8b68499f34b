package com.setia.contact;

import com.setia.common.Problem;
import com.setia.common.Refusal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Jdbi;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;

/**
 * Contacts with customers and keeping in touch. Any contact counts, whoever logs it: the owner (a call, a
 * WhatsApp message, a visit to the customer), the letters feature (a letter printed or saved) and win-back (a
 * step or follow-up done). Those features call {@link #record} inside their own transaction, which Jdbi joins,
 * so the contact is stored with their change or not at all.
 * <p>Keep in touch: a cadence per customer, else per status; the next due day is the last contact's own day
 * plus the cadence, so any contact resets it; snooze and pause.
 */
public final class ContactService {
    public static final int NOTE_MAX = 1000;
    public static final int CADENCE_MAX = 366;

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;

    public ContactService(Jdbi jdbi, Clock clock, CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Records a contact on the day it happened (not in the future). Joins the caller's transaction, if any. */
    public Contact record(long customerId, ContactKind kind, LocalDate happenedOn, String note) {
        String n = note == null || note.isBlank() ? null : note.strip();
        List<String> problems = new ArrayList<>();
        if (kind == null) problems.add("contact.error.kindRequired");
        if (happenedOn == null) problems.add("contact.error.dateRequired");
        else if (happenedOn.isAfter(today())) problems.add("contact.error.future");
        if (n != null && n.length() > NOTE_MAX) problems.add("contact.error.noteTooLong");
        if (!problems.isEmpty()) throw new Refusal(problems.stream()
                .map(k -> k.equals("contact.error.noteTooLong") ? Problem.of(k, NOTE_MAX) : Problem.of(k)).toList());
        String cleanNote = n;
        return jdbi.inTransaction(h -> {
            if (customers.find(customerId).isEmpty()) throw new Refusal("contact.error.noCustomer");
            ContactDao dao = h.attach(ContactDao.class);
            long id = dao.insert(customerId, kind, happenedOn, cleanNote, clock.instant());
            return dao.find(id).orElseThrow();
        });
    }

    /** The customer's contacts, newest first, at most {@code limit}. */
    public List<Contact> contactsOf(long customerId, int limit) {
        return jdbi.withExtension(ContactDao.class, dao -> dao.contactsOf(customerId, limit));
    }

    public Optional<Contact> lastContact(long customerId) {
        return contactsOf(customerId, 1).stream().findFirst();
    }

    /** Customers with a contact on {@code since} or later. */
    public Set<Long> contactedSince(LocalDate since) {
        return new HashSet<>(jdbi.withExtension(ContactDao.class, dao -> dao.contactedSince(since)));
    }

    /** The customer's keep-in-touch plan. */
    public KeepInTouch keepInTouch(long customerId) {
        Customer c = customers.find(customerId).orElseThrow(() -> new Refusal("contact.error.noCustomer"));
        return jdbi.withExtension(ContactDao.class, dao -> {
            Optional<ContactDao.Plan> plan = dao.plan(customerId);
            Optional<ContactDao.StatusRule> rule = dao.statusRules().stream()
                    .filter(r -> r.status().equals(c.status().name())).findFirst();
            LocalDate last = dao.lastContacts(List.of(customerId)).stream().findFirst()
                    .map(ContactDao.LastContact::lastOn).orElse(null);
            Integer own = plan.map(ContactDao.Plan::cadenceDays).orElse(null);
            Integer byStatus = rule.map(ContactDao.StatusRule::cadenceDays).orElse(null);
            Integer cadence = own != null ? own : byStatus;
            LocalDate since = own != null ? plan.get().sinceOn() : rule.map(ContactDao.StatusRule::sinceOn).orElse(null);
            LocalDate next = cadence == null ? null : (last != null ? last : since).plusDays(cadence);
            return new KeepInTouch(customerId, own, byStatus, plan.map(ContactDao.Plan::paused).orElse(false),
                    plan.map(ContactDao.Plan::snoozedUntil).orElse(null), last, next);
        });
    }

    /** Sets the customer's own cadence in days (1 to 366); null goes back to the status's cadence. */
    public KeepInTouch setCadence(long customerId, Integer days) {
        if (days != null && (days < 1 || days > CADENCE_MAX)) throw new Refusal("contact.error.cadenceRange");
        changePlan(customerId, p -> new ContactDao.Plan(customerId, days, p.paused(), p.snoozedUntil(),
                days != null && !java.util.Objects.equals(days, p.cadenceDays()) ? today() : p.sinceOn()));
        return keepInTouch(customerId);
    }

    /** Pauses (or resumes) keeping in touch with the customer. */
    public KeepInTouch setPaused(long customerId, boolean paused) {
        changePlan(customerId, p -> new ContactDao.Plan(customerId, p.cadenceDays(), paused, p.snoozedUntil(), p.sinceOn()));
        return keepInTouch(customerId);
    }

    /** Leaves the customer off the due list until {@code until} (a day after today), when they are due again. */
    public KeepInTouch snooze(long customerId, LocalDate until) {
        if (until == null || !until.isAfter(today())) throw new Refusal("contact.error.snoozeAfterToday");
        changePlan(customerId, p -> new ContactDao.Plan(customerId, p.cadenceDays(), p.paused(), until, p.sinceOn()));
        return keepInTouch(customerId);
    }

    private void changePlan(long customerId, java.util.function.UnaryOperator<ContactDao.Plan> change) {
        if (customers.find(customerId).isEmpty()) throw new Refusal("contact.error.noCustomer");
        jdbi.useTransaction(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            ContactDao.Plan was = dao.plan(customerId).orElse(new ContactDao.Plan(customerId, null, false, null, today()));
            ContactDao.Plan now = change.apply(was);
            dao.deletePlan(customerId);
            if (now.cadenceDays() != null || now.paused() || now.snoozedUntil() != null) {
                dao.insertPlan(customerId, now.cadenceDays(), now.paused(), now.snoozedUntil(), now.sinceOn());
            }
        });
    }

    /** The cadence of every status that has one. */
    public Map<CustomerStatus, Integer> statusCadences() {
        Map<CustomerStatus, Integer> out = new EnumMap<>(CustomerStatus.class);
        jdbi.withExtension(ContactDao.class, ContactDao::statusRules)
                .forEach(r -> out.put(CustomerStatus.valueOf(r.status()), r.cadenceDays()));
        return out;
    }

    /** Sets the cadence for every customer of a status (1 to 366 days); null: none. */
    public void setStatusCadence(CustomerStatus status, Integer days) {
        if (days != null && (days < 1 || days > CADENCE_MAX)) throw new Refusal("contact.error.cadenceRange");
        jdbi.useTransaction(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            Optional<ContactDao.StatusRule> was = dao.statusRules().stream().filter(r -> r.status().equals(status.name())).findFirst();
            dao.deleteStatusRule(status.name());
            if (days != null) dao.insertStatusRule(status.name(), days, was.map(ContactDao.StatusRule::sinceOn).orElse(today()));
        });
    }

    /**
     * Customers due a keep-in-touch contact today or earlier, most overdue first. Left out: archived and let-go
     * customers, paused plans, and snoozes that end after today.
     */
    public List<KeepInTouchDue> due() {
        LocalDate today = today();
        Set<Long> out = customers.archivedOrLetGo();
        return jdbi.withHandle(h -> {
            ContactDao dao = h.attach(ContactDao.class);
            Map<Long, ContactDao.Plan> plans = new HashMap<>();
            dao.plans().forEach(p -> plans.put(p.customerId(), p));
            Map<Long, int[]> cadence = new HashMap<>(); // id -> {days, since as epoch day}
            for (ContactDao.StatusRule rule : dao.statusRules()) {
                for (long id : customers.idsWithStatus(CustomerStatus.valueOf(rule.status()))) {
                    ContactDao.Plan p = plans.get(id);
                    if (p == null || p.cadenceDays() == null) {
                        cadence.put(id, new int[] {rule.cadenceDays(), (int) rule.sinceOn().toEpochDay()});
                    }
                }
            }
            for (ContactDao.Plan p : plans.values()) {
                if (p.cadenceDays() != null) cadence.put(p.customerId(), new int[] {p.cadenceDays(), (int) p.sinceOn().toEpochDay()});
            }
            cadence.keySet().removeIf(id -> {
                ContactDao.Plan p = plans.get(id);
                return out.contains(id) || p != null && (p.paused() || p.snoozedUntil() != null && p.snoozedUntil().isAfter(today));
            });
            List<Long> ids = new ArrayList<>(cadence.keySet());
            Map<Long, LocalDate> last = new HashMap<>();
            for (int from = 0; from < ids.size(); from += 1000) {
                dao.lastContacts(ids.subList(from, Math.min(ids.size(), from + 1000)))
                        .forEach(l -> last.put(l.customerId(), l.lastOn()));
            }
            List<KeepInTouchDue> due = new ArrayList<>();
            for (Map.Entry<Long, int[]> e : cadence.entrySet()) {
                LocalDate lastOn = last.get(e.getKey());
                LocalDate from = lastOn != null ? lastOn : LocalDate.ofEpochDay(e.getValue()[1]);
                LocalDate dueOn = from.plusDays(e.getValue()[0]);
                if (!dueOn.isAfter(today)) {
                    due.add(new KeepInTouchDue(e.getKey(), e.getValue()[0], lastOn, dueOn,
                            (int) ChronoUnit.DAYS.between(dueOn, today)));
                }
            }
            due.sort(Comparator.comparingInt(KeepInTouchDue::daysOverdue).reversed()
                    .thenComparingLong(KeepInTouchDue::customerId));
            return due;
        });
    }
}
