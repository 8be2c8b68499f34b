package com.setia.visit;

import com.setia.common.Refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.testsupport.TestStore;

class VisitImportTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    VisitService visits;
    CustomerService customers;
    Customer siti;
    Customer budi;

    @BeforeEach
    void setUp() {
        customers = new CustomerService(store.jdbi(), clock);
        visits = new VisitService(store.jdbi(), clock, customers);
        siti = TestCustomers.create(customers, "Siti Aminah", "012-345 6789", Language.MS);
        budi = TestCustomers.create(customers, "Budi Santoso", "+62 812-3456-7890", Language.ID);
    }

    @Test
    void eachBadRowSaysWhyAndOnlyTheGoodRowsAreStoredInOneGo() {
        List<VisitRow> rows = VisitCsv.parse("""
                date,customer,amount,note
                2026-02-01,+60 12 345 6789,RM 25.50,roti
                1/2/2026,Budi Santoso,"1,000",
                2026-03-02,0123456789,5,
                2026-02-03,0123456789,lima ringgit,
                2026-02-04,Ah Kow,,
                2026-02-01,60123456789,25.5,roti
                31/2/2026,081234567890,,
                2026-02-05,081234567890,,kopi
                """);
        VisitImportCheck check = visits.checkImport(rows, Language.MS);
        assertThat(check.valid()).extracting(r -> r.row().line()).containsExactly(2, 3, 9);
        assertThat(check.refused()).extracting(r -> r.problems().get(0).key()).containsExactly(
                "visit.error.future", "visit.import.amountNotMoney", "visit.import.unknownName",
                "visit.import.duplicate", "visit.import.dateUnreadable");
        assertThat(check.refused().get(3).problems().get(0).args()).containsExactly(2);
        assertThat(check.valid().get(1).draft().customerId()).isEqualTo(budi.id());
        assertThat(check.valid().get(1).draft().visitedOn()).isEqualTo(LocalDate.of(2026, 2, 1));

        AtomicLong last = new AtomicLong();
        VisitImportResult result = visits.importVisits(check, new ImportProgress() {
            public void progress(long done, long total) {
                last.set(done);
            }

            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(result.imported()).isEqualTo(3);
        assertThat(result.customers()).isEqualTo(2);
        assertThat(result.leftOut()).isEqualTo(5);
        assertThat(last.get()).isEqualTo(5);
        assertThat(visits.summary(budi.id()).orElseThrow().dayCount()).isEqualTo(2);
    }

    @Test
    void aCancelledImportLeavesNothingBehind() {
        StringBuilder csv = new StringBuilder("date;customer;amount;note\n");
        for (int i = 0; i < 5000; i++) csv.append(String.format("2026-01-%02d", 1 + i % 28)).append(";Siti Aminah;").append(i).append(";\n");
        VisitImportCheck check = visits.checkImport(VisitCsv.parse(csv.toString()), Language.MS);
        assertThat(check.valid()).hasSize(5000);
        assertThatThrownBy(() -> visits.importVisits(check, new ImportProgress() {
            long seen;

            public void progress(long done, long total) {
                seen = done;
            }

            public boolean isCancelled() {
                return seen >= 2000;
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(visits.visitCount()).isZero();
        assertThat(visits.summary(siti.id())).isEmpty();
    }

    @Test
    void readsBomSemicolonsAndWindows1252(@TempDir Path dir) throws Exception {
        Path utf = dir.resolve("utf.csv");
        Files.write(utf, ("\uFEFFTarikh;Pelanggan;Jumlah;Nota\n2026-02-01;Siti Aminah;25;kuih ros\u00e9\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(VisitCsv.read(utf)).singleElement().satisfies(r -> {
            assertThat(r.date()).isEqualTo("2026-02-01");
            assertThat(r.note()).isEqualTo("kuih ros\u00e9");
        });
        Path cp = dir.resolve("cp.csv");
        Files.write(cp, "2026-02-01,Siti Aminah,25,caf\u00e9\n".getBytes(Charset.forName("windows-1252")));
        assertThat(VisitCsv.read(cp).get(0).note()).isEqualTo("caf\u00e9");
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "  \n");
        assertThatThrownBy(() -> VisitCsv.read(empty)).isInstanceOf(Refusal.class);
    }
}
