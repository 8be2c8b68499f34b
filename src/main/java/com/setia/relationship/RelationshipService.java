package com.setia.relationship;

import java.time.LocalDate;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.setia.contact.Contact;
import com.setia.contact.ContactKind;
import com.setia.contact.ContactService;
import com.setia.contact.KeepInTouchDue;
import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.loyalty.LoyaltyService;
import com.setia.reasons.ReasonService;
import com.setia.visit.QuietCandidate;
import com.setia.visit.QuietSettings;
import com.setia.visit.VisitReturn;
import com.setia.visit.VisitService;
import com.setia.visit.VisitSummary;
import com.setia.winback.WinbackCase;
import com.setia.winback.WinbackService;

/**
 * The customer relationship, composed from the features that own its parts (visits, contacts, loyalty signs,
 * loss reasons, win-back cases, the customer book): the going-quiet and keep-in-touch lists of Today and the
 * header of a customer's page. It owns no table; every read and write goes through those features' services.
 */
public final class RelationshipService {
    private final CustomerService customers;
    private final VisitService visits;
    private final ContactService contacts;
    private final LoyaltyService loyalty;
    private final ReasonService reasons;
    private final WinbackService winback;
    private final Clock clock;

    public RelationshipService(Clock clock, CustomerService customers, VisitService visits, ContactService contacts,
            LoyaltyService loyalty, ReasonService reasons, WinbackService winback) {
        this.customers = customers;
        this.visits = visits;
        this.contacts = contacts;
        this.loyalty = loyalty;
        this.reasons = reasons;
        this.winback = winback;
        this.clock = clock;
    }

    /**
     * Customers going quiet, most overdue first, the first {@code limit} with their details. Left out: archived and
     * let-go customers, those with an open win-back case (already in hand), those the owner dismissed for a while,
     * and those contacted within the going-quiet minimum (30 days unless changed): a contact answers the signal
     * for that long, and the customer comes back on the list if they still stay away.
     */
    public Page<QuietRow> goingQuiet(int limit) {
        List<QuietCandidate> all = quietCandidates();
        List<QuietCandidate> first = all.subList(0, Math.min(limit, all.size()));
        Map<Long, Customer> found = customers.findAll(first.stream().map(QuietCandidate::customerId).toList());
        List<QuietRow> rows = new ArrayList<>(first.size());
        for (QuietCandidate q : first) {
            Customer c = found.get(q.customerId());
            if (c != null) rows.add(new QuietRow(c, q));
        }
        return new Page<>(rows, all.size());
    }

    /** The customers of the going-quiet list (the same as {@link #goingQuiet}'s, most overdue first), ids only. */
    public List<Long> quietCustomers() {
        return quietCandidates().stream().map(QuietCandidate::customerId).toList();
    }

    /**
     * Customers brought back in {@code [from, to)}: a visit after a stretch the going-quiet rule would have flagged
     * (see {@link VisitReturn}), each with that visit, by day. Archived and let-go customers are left out: they are
     * never counted as going quiet, so not as brought back either.
     */
    public List<VisitReturn> broughtBack(LocalDate from, LocalDate to) {
        List<VisitReturn> all = visits.returnsBetween(from, to);
        if (all.isEmpty()) return all;
        Set<Long> excluded = customers.archivedOrLetGo();
        return all.stream().filter(r -> !excluded.contains(r.customerId())).toList();
    }

    private List<QuietCandidate> quietCandidates() {
        QuietSettings settings = visits.quietSettings();
        Set<Long> excluded = new HashSet<>(customers.archivedOrLetGo());
        excluded.addAll(winback.customersWithOpenCase());
        excluded.addAll(contacts.contactedSince(visits.today().minusDays(settings.minimumDays() - 1L)));
        return visits.goingQuiet(excluded);
    }

    /** Customers due a keep-in-touch contact, most overdue first, the first {@code limit} with their details. */
    public Page<DueRow> keepInTouchDue(int limit) {
        List<KeepInTouchDue> all = contacts.due();
        List<KeepInTouchDue> first = all.subList(0, Math.min(limit, all.size()));
        Map<Long, Customer> found = customers.findAll(first.stream().map(KeepInTouchDue::customerId).toList());
        List<DueRow> rows = new ArrayList<>(first.size());
        for (KeepInTouchDue d : first) {
            Customer c = found.get(d.customerId());
            if (c != null) rows.add(new DueRow(c, d));
        }
        return new Page<>(rows, all.size());
    }

    /** The header facts of one customer. */
    public RelationshipFacts facts(long customerId) {
        Customer customer = customers.find(customerId).orElseThrow();
        VisitSummary summary = visits.summary(customerId).orElse(null);
        VisitService.UsualGap gap = visits.usualGap(customerId);
        LocalDate today = visits.today();
        int since = summary == null ? -1 : (int) ChronoUnit.DAYS.between(summary.lastVisit(), today);
        boolean quiet = summary != null && since > visits.quietSettings().thresholdDays(gap.days());
        Contact last = contacts.lastContact(customerId).orElse(null);
        LocalDate openSince = winback.casesOf(customerId).stream().map(d -> d.winbackCase())
                .filter(WinbackCase::isOpen).findFirst()
                .map(c -> LocalDate.ofInstant(c.startedAt(), clock.getZone())).orElse(null);
        return new RelationshipFacts(customer, summary, gap, since, quiet, last, openSince,
                List.copyOf(reasons.forCustomer(customerId).keySet()), List.copyOf(loyalty.forCustomer(customerId).keySet()));
    }

    /** Logs a contact the owner made (a call, a visit...) on the day it happened. */
    public Contact logContact(long customerId, ContactKind kind, LocalDate on, String note) {
        return contacts.record(customerId, kind, on, note);
    }

    /** Opens a win-back case for a customer who went quiet (no incident). */
    public long openCase(long customerId) {
        return winback.open(customerId, null).winbackCase().id();
    }

    /** Takes a customer off the going-quiet list until a day. */
    public void dismissQuiet(long customerId, LocalDate until) {
        visits.dismissQuiet(customerId, until);
    }

    public LocalDate today() {
        return visits.today();
    }
}
