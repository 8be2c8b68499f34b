package com.setia.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.app.Services;
import com.setia.common.Progress;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.incident.Channel;
import com.setia.incident.IncidentDraft;
import com.setia.incident.Severity;
import com.setia.testsupport.TestStore;
import com.setia.transfer.ImportMappingService;

class ExportServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    @RegisterExtension
    final TestStore other = new TestStore();
    @TempDir
    Path dir;

    final Clock clock = Clock.systemUTC();

    static ExportService exports(Services s, TestStore st) {
        return new ExportService(st.jdbi(), s.customers(), s.incidents(), s.winback(), s.reasons(), s.letters());
    }

    Services services() {
        return new Services(store.database(), clock);
    }

    Customer siti(Services s) {
        return s.customers().create(new CustomerDraft("\u9648\u7f8e\u73b2 Siti", null, "012-345 6789", "siti@contoh.my",
                "Jalan Mawar 5", null, null, "likes batik", null));
    }

    @Test
    void vCardExportImportsBackIntoAnotherBook() throws Exception {
        Services s = services();
        siti(s);
        s.customers().create(new CustomerDraft("Budi", null, "0812-1111-2222", null, null, null, null, null, null));
        Path vcf = dir.resolve("all.vcf");
        assertThat(exports(s, store).exportAll(vcf, Progress.NONE).customers()).isEqualTo(2);

        Services o = new Services(other.database(), clock);
        var imports = new CustomerImportService(other.jdbi(), o.customers(), new ImportMappingService(other.jdbi(), clock),
                clock, () -> "MY", () -> { });
        var report = imports.importFile(vcf, null, m -> m.key(), Progress.NONE);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(o.customers().all()).extracting(Customer::name, Customer::phone, Customer::email, Customer::notes)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("\u9648\u7f8e\u73b2 Siti", "+60123456789", "siti@contoh.my", "likes batik"),
                        org.assertj.core.groups.Tuple.tuple("Budi", "+6281211112222", null, null));
    }

    @Test
    void csvExportHasCustomersAndTheirIncidentsBesideThem() throws Exception {
        Services s = services();
        Customer c = siti(s);
        s.incidents().log(new IncidentDraft(c.id(), Instant.parse("2026-01-05T03:00:00Z"), Channel.PHONE,
                "Parcel arrived broken", Severity.HIGH, "a new one", null));
        var r = exports(s, store).exportAll(dir.resolve("book.csv"), Progress.NONE);
        assertThat(r.files()).extracting(p -> p.getFileName().toString())
                .containsExactly("book.csv", "book-incidents.csv", "book-cases.csv", "book-letters.csv");
        String book = Files.readString(dir.resolve("book.csv"), StandardCharsets.UTF_8);
        assertThat(book).startsWith("\uFEFFid,name,").contains("\u9648\u7f8e\u73b2 Siti,NONE,+60123456789,012-345 6789");
        assertThat(Files.readString(dir.resolve("book-incidents.csv"))).contains("Parcel arrived broken");
    }

    @Test
    void oneCustomersRecordThenErasingThemKeepsTheCountsNotThePerson() throws Exception {
        Services s = services();
        Customer c = siti(s);
        s.incidents().log(new IncidentDraft(c.id(), Instant.parse("2026-01-05T03:00:00Z"), Channel.PHONE,
                "Parcel arrived broken", Severity.HIGH, "a new one", "raised voice"));
        List<Path> files = exports(s, store).exportRecord(c.id(), dir);
        String text = Files.readString(files.get(0), StandardCharsets.UTF_8);
        assertThat(text).contains("\u9648\u7f8e\u73b2 Siti", "012-345 6789", "siti@contoh.my", "Parcel arrived broken",
                "raised voice");

        exports(s, store).erase(c.id());
        Customer erased = s.customers().find(c.id()).orElseThrow();
        assertThat(erased.name()).isEqualTo("#" + c.id());
        assertThat(erased.phone()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.notes()).isNull();
        assertThat(s.incidents().forCustomer(c.id())).singleElement().satisfies(i -> {
            assertThat(i.customerSaid()).doesNotContain("Parcel");
            assertThat(i.cues()).isNull();
            assertThat(i.severity()).isEqualTo(Severity.HIGH);
        });
        assertThat(s.customers().search("siti", true, 10).rows()).isEmpty();
        assertThat(s.customers().search("60123456789", true, 10).rows()).isEmpty();
        assertThat(s.customers().count()).as("the count stays").isEqualTo(1);
    }
}
