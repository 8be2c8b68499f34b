package com.setia.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.app.Services;
import com.setia.common.TaskRunner;
import com.setia.contact.ContactKind;
import com.setia.contact.WhatsAppChannel;
import com.setia.contact.WhatsAppSender;
import com.setia.customer.Customer;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.testsupport.TestStore;
import com.setia.visit.QuickVisitViewModel;
import com.setia.visit.VisitDraft;

/** The relationship view-models without a window: going quiet, the customer's tab, "came today". */
class RelationshipViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-01-10T02:00:00Z");
    final List<String> opened = new ArrayList<>();
    final List<String> copied = new ArrayList<>();
    boolean online = true;
    Services services;
    WhatsAppSender whatsApp;
    Customer siti;
    Customer ali;

    @BeforeEach
    void setUp() {
        services = new Services(store.database(), clock);
        whatsApp = new WhatsAppSender(services.contacts(), new WhatsAppChannel() {
            public boolean online() {
                return online;
            }

            public void open(String link) {
                opened.add(link);
            }

            public void copy(String text) {
                copied.add(text);
            }
        }, TaskRunner.DIRECT, clock, () -> "Kedai Runcit Aminah");
        siti = TestCustomers.create(services.customers(), "Siti Aminah", "012-345 6789", Language.MS);
        ali = TestCustomers.create(services.customers(), "Budi", "0812-3456-7890", Language.ID);
        for (int w = 5; w >= 0; w--) {
            services.visits().record(VisitDraft.on(siti.id(), LocalDate.of(2026, 1, 10).minusWeeks(w)));
            services.visits().record(VisitDraft.on(ali.id(), LocalDate.of(2026, 1, 9).minusWeeks(w)));
        }
        clock.advance(Duration.ofDays(40));
    }

    @Test
    void goingQuietActionsTakeTheCustomerOffTheList() {
        GoingQuietViewModel vm = new GoingQuietViewModel(services.relationship(), whatsApp, TaskRunner.DIRECT);
        vm.load();
        assertThat(vm.rows()).extracting(r -> r.customer().name()).containsExactly("Budi", "Siti Aminah");
        vm.sendWhatsApp(vm.rows().get(0));
        assertThat(opened).singleElement().asString()
                .startsWith("https://wa.me/6281234567890?text=Halo%20Budi%2C%20apa%20kabar%3F")
                .contains("Kedai%20Runcit%20Aminah");
        assertThat(vm.messageKeyProperty().get()).isEqualTo("whatsapp.result.OPENED");
        assertThat(vm.rows()).extracting(r -> r.customer().name()).containsExactly("Siti Aminah");
        vm.dismiss(vm.rows().get(0), 14);
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.totalProperty().get()).isZero();
        clock.advance(Duration.ofDays(15));
        vm.load();
        assertThat(vm.rows()).extracting(r -> r.customer().name()).containsExactly("Siti Aminah");
        vm.openCase(vm.rows().get(0));
        assertThat(vm.rows()).isEmpty(); // in hand on the win-back board now
    }

    @Test
    void theCustomersTabRecordsAPastVisitRefusesAFutureOneAndLogsContacts() {
        RelationshipPanelViewModel vm = new RelationshipPanelViewModel(services.relationship(), services.visits(),
                services.contacts(), whatsApp, TaskRunner.DIRECT);
        vm.load(siti.id());
        assertThat(vm.factsProperty().get().goingQuiet()).isTrue();
        assertThat(vm.factsProperty().get().usualGap().days()).isEqualTo(7);
        vm.visitDayProperty().set(LocalDate.of(2026, 2, 18));
        vm.visitAmountProperty().set("RM 1,250.50");
        vm.recordVisit(Language.MS);
        assertThat(vm.errorKeyProperty().get()).isNull();
        assertThat(vm.visitRows().get(0).amount()).isEqualByComparingTo("1250.50");
        assertThat(vm.factsProperty().get().goingQuiet()).isFalse();

        vm.visitDayProperty().set(LocalDate.of(2026, 2, 18).plusDays(30));
        vm.recordVisit(Language.MS);
        assertThat(vm.errorKeyProperty().get()).isEqualTo("visit.error.future");
        vm.visitDayProperty().set(LocalDate.of(2026, 2, 17));
        vm.visitAmountProperty().set("lima");
        vm.recordVisit(Language.MS);
        assertThat(vm.errorKeyProperty().get()).isEqualTo("visit.error.amountNotMoney");
        assertThat(vm.visitRows()).hasSize(7);

        vm.contactKindProperty().set(ContactKind.OWNER_VISIT);
        vm.contactDayProperty().set(LocalDate.of(2026, 2, 15));
        vm.logContact();
        assertThat(vm.factsProperty().get().lastContact().kind()).isEqualTo(ContactKind.OWNER_VISIT);
        vm.cadenceProperty().set("30");
        vm.saveCadence();
        assertThat(vm.planProperty().get().nextDue()).isEqualTo(LocalDate.of(2026, 3, 17));
        vm.cadenceProperty().set("tiga puluh");
        vm.saveCadence();
        assertThat(vm.errorKeyProperty().get()).isEqualTo("contact.error.cadenceRange");
    }

    @Test
    void offlineTheNumberAndTheMessageGoToTheClipboard() {
        online = false;
        RelationshipPanelViewModel vm = new RelationshipPanelViewModel(services.relationship(), services.visits(),
                services.contacts(), whatsApp, TaskRunner.DIRECT);
        vm.load(siti.id());
        vm.sendWhatsApp(com.setia.contact.WhatsAppMessage.Kind.APOLOGY);
        assertThat(opened).isEmpty();
        assertThat(copied).singleElement().asString().startsWith("+60123456789\nSalam Siti Aminah. Saya ingin memohon maaf");
        assertThat(vm.messageKeyProperty().get()).isEqualTo("whatsapp.result.COPIED");
        assertThat(vm.contactRows()).extracting(c -> c.kind()).containsExactly(ContactKind.WHATSAPP);
    }

    @Test
    void cameTodayChoosesTheFirstMatchAndRefusesAnAmountThatIsNotMoney() {
        QuickVisitViewModel vm = new QuickVisitViewModel(services.customers(), services.visits(), TaskRunner.DIRECT);
        vm.reset();
        vm.queryProperty().set("012345");
        assertThat(vm.chosenProperty().get().id()).isEqualTo(siti.id());
        vm.amountProperty().set("1.005");
        vm.record(Language.MS);
        assertThat(vm.errors()).containsExactly("visit.error.amountDecimals");
        vm.amountProperty().set("");
        vm.record(Language.MS);
        assertThat(vm.errors()).isEmpty();
        assertThat(vm.doneKeyProperty().get()).isEqualTo("visit.quick.doneToday");
        assertThat(services.visits().summary(siti.id()).orElseThrow().lastVisit()).isEqualTo(LocalDate.of(2026, 2, 19));
        vm.queryProperty().set("tiada sesiapa");
        vm.record(Language.MS);
        assertThat(vm.errors()).containsExactly("visit.error.chooseCustomer");
    }

    @Test
    void theOwnersNumbersAreReadAndAWrongOneSaysWhy() {
        QuietSettingsViewModel vm = new QuietSettingsViewModel(services.visits(), services.contacts(), TaskRunner.DIRECT);
        vm.load();
        assertThat(vm.factorProperty().get()).isEqualTo("2");
        assertThat(vm.minimumDaysProperty().get()).isEqualTo("30");
        assertThat(vm.cadenceProperty(com.setia.customer.CustomerStatus.KEEP_IN_TOUCH).get()).isEqualTo("30");
        vm.factorProperty().set("1,5");
        vm.minimumDaysProperty().set("sebulan");
        vm.save();
        assertThat(vm.errors()).containsExactly("visit.error.minimumRange");
        vm.minimumDaysProperty().set("21");
        vm.cadenceProperty(com.setia.customer.CustomerStatus.WON_BACK).set("60");
        vm.cadenceProperty(com.setia.customer.CustomerStatus.KEEP_IN_TOUCH).set("");
        vm.save();
        assertThat(vm.errors()).isEmpty();
        assertThat(services.visits().quietSettings().minimumDays()).isEqualTo(21);
        assertThat(services.visits().quietSettings().factor()).isEqualByComparingTo("1.5");
        assertThat(services.contacts().statusCadences()).containsOnly(
                java.util.Map.entry(com.setia.customer.CustomerStatus.WON_BACK, 60));
    }
}
