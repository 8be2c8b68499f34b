package com.setia.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.common.Refusal;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class CustomerServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    CustomerService service;

    @BeforeEach
    void setUp() {
        service = new CustomerService(store.jdbi(), clock);
    }

    private static CustomerDraft draft(String name, String phone, String email) {
        return new CustomerDraft(name, Salutation.MRS, phone, email, "Jalan Tun Razak", Language.MS, LocalDate.of(2020, 5, 1),
                "likes batik", CustomerStatus.ACTIVE);
    }

    @Test
    void createsAndReadsBackEveryField() {
        Customer c = service.create(draft("  Siti Aminah ", "012-345 6789", "siti@kedai.my"));
        Customer read = service.find(c.id()).orElseThrow();
        assertThat(read.name()).isEqualTo("Siti Aminah");
        assertThat(read.phone()).as("stored in international form").isEqualTo("+60123456789");
        assertThat(PhoneNumbers.display(read.phone())).as("shown the local way").isEqualTo("012-345 6789");
        assertThat(read.email()).isEqualTo("siti@kedai.my");
        assertThat(read.address()).isEqualTo("Jalan Tun Razak");
        assertThat(read.preferredLanguage()).isEqualTo(Language.MS);
        assertThat(read.customerSince()).isEqualTo(LocalDate.of(2020, 5, 1));
        assertThat(read.notes()).isEqualTo("likes batik");
        assertThat(read.status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(read.createdAt()).isEqualTo(clock.instant());
        assertThat(read.archived()).isFalse();
    }

    @Test
    void searchFindsByNameWordsEmailOrPhoneDigits() {
        service.create(draft("Siti Aminah", "012-345 6789", "siti@kedai.my"));
        service.create(draft("Budi Santoso", "+62 812 1111 2222", "budi@toko.id"));
        service.create(draft("Ahmad Siti", null, null));

        assertThat(names(service.search("siti", false, 50))).containsExactly("Ahmad Siti", "Siti Aminah");
        assertThat(names(service.search("aminah siti", false, 50))).containsExactly("Siti Aminah");
        assertThat(names(service.search("TOKO.ID", false, 50))).containsExactly("Budi Santoso");
        assertThat(names(service.search("0123456", false, 50))).containsExactly("Siti Aminah");
        assertThat(names(service.search("812-1111", false, 50))).containsExactly("Budi Santoso");
        assertThat(names(service.search("", false, 50))).hasSize(3);
        assertThat(names(service.search("%", false, 50))).isEmpty();
    }

    @Test
    void searchReportsTheTotalBeyondTheLimit() {
        for (int i = 0; i < 7; i++) {
            service.create(draft("Pelanggan " + i, null, null));
        }
        CustomerPage page = service.search("pelanggan", false, 5);
        assertThat(page.rows()).hasSize(5);
        assertThat(page.totalMatches()).isEqualTo(7);
    }

    @Test
    void updateChangesFieldsAndSearchText() {
        Customer c = service.create(draft("Siti Aminah", "0123456789", null));
        clock.advance(Duration.ofHours(1));
        Customer updated = service.update(c.id(), draft("Siti Nurhaliza", "+60199999999", "sn@x.my"));
        assertThat(updated.name()).isEqualTo("Siti Nurhaliza");
        assertThat(updated.updatedAt()).isAfter(updated.createdAt());
        assertThat(names(service.search("aminah", false, 10))).isEmpty();
        assertThat(names(service.search("019999", false, 10))).containsExactly("Siti Nurhaliza");
    }

    @Test
    void archivedCustomersLeaveTheListButKeepTheirDataAndCanBeRestored() {
        Customer c = service.create(draft("Siti Aminah", null, null));
        service.archive(c.id());
        assertThat(names(service.search("siti", false, 10))).isEmpty();
        assertThat(names(service.search("siti", true, 10))).containsExactly("Siti Aminah");
        assertThat(service.find(c.id()).orElseThrow().notes()).isEqualTo("likes batik");
        service.restore(c.id());
        assertThat(names(service.search("siti", false, 10))).containsExactly("Siti Aminah");
    }

    @Test
    void invalidDraftIsRefusedAndNothingStoredChanges() {
        Customer c = service.create(draft("Siti Aminah", "0123456789", "siti@kedai.my"));
        assertThatThrownBy(() -> service.update(c.id(), draft(" ", "abc", "not-an-email")))
                .isInstanceOfSatisfying(Refusal.class, e -> assertThat(e.messageKeys())
                        .containsExactly("customer.error.nameRequired", "customer.error.phoneInvalid",
                                "customer.error.emailInvalid"));
        assertThat(service.find(c.id()).orElseThrow().toDraft())
                .isEqualTo(draft("Siti Aminah", "+60123456789", "siti@kedai.my"));
    }

    @Test
    void listOrderFollowsRenamesAndArchivingWithoutReadingTheStoreAgain() {
        Customer zainal = service.create(draft("Zainal", null, null));
        Customer ali = service.create(draft("ali", null, null));
        assertThat(names(service.search("", false, 10))).containsExactly("ali", "Zainal");
        service.update(ali.id(), draft("Zz Ali", null, null));
        assertThat(names(service.search("", false, 10))).containsExactly("Zainal", "Zz Ali");
        service.archive(zainal.id());
        assertThat(names(service.search("", true, 10))).containsExactly("Zz Ali", "Zainal");
        assertThat(service.search("", false, 10).totalMatches()).isEqualTo(1);
    }

    @Test
    void customersWrittenBehindTheServicesBackAppearAfterReindex() {
        service.create(draft("Siti", null, null));
        assertThat(service.search("", false, 10).totalMatches()).isEqualTo(1);
        store.jdbi().useHandle(h -> h.execute("INSERT INTO customer (name, created_at, updated_at, search_text) "
                + "VALUES ('Imported', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'imported')"));
        assertThat(service.search("", false, 10).totalMatches()).isEqualTo(1);
        service.reindex();
        assertThat(names(service.search("", false, 10))).containsExactly("Imported", "Siti");
    }

    @Test
    void statusChangeIsStored() {
        Customer c = service.create(draft("Siti", null, null));
        assertThat(service.changeStatus(c.id(), CustomerStatus.AT_RISK).status()).isEqualTo(CustomerStatus.AT_RISK);
    }

    @Test
    void aSaveFromAnOutdatedReadIsRefusedAndOverwritesNothing() {
        Customer read = service.create(draft("Siti Aminah", "012-345 6789", null));
        clock.advance(Duration.ofMinutes(1));
        // Another PC (another service on the same store) saves first.
        CustomerService otherPc = new CustomerService(store.jdbi(), clock);
        otherPc.update(read.id(), read.updatedAt(), draft("Siti Aminah binti Ali", "012-345 6789", null));
        clock.advance(Duration.ofMinutes(1));

        assertThatThrownBy(() -> service.update(read.id(), read.updatedAt(), draft("Siti A.", "019-999 0000", null)))
                .isInstanceOfSatisfying(ChangedElsewhereException.class,
                        e -> assertThat(e.current().name()).isEqualTo("Siti Aminah binti Ali"));
        Customer stored = service.find(read.id()).orElseThrow();
        assertThat(stored.name()).isEqualTo("Siti Aminah binti Ali");
        assertThat(stored.phone()).isEqualTo("+60123456789");

        // Saving again from what is stored now is a deliberate choice, and goes through.
        Customer mine = service.update(read.id(), stored.updatedAt(), draft("Siti A.", "019-999 0000", null));
        assertThat(mine.name()).isEqualTo("Siti A.");
        assertThat(names(service.search("binti", false, 10))).isEmpty();
    }

    @Test
    void customersChangedElsewhereAreSearchedAsTheyAreNow() {
        Customer siti = service.create(draft("Siti Aminah", null, null));
        assertThat(names(service.search("aminah", false, 10))).containsExactly("Siti Aminah");
        // Another PC renames her and adds someone; this PC's store feed names the ids.
        CustomerService otherPc = new CustomerService(store.jdbi(), clock);
        otherPc.update(siti.id(), draft("Siti Rahmah", null, null));
        Customer budi = otherPc.create(draft("Budi Santoso", null, null));
        assertThat(names(service.search("budi", false, 10))).isEmpty();

        service.changedElsewhere(java.util.List.of(siti.id(), budi.id()), false);
        assertThat(names(service.search("aminah", false, 10))).isEmpty();
        assertThat(names(service.search("rahmah", false, 10))).containsExactly("Siti Rahmah");
        assertThat(names(service.search("budi", false, 10))).containsExactly("Budi Santoso");

        otherPc.create(draft("Citra Dewi", null, null));
        service.changedElsewhere(java.util.List.of(), true);
        assertThat(names(service.search("citra", false, 10))).containsExactly("Citra Dewi");
    }

    private static java.util.List<String> names(CustomerPage page) {
        return page.rows().stream().map(Customer::name).toList();
    }

    /**
     * The list keeps the rows it showed, so typing does not read them again; a change made through the service, even
     * inside another feature's transaction, is never hidden by a kept copy, whether that transaction commits or not.
     */
    @Test
    void keptRowsFollowEveryChangeCommittedAndNoneRolledBack() {
        Customer siti = service.create(draft("Siti Aminah", "0123456789", null));
        assertThat(service.search("siti", false, 10).rows()).extracting(Customer::status).containsExactly(CustomerStatus.ACTIVE);

        assertThatThrownBy(() -> store.jdbi().useTransaction(h -> {
            service.changeStatus(siti.id(), CustomerStatus.LOST);
            assertThat(service.search("siti", false, 10).rows()).hasSize(1); // read while the change is open
            throw new IllegalStateException("the case's own write failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(service.search("siti", false, 10).rows()).extracting(Customer::status).containsExactly(CustomerStatus.ACTIVE);

        store.jdbi().useTransaction(h -> {
            service.changeStatus(siti.id(), CustomerStatus.AT_RISK);
            service.search("siti", false, 10); // a read before the commit must not outlive it
        });
        assertThat(service.search("siti", false, 10).rows()).extracting(Customer::status).containsExactly(CustomerStatus.AT_RISK);

        service.update(siti.id(), draft("Siti Aminah", "+60199999999", null));
        assertThat(service.search("siti", false, 10).rows()).extracting(Customer::phone).containsExactly("+60199999999");
        service.archive(siti.id());
        assertThat(service.search("siti", true, 10).rows()).extracting(Customer::archived).containsExactly(true);
    }

    @Test
    void formsOfAddressAreDataAndEachPrintsItsOwnWord() {
        assertThat(service.salutations()).extracting(Salutation::code).startsWith("NONE", "MR", "MRS", "MS")
                .contains("TUAN", "DATO", "DATIN", "HAJI", "HAJAH", "DR", "SAUDARA", "SAUDARI");
        Salutation dato = service.salutations().stream().filter(s -> s.code().equals("DATO")).findFirst().orElseThrow();
        assertThat(dato.address(Language.MS, "Lee Chong Wei")).isEqualTo("Dato' Lee Chong Wei");
        Salutation saudari = service.salutations().stream().filter(s -> s.code().equals("SAUDARI")).findFirst().orElseThrow();
        Customer c = service.create(new CustomerDraft("Putri Wulandari", saudari, null, null, null, Language.ID, null, null,
                CustomerStatus.ACTIVE));
        Customer read = service.find(c.id()).orElseThrow();
        assertThat(read.salutation()).isEqualTo(saudari);
        assertThat(read.salutation().address(Language.ID, read.name())).isEqualTo("Saudari Putri Wulandari");
    }

    @Test
    void aFormOfAddressTheStoreDoesNotKnowIsRefused() {
        Salutation made = new Salutation("KING", "Tuanku", "Baginda", "Your Majesty");
        CustomerDraft d = new CustomerDraft("Siti", made, null, null, null, Language.MS, null, null, CustomerStatus.ACTIVE);
        assertThatThrownBy(() -> service.create(d)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.messageKeys()).containsExactly("customer.error.salutationUnknown"));
        assertThat(service.search("", true, 10).totalMatches()).isZero();
    }
}
