package com.setia.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.setia.i18n.Language;
import com.setia.testsupport.TestStore;

/** The SQL itself, on a real H2 with the real migrations. */
class CustomerDaoTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final Instant now = Instant.parse("2026-03-01T02:00:00Z");

    private int count() {
        return store.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM customer").mapTo(Integer.class).one());
    }

    private CustomerDao dao() {
        return store.jdbi().onDemand(CustomerDao.class);
    }

    @Test
    void insertsAndMapsEveryColumnIncludingEnumsAndDates() {
        CustomerDraft d = new CustomerDraft("Tan Mei Ling", Salutation.MS, "016-223 9080", "ml@x.my", "George Town",
                Language.EN, LocalDate.of(2015, 6, 30), "VIP", CustomerStatus.WON_BACK);
        long id = dao().insert(d, "tan mei ling ml@x.my 0162239080", now);
        Customer c = dao().find(id).orElseThrow();
        assertThat(c.toDraft()).isEqualTo(d);
        assertThat(c.createdAt()).isEqualTo(now);
        assertThat(c.updatedAt()).isEqualTo(now);
        assertThat(c.archivedAt()).isNull();
    }

    @Test
    void findAllReturnsJustTheAskedIdsAndIndexRowsCoverEveryone() {
        long a = dao().insert(CustomerDraft.named("A"), "a", now);
        long b = dao().insert(CustomerDraft.named("B"), "b", now);
        dao().insert(CustomerDraft.named("C"), "c", now);
        dao().setArchivedAt(b, now, now);
        assertThat(dao().findAll(List.of(a, b))).extracting(Customer::name).containsExactlyInAnyOrder("A", "B");
        List<CustomerDao.IndexRow> rows = store.jdbi().withExtension(CustomerDao.class, dao -> {
            try (var all = dao.indexRows()) { // a stream, read while its handle is open
                return all.toList();
            }
        });
        assertThat(rows).hasSize(3)
                .filteredOn(CustomerDao.IndexRow::archived).extracting(CustomerDao.IndexRow::name).containsExactly("B");
        assertThat(count()).isEqualTo(3);
    }

    @Test
    void theStoreRefusesAStatusOrLanguageTheAppDoesNotKnow() {
        assertThatThrownBy(() -> store.jdbi().useHandle(h -> h.execute(
                "INSERT INTO customer (name, status, created_at, updated_at, search_text) "
                        + "VALUES ('X', 'ANGRY', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'x')")))
                .isInstanceOf(UnableToExecuteStatementException.class);
        assertThatThrownBy(() -> store.jdbi().useHandle(h -> h.execute(
                "INSERT INTO customer (name, preferred_language, created_at, updated_at, search_text) "
                        + "VALUES ('X', 'FR', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 'x')")))
                .isInstanceOf(UnableToExecuteStatementException.class);
        assertThat(count()).isZero();
    }

    @Test
    void updatesReportWhetherTheCustomerExists() {
        long id = dao().insert(CustomerDraft.named("A"), "a", now);
        assertThat(dao().updateStatus(id, CustomerStatus.LOST, now)).isEqualTo(1);
        assertThat(dao().updateStatus(id + 99, CustomerStatus.LOST, now)).isZero();
        assertThat(dao().find(id).orElseThrow().status()).isEqualTo(CustomerStatus.LOST);
    }
}
