package com.setia.visit;

import com.setia.common.Problem;
import com.setia.common.Refusal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

import com.setia.customer.CustomerService;
import com.setia.customer.VisitStandings;

/**
 * Visits and purchases: recording one (the day it happened, never in the future), a customer's visits and usual
 * gap, and who is going quiet. Every write keeps {@code visit_summary} in step in the same transaction, so the
 * going-quiet list reads one row per customer.
 */
public final class VisitService {
    public static final int NOTE_MAX = 500;
    /** With no customer having a gap yet, the shop's usual gap in days. */
    public static final int DEFAULT_SHOP_GAP = 30;
    static final String FACTOR_KEY = "quietFactor";
    static final String MINIMUM_KEY = "quietMinimumDays";
    static final String RETURNS_BUILT_KEY = "returnsBuilt";

    private final Jdbi jdbi;
    private final Clock clock;
    private final CustomerService customers;
    private volatile GapTally gapTally;
    private volatile Standings standings;
    private volatile boolean returnsBuilt;

    public VisitService(Jdbi jdbi, Clock clock, CustomerService customers) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.customers = customers;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The reasons this draft would be refused (bundle keys); empty when it can be recorded. */
    public List<String> check(VisitDraft raw) {
        VisitDraft d = raw.normalised();
        List<String> problems = new ArrayList<>();
        if (d.visitedOn() == null) problems.add("visit.error.dateRequired");
        else if (d.visitedOn().isAfter(today())) problems.add("visit.error.future");
        if (d.amount() != null) {
            if (d.amount().signum() < 0) problems.add("visit.error.amountNegative");
            else if (d.amount().scale() > 2 && d.amount().stripTrailingZeros().scale() > 2) problems.add("visit.error.amountDecimals");
            else if (d.amount().compareTo(VisitAmounts.MAX) > 0) problems.add("visit.error.amountTooLarge");
        }
        if (d.note() != null && d.note().length() > NOTE_MAX) problems.add("visit.error.noteTooLong");
        return problems;
    }

    /** Records a visit; the customer's summary follows in the same transaction. */
    public Visit record(VisitDraft raw) {
        List<String> problems = check(raw);
        if (!problems.isEmpty()) throw new Refusal(problems.stream().map(k -> Problem.of(k)).toList());
        VisitDraft d = raw.normalised();
        QuietSettings settings = quietSettings();
        int shop = shopGap();
        Integer[] medianGap = new Integer[1];
        Visit saved = jdbi.inTransaction(h -> {
            if (customers.find(d.customerId()).isEmpty()) throw new Refusal("visit.error.noCustomer");
            VisitDao dao = h.attach(VisitDao.class);
            long id = dao.insert(d, clock.instant(), null);
            resummarise(dao, List.of(d.customerId()), settings, shop);
            medianGap[0] = dao.summary(d.customerId()).map(VisitSummary::medianGap).orElse(null);
            return dao.find(id).orElseThrow();
        });
        gapChanged(d.customerId(), medianGap[0]);
        return saved;
    }

    /** Removes a visit recorded by mistake. */
    public void delete(long visitId) {
        QuietSettings settings = quietSettings();
        int shop = shopGap();
        Object[] changed = new Object[2];
        jdbi.useTransaction(h -> {
            VisitDao dao = h.attach(VisitDao.class);
            Visit v = dao.find(visitId).orElseThrow(() -> new NoSuchElementException("No visit " + visitId));
            dao.delete(visitId);
            resummarise(dao, List.of(v.customerId()), settings, shop);
            changed[0] = v.customerId();
            changed[1] = dao.summary(v.customerId()).map(VisitSummary::medianGap).orElse(null);
        });
        gapChanged((Long) changed[0], (Integer) changed[1]);
    }

    /** The customer's visits, newest first, at most {@code limit}. */
    public List<Visit> visitsOf(long customerId, int limit) {
        return jdbi.withExtension(VisitDao.class, dao -> dao.visitsOf(customerId, limit));
    }

    public Optional<VisitSummary> summary(long customerId) {
        return jdbi.withExtension(VisitDao.class, dao -> dao.summary(customerId));
    }

    /** The customer's usual gap in days: their own median once they have three visit days, else the shop's. */
    public UsualGap usualGap(long customerId) {
        Optional<VisitSummary> s = summary(customerId);
        Integer own = s.map(VisitSummary::ownGap).orElse(null);
        return own != null ? new UsualGap(own, true) : new UsualGap(shopGap(), false);
    }

    /** A usual gap in days, and whether it is the customer's own (else the shop-wide median). */
    public record UsualGap(int days, boolean own) {
    }

    /**
     * The shop-wide usual gap: the median of every customer's median gap (customers with at least two visit
     * days), {@value #DEFAULT_SHOP_GAP} days before anyone has one. Counted once, then kept in step
     * with each visit recorded or removed ({@link GapTally}); an import has it counted again.
     */
    public int shopGap() {
        GapTally tally = gapTally;
        if (tally == null) {
            tally = tallyOf(jdbi.withExtension(VisitDao.class, VisitDao::allSummaries));
            gapTally = tally;
        }
        return Math.max(1, tally.median(DEFAULT_SHOP_GAP));
    }

    private static GapTally tallyOf(List<VisitSummary> summaries) {
        GapTally tally = new GapTally();
        for (VisitSummary s : summaries) {
            if (s.medianGap() != null) tally.set(s.customerId(), s.medianGap());
        }
        return tally;
    }

    /** One customer's summary changed (a visit recorded or removed, committed): the shop's median follows it. */
    private void gapChanged(long customerId, Integer medianGap) {
        GapTally tally = gapTally;
        if (tally != null) tally.set(customerId, medianGap);
        standings = null;
    }

    public QuietSettings quietSettings() {
        return jdbi.withExtension(VisitDao.class, dao -> {
            BigDecimal factor = dao.setting(FACTOR_KEY).map(BigDecimal::new).orElse(QuietSettings.DEFAULT.factor());
            int minimum = dao.setting(MINIMUM_KEY).map(Integer::parseInt).orElse(QuietSettings.DEFAULT.minimumDays());
            return new QuietSettings(factor, minimum);
        });
    }

    /** Saves the owner's going-quiet settings: a factor from 1.1 to 10, a minimum from 1 to 365 days. */
    public QuietSettings saveQuietSettings(QuietSettings settings) {
        List<String> problems = new ArrayList<>();
        if (settings.factor() == null || settings.factor().compareTo(QuietSettings.FACTOR_MIN) < 0
                || settings.factor().compareTo(QuietSettings.FACTOR_MAX) > 0 || settings.factor().scale() > 1
                        && settings.factor().stripTrailingZeros().scale() > 1) {
            problems.add("visit.error.factorRange");
        }
        if (settings.minimumDays() < QuietSettings.MINIMUM_DAYS_MIN || settings.minimumDays() > QuietSettings.MINIMUM_DAYS_MAX) {
            problems.add("visit.error.minimumRange");
        }
        if (!problems.isEmpty()) throw new Refusal(problems.stream().map(k -> Problem.of(k)).toList());
        jdbi.useTransaction(h -> {
            VisitDao dao = h.attach(VisitDao.class);
            dao.updateSetting(FACTOR_KEY, settings.factor().stripTrailingZeros().toPlainString(), clock.instant());
            dao.updateSetting(MINIMUM_KEY, Integer.toString(settings.minimumDays()), clock.instant());
        });
        standings = null;
        return quietSettings();
    }

    /**
     * Customers going quiet today, most overdue first (days since the last visit over the usual gap), leaving out
     * the {@code excluded} ones and those the owner dismissed until today or later.
     */
    public List<QuietCandidate> goingQuiet(Set<Long> excluded) {
        LocalDate today = today();
        QuietSettings settings = quietSettings();
        int shop = shopGap();
        return jdbi.withHandle(h -> {
            VisitDao dao = h.attach(VisitDao.class);
            Set<Long> dismissed = new HashSet<>(dao.dismissedOn(today));
            // Nobody is quiet before the minimum: the index on last_visit reads only the older summaries.
            List<VisitSummary> old = dao.summariesLastBefore(today.minusDays(settings.minimumDays()));
            List<QuietCandidate> out = new ArrayList<>();
            for (VisitSummary s : old) {
                if (excluded.contains(s.customerId()) || dismissed.contains(s.customerId())) continue;
                Integer own = s.ownGap();
                int gap = own != null ? Math.max(1, own) : shop;
                int threshold = settings.thresholdDays(gap);
                int since = (int) ChronoUnit.DAYS.between(s.lastVisit(), today);
                if (since > threshold) {
                    out.add(new QuietCandidate(s.customerId(), s.lastVisit(), gap, own != null, since, threshold));
                }
            }
            out.sort(Comparator.comparingDouble(QuietCandidate::overdue).reversed()
                    .thenComparing(QuietCandidate::daysSince, Comparator.reverseOrder())
                    .thenComparingLong(QuietCandidate::customerId));
            return out;
        });
    }

    /**
     * Every customer's last visit and going-quiet standing, for the customer list to show and sort by: one read of
     * the summaries (one row per customer), kept until the next write here, the next day, or a minute (another PC
     * on a shared store may have recorded visits meanwhile). Looked up in memory by binary search.
     */
    public VisitStandings.Snapshot standings() {
        LocalDate today = today();
        Standings cached = standings;
        if (cached != null && cached.day().equals(today) && System.nanoTime() - cached.readAt() < STANDINGS_FRESH_NANOS) {
            return cached;
        }
        QuietSettings settings = quietSettings();
        List<VisitSummary> all = jdbi.withExtension(VisitDao.class, VisitDao::allSummaries);
        if (gapTally == null) gapTally = tallyOf(all); // one read of the summaries for both
        int shop = shopGap();
        long[] ids = new long[all.size()];
        VisitStandings.Standing[] values = new VisitStandings.Standing[all.size()];
        for (int i = 0; i < ids.length; i++) {
            VisitSummary s = all.get(i);
            Integer own = s.ownGap();
            int gap = own != null ? Math.max(1, own) : shop;
            int since = (int) ChronoUnit.DAYS.between(s.lastVisit(), today);
            ids[i] = s.customerId();
            values[i] = new VisitStandings.Standing(s.lastVisit(), since, gap, since > settings.thresholdDays(gap));
        }
        Standings fresh = new Standings(today, System.nanoTime(), ids, values);
        standings = fresh;
        return fresh;
    }

    private static final long STANDINGS_FRESH_NANOS = 60_000_000_000L;

    /** The standings read at one moment: customer ids in order and their standings. */
    private record Standings(LocalDate day, long readAt, long[] ids, VisitStandings.Standing[] values)
            implements VisitStandings.Snapshot {
        @Override
        public VisitStandings.Standing of(long customerId) {
            int at = Arrays.binarySearch(ids, customerId);
            return at < 0 ? null : values[at];
        }
    }

    /** Takes a customer off the going-quiet list until {@code until} (inclusive); a new visit does not undo it. */
    public void dismissQuiet(long customerId, LocalDate until) {
        if (until == null || until.isBefore(today())) throw new Refusal("visit.error.dismissUntilPast");
        jdbi.useTransaction(h -> {
            VisitDao dao = h.attach(VisitDao.class);
            dao.undismiss(customerId);
            dao.dismiss(customerId, until);
        });
    }

    /** Checks the rows of a visits file: each becomes a visit or carries its problems. Nothing is stored. */
    public VisitImportCheck checkImport(List<VisitRow> rows, com.setia.i18n.Language language) {
        return VisitImport.check(this, rows, language);
    }

    /**
     * Stores the valid rows of a checked import in one transaction, reporting progress; when the owner cancels
     * ({@link java.util.concurrent.CancellationException}) or anything fails, nothing of it is stored.
     */
    public VisitImportResult importVisits(VisitImportCheck check, ImportProgress progress) {
        return VisitImport.commit(this, check, progress);
    }

    public long visitCount() {
        return jdbi.withExtension(VisitDao.class, VisitDao::count);
    }

    /** Visits of an import, inserted and summarised inside the caller's transaction on {@code h}. */
    void insertImported(Handle h, long importId, List<VisitDraft> drafts) {
        h.attach(VisitDao.class).insertAll(drafts.toArray(VisitDraft[]::new), clock.instant(), importId);
    }

    long nextImportId(Handle h) {
        return h.attach(VisitDao.class).nextImportId();
    }

    void resummarise(Handle h, List<Long> customerIds) {
        resummarise(h.attach(VisitDao.class), customerIds, quietSettings(), shopGap());
    }

    /**
     * Customers brought back with a visit day in {@code [from, to)}: they came after a stretch longer than the
     * going-quiet rule allowed them (see {@link VisitReturn}), by day then customer. Visits stored before Setia
     * kept these are worked out once, the first time they are asked for (seconds over millions of visits).
     */
    public List<VisitReturn> returnsBetween(LocalDate from, LocalDate to) {
        buildReturnsIfNeeded();
        return jdbi.withExtension(VisitDao.class, dao -> dao.returnsBetween(from, to));
    }

    /** Works out the returns of visits stored before V43, once (the first caller does it; the others skip). */
    public void buildReturnsIfNeeded() {
        if (returnsBuilt) return;
        if (jdbi.withExtension(VisitDao.class, dao -> dao.setting(RETURNS_BUILT_KEY)).filter("true"::equals).isPresent()) {
            returnsBuilt = true;
            return;
        }
        QuietSettings settings = quietSettings();
        int shop = shopGap();
        jdbi.useTransaction(h -> {
            VisitDao dao = h.attach(VisitDao.class);
            // The row lock taken here makes a second PC wait, then find it done.
            if (dao.claimSetting(RETURNS_BUILT_KEY, "false", "true", clock.instant()) != 1) return;
            resummarise(dao, dao.customersWithVisits(), settings, shop);
        });
        returnsBuilt = true;
    }

    /** Many summaries changed at once (an import): the shop's median is counted again when next asked. */
    void forgetGaps() {
        gapTally = null;
        standings = null;
    }

    Jdbi jdbi() {
        return jdbi;
    }

    Clock clock() {
        return clock;
    }

    CustomerService customers() {
        return customers;
    }

    /**
     * Recomputes the summaries and the returns of these customers from their visits (in chunks, for an import's
     * thousands); a return is a visit day after a gap past the going-quiet threshold of {@code settings} for the
     * customer's usual gap (their own, else {@code shopGap}).
     */
    private static void resummarise(VisitDao dao, List<Long> unsorted, QuietSettings settings, int shopGap) {
        List<Long> customerIds = unsorted.stream().sorted().distinct().toList();
        for (int from = 0; from < customerIds.size(); from += 1000) {
            List<Long> chunk = customerIds.subList(from, Math.min(customerIds.size(), from + 1000));
            List<VisitDao.CustomerDay> days;
            if (chunk.size() == 1) {
                days = dao.daysOf(chunk.get(0)).stream().map(d -> new VisitDao.CustomerDay(chunk.get(0), d)).toList();
            } else if (chunk.get(chunk.size() - 1) - chunk.get(0) < 4L * chunk.size()) {
                // an import touches most customers: one range scan of the index, the others' days left out here,
                // costs far less than a thousand separate look-ups
                Set<Long> wanted = new HashSet<>(chunk);
                days = dao.daysBetween(chunk.get(0), chunk.get(chunk.size() - 1)).stream()
                        .filter(d -> wanted.contains(d.customerId())).toList();
            } else {
                days = dao.daysOfAll(chunk);
            }
            List<VisitSummary> summaries = new ArrayList<>();
            List<VisitReturn> returns = new ArrayList<>();
            int i = 0;
            while (i < days.size()) {
                long id = days.get(i).customerId();
                int j = i;
                while (j < days.size() && days.get(j).customerId() == id) j++;
                List<LocalDate> own = new ArrayList<>(j - i);
                for (int k = i; k < j; k++) own.add(days.get(k).visitedOn());
                VisitSummary summary = summarise(id, own);
                summaries.add(summary);
                returns.addAll(returns(summary, own, settings, shopGap));
                i = j;
            }
            if (chunk.size() == 1) {
                dao.deleteSummary(chunk.get(0));
                dao.deleteReturns(chunk.get(0));
            } else {
                dao.deleteSummaries(chunk);
                dao.deleteReturnsOf(chunk);
            }
            if (!summaries.isEmpty()) dao.insertSummaries(summaries);
            if (!returns.isEmpty()) dao.insertReturns(returns);
        }
    }

    /** The days of one customer's distinct visit days (in order) that came after a gap past their threshold. */
    static List<VisitReturn> returns(VisitSummary summary, List<LocalDate> days, QuietSettings settings, int shopGap) {
        Integer own = summary.ownGap();
        int threshold = settings.thresholdDays(own != null ? Math.max(1, own) : shopGap);
        List<VisitReturn> out = new ArrayList<>();
        for (int k = 1; k < days.size(); k++) {
            int gap = (int) ChronoUnit.DAYS.between(days.get(k - 1), days.get(k));
            if (gap > threshold) out.add(new VisitReturn(summary.customerId(), days.get(k), gap));
        }
        return out;
    }

    /** The summary of one customer's distinct visit days, in order. */
    static VisitSummary summarise(long customerId, List<LocalDate> days) {
        Integer medianGap = null;
        if (days.size() >= 2) {
            int[] gaps = new int[days.size() - 1];
            for (int k = 1; k < days.size(); k++) gaps[k - 1] = (int) ChronoUnit.DAYS.between(days.get(k - 1), days.get(k));
            medianGap = median(gaps);
        }
        return new VisitSummary(customerId, days.size(), days.get(0), days.get(days.size() - 1), medianGap);
    }

    /** The median, halves rounded up (gaps of 7 and 8 days: 8). */
    static int median(int[] values) {
        int[] v = values.clone();
        Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2] + 1) / 2;
    }
}
