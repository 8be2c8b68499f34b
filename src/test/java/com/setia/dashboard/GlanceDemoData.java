package com.setia.dashboard;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import com.setia.app.Services;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerStatus;
import com.setia.i18n.Language;
import com.setia.incident.Channel;
import com.setia.incident.IncidentDraft;
import com.setia.incident.Severity;
import com.setia.reasons.LossReason;
import com.setia.rulechange.Audience;
import com.setia.rulechange.RuleChangeDraft;
import com.setia.rulechange.RuleKind;
import com.setia.rulechange.ToldHow;
import com.setia.store.Database;
import com.setia.testsupport.MutableClock;
import com.setia.winback.CloseRequest;
import com.setia.winback.Step;
import com.setia.winback.StepDraft;

/**
 * Fills a data folder with six months of a small shop's life (customers, incidents, cases with their outcomes, loss
 * reasons, a rule change half told), to look at the dashboard and the rule changes. Not a test. Argument: the folder.
 */
public final class GlanceDemoData {
    private GlanceDemoData() {
    }

    public static void main(String[] args) {
        ZoneId zone = ZoneId.systemDefault();
        Instant end = Instant.now();
        MutableClock clock = new MutableClock(end.minus(Duration.ofDays(175)), zone);
        Random random = new Random(11);
        String[] names = {"Aminah binti Ali", "Budi Santoso", "Chong Wei Ming", "Dewi Lestari", "Encik Rahman", "Farah Nadia",
            "Gopal a/l Muthu", "Hendra Wijaya", "Intan Permata", "Joko Susilo", "Kamala Devi", "Lim Siew Lan", "Mohd Faizal",
            "Nurul Huda", "Ong Boon Keat", "Putri Ayu", "Rina Marlina", "Suresh Kumar", "Tan Mei Ling", "Wahyu Hidayat"};
        try (Database db = Database.openFolder(Path.of(args[0]))) {
            Services s = new Services(db, clock);
            List<Customer> people = new ArrayList<>();
            for (int i = 0; i < names.length; i++) {
                people.add(s.customers().create(CustomerDraft.named(names[i]).withLanguage(i % 3 == 1 ? Language.ID : Language.MS)));
            }
            Channel[] channels = Channel.values();
            Severity[] severities = Severity.values();
            LossReason[] reasons = LossReason.values();
            Instant start = clock.instant();
            for (int week = 0; week < 24; week++) {
                Duration ahead = Duration.between(clock.instant(), start.plus(Duration.ofDays(7L * (week + 1))));
                if (!ahead.isNegative()) clock.advance(ahead);
                int incidents = 1 + random.nextInt(3);
                for (int k = 0; k < incidents; k++) {
                    Customer c = people.get(random.nextInt(people.size()));
                    var incident = s.incidents().log(new IncidentDraft(c.id(), clock.instant(), channels[random.nextInt(channels.length)],
                            "Pesanan lambat sampai", severities[random.nextInt(severities.length)], null, null));
                    if (!s.winback().openCases().stream().anyMatch(x -> x.customerId() == c.id()) && random.nextInt(3) > 0) {
                        long caseId = s.winback().open(c.id(), incident.id()).winbackCase().id();
                        clock.advance(Duration.ofHours(2 + random.nextInt(110)));
                        s.winback().recordStep(caseId, StepDraft.of(Step.ACT_FAST, "Telefon pelanggan"));
                        int outcome = random.nextInt(4);
                        CloseRequest close = outcome == 0 ? CloseRequest.letGo("Selalu menuntut lebih dari peraturan kedai", null)
                                : outcome == 1 ? CloseRequest.keepInTouch(LocalDate.now(clock).plusDays(30), null)
                                : CloseRequest.wonBack(null);
                        s.winback().close(caseId, close.confirmingSkipped());
                        s.reasons().tick(c.id(), reasons[random.nextInt(reasons.length)], LocalDate.now(clock), null);
                    }
                }
            }
            clock.advance(Duration.between(clock.instant(), end));
            s.customers().changeStatus(people.get(3).id(), CustomerStatus.LOST);
            s.customers().changeStatus(people.get(7).id(), CustomerStatus.AT_RISK);
            var change = s.ruleChanges().record(new RuleChangeDraft(RuleKind.PRICE, "Harga servis asas naik kepada RM45",
                    "Harga bahan naik sejak bulan lalu.", LocalDate.now(clock).plusDays(6), Audience.ALL, null, null));
            var list = s.ruleChanges().toBeTold(change.id());
            for (int i = 0; i < list.size() / 3; i++) {
                s.ruleChanges().markTold(change.id(), list.get(i).customer().id(), ToldHow.values()[i % 4], LocalDate.now(clock));
            }
            s.ruleChanges().record(new RuleChangeDraft(RuleKind.OPENING_HOURS, "Kedai tutup pada hari Ahad", null,
                    LocalDate.now(clock).plusDays(12), Audience.STATUS, CustomerStatus.AT_RISK, null));
        }
        System.out.println("Dashboard demo data written to " + args[0]);
    }
}
