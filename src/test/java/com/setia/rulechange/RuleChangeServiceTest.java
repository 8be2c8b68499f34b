package com.setia.rulechange;

import com.setia.common.Refusal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class RuleChangeServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);
    RuleChangeService service;
    CustomerService customers;
    Customer siti;
    Customer budi;
    Customer lim;
    Customer gone;

    @BeforeEach
    void setUp() {
        service = store.services(clock).ruleChanges();
        customers = store.services(clock).customers();
        siti = customers.create(CustomerDraft.named("Siti"));
        budi = customers.create(CustomerDraft.named("Budi"));
        lim = customers.create(CustomerDraft.named("Lim"));
        gone = customers.create(CustomerDraft.named("Gone"));
        customers.changeStatus(budi.id(), CustomerStatus.AT_RISK);
        customers.changeStatus(lim.id(), CustomerStatus.AT_RISK);
        customers.changeStatus(gone.id(), CustomerStatus.LET_GO);
    }

    RuleChangeDraft price(Audience audience, CustomerStatus status, List<Long> chosen) {
        return new RuleChangeDraft(RuleKind.PRICE, " Servis asas naik ke RM45 ", null, today.plusDays(7), audience, status, chosen);
    }

    @Test
    void allMeansEveryCustomerStillServedNotTheArchivedNorTheLetGo() {
        customers.archive(siti.id());
        RuleChange c = service.record(price(Audience.ALL, null, null));
        assertThat(c.affected()).isEqualTo(2);
        assertThat(c.title()).isEqualTo("Servis asas naik ke RM45");
        assertThat(service.toBeTold(c.id())).extracting(t -> t.customer().name()).containsExactly("Budi", "Lim");
    }

    @Test
    void aStatusAudienceListsThatStatusOnly() {
        RuleChange c = service.record(price(Audience.STATUS, CustomerStatus.AT_RISK, null));
        assertThat(service.toBeTold(c.id())).extracting(t -> t.customer().id()).containsExactlyInAnyOrder(budi.id(), lim.id());
    }

    @Test
    void chosenCustomersAreTheList() {
        RuleChange c = service.record(price(Audience.CHOSEN, null, List.of(siti.id(), siti.id())));
        assertThat(c.affected()).isEqualTo(1);
    }

    @Test
    void markingToldCountsAndCanBeTakenBack() {
        RuleChange c = service.record(price(Audience.STATUS, CustomerStatus.AT_RISK, null));
        service.markTold(c.id(), lim.id(), ToldHow.WHATSAPP, today);
        assertThat(service.find(c.id()).told()).isEqualTo(1);
        List<ToBeTold> list = service.toBeTold(c.id());
        assertThat(list.get(0).customer().name()).isEqualTo("Budi"); // not told first
        assertThat(list.get(1).toldHow()).isEqualTo(ToldHow.WHATSAPP);
        assertThat(list.get(1).toldOn()).isEqualTo(today);
        service.markNotTold(c.id(), lim.id());
        assertThat(service.find(c.id()).told()).isZero();
    }

    @Test
    void refusesWhatCannotBeRightAndStoresNothing() {
        assertThatThrownBy(() -> service.record(new RuleChangeDraft(null, " ", null, null, Audience.STATUS, null, null)))
                .isInstanceOf(Refusal.class)
                .extracting(e -> ((Refusal) e).messageKeys()).asList()
                .containsExactly("rules.error.kindRequired", "rules.error.titleRequired", "rules.error.dateRequired",
                        "rules.error.statusRequired");
        assertThatThrownBy(() -> service.record(price(Audience.CHOSEN, null, List.of())))
                .extracting(e -> ((Refusal) e).messageKeys()).asList().containsExactly("rules.error.chosenRequired");
        assertThatThrownBy(() -> service.record(price(Audience.STATUS, CustomerStatus.WON_BACK, null)))
                .extracting(e -> ((Refusal) e).messageKeys()).asList().containsExactly("rules.error.nobodyAffected");
        assertThatThrownBy(() -> service.record(price(Audience.CHOSEN, null, List.of(siti.id(), 99999L))))
                .extracting(e -> ((Refusal) e).messageKeys()).asList().containsExactly("rules.error.customerGone");
        assertThat(service.all()).isEmpty();
        RuleChange c = service.record(price(Audience.ALL, null, null));
        assertThatThrownBy(() -> service.markTold(c.id(), siti.id(), ToldHow.CALL, today.plusDays(1)))
                .extracting(e -> ((Refusal) e).messageKeys()).asList().containsExactly("rules.error.toldOnFuture");
        assertThatThrownBy(() -> service.markTold(c.id(), gone.id(), ToldHow.CALL, today))
                .extracting(e -> ((Refusal) e).messageKeys()).asList().containsExactly("rules.error.notOnList");
        assertThat(service.find(c.id()).told()).isZero();
    }

    @Test
    void todayRemindsFromTwoWeeksBeforeWhileSomeoneIsNotTold() {
        RuleChange soon = service.record(price(Audience.CHOSEN, null, List.of(siti.id())));
        service.record(new RuleChangeDraft(RuleKind.POLICY, "Later", null, today.plusDays(40), Audience.ALL, null, null));
        assertThat(service.reminders()).extracting(RuleChange::id).containsExactly(soon.id());
        service.markTold(soon.id(), siti.id(), ToldHow.COUNTER, today);
        assertThat(service.reminders()).isEmpty();
    }

    @Test
    void theNoticeIsInTheCustomersLanguage() {
        Customer ani = customers.create(CustomerDraft.named("Ani").withLanguage(Language.ID));
        RuleChange c = service.record(new RuleChangeDraft(RuleKind.OPENING_HOURS, "Toko tutup jam 20.00.", null,
                LocalDate.of(2026, 3, 8), Audience.CHOSEN, null, List.of(ani.id(), siti.id())));
        assertThat(RuleNotice.text(c, ani, "Toko Maju"))
                .isEqualTo("Salam Bapak/Ibu Ani. Kami informasikan bahwa mulai 8 Maret 2026 ada perubahan jam buka di "
                        + "Toko Maju: Toko tutup jam 20.00. Terima kasih atas kepercayaan Bapak/Ibu.");
        assertThat(RuleNotice.text(c, siti, null)).startsWith("Salam sejahtera Tuan/Puan Siti. Dimaklumkan bahawa mulai 8 Mac 2026")
                .contains("perubahan waktu perniagaan di kedai kami");
    }
}
