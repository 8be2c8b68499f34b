package com.setia.tools;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.customer.Salutation;
import com.setia.i18n.Language;
import com.setia.store.Database;

/**
 * Fills a data folder with a small shop's customers, to look at the screens with something in them.
 * <pre>mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=com.setia.tools.DemoData -Dexec.args=/tmp/setia-demo</pre>
 */
public final class DemoData {
    private DemoData() {
    }

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "target/demo-data");
        try (Database db = Database.openFolder(folder)) {
            Clock clock = Clock.systemDefaultZone();
            com.setia.app.Services services = new com.setia.app.Services(db, clock);
            CustomerService customers = services.customers();
            // forms of address as the store lists them (the salutation table), by code
            java.util.function.Function<String, Salutation> form = code -> customers.salutations().stream()
                    .filter(x -> x.code().equals(code)).findFirst().orElseThrow();
            Object[][] rows = {
                    {"Siti Aminah binti Yusof", Salutation.MRS, "012-345 6789", "siti.aminah@gmail.com", "No. 12, Jalan Melati 3, Taman Sri Muda, 40400 Shah Alam", Language.MS, CustomerStatus.ACTIVE, 2016},
                    {"Ahmad Faizal bin Hassan", Salutation.MR, "019-882 1400", "faizal.hassan@yahoo.com", "Lot 5, Kampung Baru, 50300 Kuala Lumpur", Language.MS, CustomerStatus.AT_RISK, 2019},
                    {"Budi Santoso", Salutation.MR, "+62 812-1111-2222", "budi.santoso@toko.id", "Jl. Merdeka No. 8, Bandung", Language.ID, CustomerStatus.LOST, 2018},
                    {"Dewi Lestari", Salutation.MRS, "0813-5555-0101", "dewi.lestari@gmail.com", "Jl. Kenanga 21, Surabaya", Language.ID, CustomerStatus.ACTIVE, 2021},
                    {"Tan Mei Ling", Salutation.MS, "016-223 9080", "meiling.tan@outlook.com", "22, Lorong Burma, 10050 George Town", Language.EN, CustomerStatus.WON_BACK, 2015},
                    {"Ravi Kumar a/l Subramaniam", Salutation.MR, "017-450 3321", null, "18, Jalan Ipoh, 51200 Kuala Lumpur", Language.EN, CustomerStatus.ACTIVE, 2020},
                    {"Nur Farah Hanim", Salutation.MS, "011-2345 6677", "farahhanim@gmail.com", null, Language.MS, CustomerStatus.ACTIVE, 2023},
                    {"Agus Hidayat", form.apply("SAUDARA"), "0857-2020-3030", null, "Jl. Sudirman 45, Jakarta Selatan", Language.ID, CustomerStatus.LET_GO, 2017},
                    {"Kavitha Raman", form.apply("DR"), "012-990 1234", "kavitha.r@gmail.com", "7, Jalan SS2/24, 47300 Petaling Jaya", Language.EN, CustomerStatus.ACTIVE, 2022},
                    {"Muhammad Hafiz bin Osman", form.apply("HAJI"), "013-777 4545", "hafiz.osman@gmail.com", "Kuarters Guru, 15000 Kota Bharu", Language.MS, CustomerStatus.AT_RISK, 2014},
                    {"Putri Wulandari", Salutation.MS, "0812-9090-1212", "putri.w@gmail.com", "Jl. Diponegoro 3, Yogyakarta", Language.ID, CustomerStatus.ACTIVE, 2024},
                    {"Lee Chong Wei", form.apply("DATO"), "014-321 8765", "weijie.lim@gmail.com", "3A, Jalan Tun Sambanthan, 50470 Kuala Lumpur", Language.EN, CustomerStatus.ACTIVE, 2019},
            };
            java.util.List<com.setia.customer.Customer> made = new java.util.ArrayList<>();
            for (Object[] r : rows) {
                made.add(customers.create(new CustomerDraft((String) r[0], (Salutation) r[1], (String) r[2], (String) r[3],
                        (String) r[4], (Language) r[5], LocalDate.of((Integer) r[7], 3, 1),
                        "Pelanggan tetap kedai.", (CustomerStatus) r[6])));
            }
            history(services, clock, made);
            System.out.println("Demo customers written to " + db.description());
        }
    }

    /** What Today, the Timeline and Win-back show: complaints with and without a case, steps done, closed cases. */
    private static void history(com.setia.app.Services services, Clock clock, java.util.List<com.setia.customer.Customer> c) {
        var incidents = services.incidents();
        var winback = services.winback();
        var now = clock.instant();
        // Siti: a complaint six days ago, no case yet (Today: open a case).
        incidents.log(new com.setia.incident.IncidentDraft(c.get(0).id(), now.minus(java.time.Duration.ofDays(6)),
                com.setia.incident.Channel.WHATSAPP, "Kain batik yang saya tempah sampai dalam keadaan koyak. Ini kali kedua!",
                com.setia.incident.Severity.HIGH, "Ganti kain baharu sebelum majlis Sabtu ini", null));
        // Ahmad: a case opened from a complaint 30 hours ago, nothing done yet.
        var a = incidents.log(new com.setia.incident.IncidentDraft(c.get(1).id(), now.minus(java.time.Duration.ofHours(30)),
                com.setia.incident.Channel.PHONE, "Pesanan lewat seminggu, tiada khabar", com.setia.incident.Severity.MEDIUM,
                "Penjelasan dan potongan harga", null));
        winback.open(c.get(1).id(), a.id());
        // Dewi: a case half walked.
        var d = incidents.log(new com.setia.incident.IncidentDraft(c.get(3).id(), now.minus(java.time.Duration.ofHours(5)),
                com.setia.incident.Channel.COUNTER, "Staf tidak melayani, sibuk dengan telepon", com.setia.incident.Severity.MEDIUM,
                null, null));
        long dc = winback.open(c.get(3).id(), d.id()).winbackCase().id();
        winback.recordStep(dc, com.setia.winback.StepDraft.of(com.setia.winback.Step.ACT_FAST, "Menelepon dia dalam satu jam"));
        winback.recordStep(dc, com.setia.winback.StepDraft.apology("Pemilik menelepon dan minta maaf", true, false));
        // Tan Mei Ling: won back; Hafiz: keep in touch, follow-up due today.
        long mc = winback.open(c.get(4).id(), null).winbackCase().id();
        winback.recordStep(mc, com.setia.winback.StepDraft.of(com.setia.winback.Step.ACT_FAST, "Visited her shop"));
        winback.close(mc, com.setia.winback.CloseRequest.wonBack("Back for Chinese New Year orders").confirmingSkipped());
        long hc = winback.open(c.get(9).id(), null).winbackCase().id();
        winback.recordStep(hc, com.setia.winback.StepDraft.of(com.setia.winback.Step.ACT_FAST, "Telefon, dia sibuk"));
        winback.close(hc, com.setia.winback.CloseRequest.keepInTouch(LocalDate.now(clock), "Hubungi selepas Raya").confirmingSkipped());
        services.reasons().tick(c.get(0).id(), com.setia.reasons.LossReason.VIII, LocalDate.now(clock), "Salahkan kurier");
    }
}
