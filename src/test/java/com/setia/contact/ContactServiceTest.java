package com.setia.contact;

import com.setia.common.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.testsupport.TestStore;

class ContactServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    final LocalDate today = LocalDate.of(2026, 3, 1);
    ContactService contacts;
    CustomerService customers;
    Customer siti;
    Customer budi;

    @BeforeEach
    void setUp() {
        customers = new CustomerService(store.jdbi(), clock);
        contacts = new ContactService(store.jdbi(), clock, customers);
        siti = TestCustomers.create(customers, "Siti Aminah", "012-345 6789", Language.MS);
        budi = TestCustomers.create(customers, "Budi Santoso", "0812-3456-7890", Language.ID);
    }

    @Test
    void aContactKeepsTheDayItHappenedAndAFutureDayIsRefused() {
        contacts.record(siti.id(), ContactKind.CALL, today.minusDays(3), " asked about stock ");
        contacts.record(siti.id(), ContactKind.WHATSAPP, today.minusDays(1), null);
        assertThat(contacts.lastContact(siti.id())).get().extracting(Contact::kind, Contact::happenedOn)
                .containsExactly(ContactKind.WHATSAPP, today.minusDays(1));
        assertThat(contacts.contactsOf(siti.id(), 10).get(1).note()).isEqualTo("asked about stock");
        assertThatThrownBy(() -> contacts.record(siti.id(), ContactKind.CALL, today.plusDays(1), null))
                .isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> contacts.record(siti.id(), ContactKind.CALL, today, "x".repeat(1001)))
                .isInstanceOf(Refusal.class);
        assertThat(contacts.contactsOf(siti.id(), 10)).hasSize(2);
        assertThat(contacts.contactedSince(today.minusDays(2))).containsExactly(siti.id());
    }

    @Test
    void aContactInsideAnotherFeaturesTransactionIsUndoneWithIt() {
        assertThatThrownBy(() -> store.jdbi().useTransaction(h -> {
            contacts.record(siti.id(), ContactKind.WINBACK_STEP, today, "apologised");
            throw new IllegalStateException("the step failed after the contact");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(contacts.contactsOf(siti.id(), 10)).isEmpty();
    }

    @Test
    void theNextDueDayIsTheLastContactsOwnDayPlusTheCadenceAndAnyContactResetsIt() {
        contacts.setCadence(siti.id(), 30);
        contacts.record(siti.id(), ContactKind.CALL, today.minusDays(31), null);
        assertThat(contacts.keepInTouch(siti.id()).nextDue()).isEqualTo(today.minusDays(1));
        assertThat(contacts.due()).singleElement().satisfies(d -> {
            assertThat(d.customerId()).isEqualTo(siti.id());
            assertThat(d.daysOverdue()).isEqualTo(1);
        });
        contacts.record(siti.id(), ContactKind.LETTER, today.minusDays(2), null); // typed today, happened 2 days ago
        assertThat(contacts.keepInTouch(siti.id()).nextDue()).isEqualTo(today.plusDays(28));
        assertThat(contacts.due()).isEmpty();
    }

    @Test
    void snoozeAndPauseTakeACustomerOffTheDueList() {
        contacts.setCadence(siti.id(), 7);
        clock.advance(Duration.ofDays(8));
        LocalDate now = today.plusDays(8);
        assertThat(contacts.due()).extracting(KeepInTouchDue::customerId).containsExactly(siti.id());
        contacts.snooze(siti.id(), now.plusDays(3));
        assertThat(contacts.due()).isEmpty();
        clock.advance(Duration.ofDays(3));
        assertThat(contacts.due()).hasSize(1);
        contacts.setPaused(siti.id(), true);
        assertThat(contacts.due()).isEmpty();
        contacts.setPaused(siti.id(), false);
        assertThat(contacts.due()).hasSize(1);
        assertThatThrownBy(() -> contacts.snooze(siti.id(), now.plusDays(3))).isInstanceOf(Refusal.class);
        assertThatThrownBy(() -> contacts.setCadence(siti.id(), 0)).isInstanceOf(Refusal.class);
    }

    @Test
    void aStatusCadenceCoversEveryCustomerOfThatStatusUnlessTheyHaveTheirOwn() {
        customers.changeStatus(budi.id(), CustomerStatus.KEEP_IN_TOUCH);
        customers.changeStatus(siti.id(), CustomerStatus.KEEP_IN_TOUCH);
        contacts.setCadence(siti.id(), 90);
        assertThat(contacts.statusCadences()).containsEntry(CustomerStatus.KEEP_IN_TOUCH, 30); // the shipped default
        contacts.setStatusCadence(CustomerStatus.KEEP_IN_TOUCH, null); // counted from the test clock's day below
        contacts.setStatusCadence(CustomerStatus.KEEP_IN_TOUCH, 30);
        clock.advance(Duration.ofDays(31));
        assertThat(contacts.due()).extracting(KeepInTouchDue::customerId).containsExactly(budi.id());
        assertThat(contacts.keepInTouch(budi.id()).cadence()).isEqualTo(30);
        contacts.setStatusCadence(CustomerStatus.KEEP_IN_TOUCH, null);
        assertThat(contacts.due()).isEmpty();
        customers.archive(siti.id());
        clock.advance(Duration.ofDays(90));
        assertThat(contacts.due()).isEmpty();
    }
}
