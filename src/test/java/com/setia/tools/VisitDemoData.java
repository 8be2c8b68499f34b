package com.setia.tools;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import com.setia.app.Services;
import com.setia.contact.ContactKind;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerStatus;
import com.setia.customer.Salutation;
import com.setia.i18n.Language;
import com.setia.loyalty.LoyaltySign;
import com.setia.store.Database;
import com.setia.visit.VisitDraft;

/**
 * Visits, contacts and loyalty signs for looking at the screens: regulars, two who went quiet, one due a
 * keep-in-touch contact. Run after (or without) DemoData on the same folder:
 *
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.setia.tools.VisitDemoData -Dexec.args=/tmp/setia-demo</pre>
 */
public final class VisitDemoData {
    private VisitDemoData() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "/tmp/setia-demo");
        Clock clock = Clock.systemDefaultZone();
        LocalDate today = LocalDate.now(clock);
        Random random = new Random(3);
        try (Database db = Database.openFolder(folder)) {
            Services s = new Services(db, clock);
            Customer rosnah = person(s, "Rosnah binti Yusof", "012-388 4410", Language.MS);
            Customer hendra = person(s, "Hendra Gunawan", "0813-2255-9087", Language.ID);
            Customer kavitha = person(s, "Kavitha a/p Ramasamy", "016-702 3318", Language.MS);
            Customer lim = person(s, "Lim Ah Kow", "017-455 1200", Language.EN);
            for (int w = 10; w >= 0; w--) s.visits().record(new VisitDraft(rosnah.id(), today.minusDays(63).minusWeeks(w),
                    BigDecimal.valueOf(1500 + random.nextInt(4000), 2), w == 0 ? "kuih raya" : null));
            for (int w = 6; w >= 0; w--) s.visits().record(VisitDraft.on(hendra.id(), today.minusDays(50).minusWeeks(2L * w)));
            for (int w = 12; w >= 0; w--) s.visits().record(VisitDraft.on(kavitha.id(), today.minusDays(3).minusWeeks(w)));
            // Lim came weekly, stayed away 50 days, and came back: brought back on the dashboard.
            for (int w = 4; w >= 0; w--) s.visits().record(VisitDraft.on(lim.id(), today.minusDays(84).minusWeeks(w)));
            for (int w = 2; w >= 0; w--) s.visits().record(VisitDraft.on(lim.id(), today.minusDays(20).minusWeeks(w)));
            s.contacts().record(kavitha.id(), ContactKind.CALL, today.minusDays(40), "Tanya tentang kain sari baharu");
            s.contacts().setCadence(kavitha.id(), 30);
            s.loyalty().tick(kavitha.id(), LoyaltySign.RECOMMENDS, today.minusDays(20), null);
            s.loyalty().tick(kavitha.id(), LoyaltySign.BUYS_AGAIN, today.minusDays(3), null);
            System.out.println("Visits added for " + List.of(rosnah.name(), hendra.name(), kavitha.name(), lim.name()));
        }
    }

    private static Customer person(Services s, String name, String phone, Language language) {
        return s.customers().create(new CustomerDraft(name, Salutation.NONE, phone, null, null, language, null, null,
                CustomerStatus.ACTIVE));
    }
}
