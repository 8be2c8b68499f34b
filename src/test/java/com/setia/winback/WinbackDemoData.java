package com.setia.winback;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.incident.Channel;
import com.setia.incident.IncidentDraft;
import com.setia.incident.IncidentService;
import com.setia.incident.Severity;
import com.setia.reasons.LossReason;
import com.setia.reasons.ReasonService;
import com.setia.app.Services;
import com.setia.store.Database;

/** Fills a throw-away data folder with a few customers, incidents and cases, to look at the screens. Not a test. */
public final class WinbackDemoData {
    private WinbackDemoData() {
    }

    public static void main(String[] args) {
        Clock clock = Clock.systemDefaultZone();
        try (Database db = Database.openFolder(Path.of(args[0]))) {
            Services services = new Services(db, clock);
            CustomerService customers = services.customers();
            IncidentService incidents = services.incidents();
            WinbackService winback = services.winback();
            ReasonService reasons = services.reasons();
            Customer siti = customers.create(CustomerDraft.named("Siti Aminah"));
            Customer budi = customers.create(CustomerDraft.named("Budi Santoso"));
            Customer ahmad = customers.create(CustomerDraft.named("Ahmad Faizal"));
            Customer mei = customers.create(CustomerDraft.named("Tan Mei Ling"));
            var now = clock.instant();
            var i1 = incidents.log(new IncidentDraft(siti.id(), now.minus(Duration.ofHours(30)), Channel.WHATSAPP,
                    "Kain batik yang saya tempah sampai dalam keadaan koyak. Ini kali kedua!", Severity.HIGH,
                    "Ganti kain baharu sebelum majlis Sabtu ini", "Saya sudah enam tahun beli di sini, tapi..."));
            winback.open(siti.id(), i1.id());
            var i2 = incidents.log(new IncidentDraft(budi.id(), now.minus(Duration.ofHours(100)), Channel.PHONE,
                    "Pesanan terlambat seminggu dan tidak ada kabar", Severity.MEDIUM, "Penjelasan dan potongan harga", null));
            winback.open(budi.id(), i2.id());
            var i3 = incidents.log(new IncidentDraft(ahmad.id(), now.minus(Duration.ofHours(3)), Channel.COUNTER,
                    "Staf tidak layan, sibuk dengan telefon", Severity.LOW, null, null));
            long c3 = winback.open(ahmad.id(), i3.id()).winbackCase().id();
            winback.recordStep(c3, StepDraft.of(Step.ACT_FAST, "Called him back within the hour"));
            winback.recordStep(c3, StepDraft.apology("Owner phoned and said sorry", true, false));
            customers.changeStatus(mei.id(), CustomerStatus.LOST);
            long c4 = winback.open(mei.id(), null).winbackCase().id();
            winback.recordStep(c4, StepDraft.of(Step.ACT_FAST, "Visited her shop"));
            winback.recordStep(c4, StepDraft.apology(null, true, true));
            winback.recordStep(c4, StepDraft.explanation(null, "Our price list changed and we did not tell her"));
            winback.recordStep(c4, StepDraft.oliveBranch(null, "Old prices until year end", new BigDecimal("150")));
            winback.close(c4, CloseRequest.keepInTouch(LocalDate.now(clock), "Will think about it"));
            reasons.tick(siti.id(), LossReason.VIII, LocalDate.now(clock), "Blamed the courier");
            reasons.tick(budi.id(), LossReason.VIII, LocalDate.now(clock), null);
            reasons.tick(budi.id(), LossReason.IV, LocalDate.now(clock), null);
            reasons.tick(ahmad.id(), LossReason.X, LocalDate.now(clock), null);
            reasons.tick(mei.id(), LossReason.II, LocalDate.now(clock), null);
        }
    }
}
