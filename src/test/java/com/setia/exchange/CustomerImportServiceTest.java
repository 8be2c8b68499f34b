package com.setia.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.common.CancelledException;
import com.setia.common.Progress;
import com.setia.customer.Customer;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.PhoneNumbers;
import com.setia.testsupport.TestStore;
import com.setia.transfer.ImportMappingService;
import com.setia.transfer.ImportPreview;
import com.setia.transfer.PreviewRow;
import com.setia.common.Message;
import com.setia.transfer.TransferException;

class CustomerImportServiceTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    @TempDir
    Path dir;

    final AtomicInteger backups = new AtomicInteger();
    CustomerService customers;
    CustomerImportService imports;

    void setUp(String region) {
        customers = new CustomerService(store.jdbi(), Clock.systemUTC(), () -> region);
        imports = new CustomerImportService(store.jdbi(), customers, new ImportMappingService(store.jdbi(), Clock.systemUTC()),
                Clock.systemUTC(), () -> region, backups::incrementAndGet);
    }

    static Path sample(String name) throws Exception {
        return Path.of(CustomerImportServiceTest.class.getResource(name).toURI());
    }

    ImportReport importAll(String name) throws Exception {
        return imports.importFile(sample(name), dir.resolve("left-out.csv"), p -> p.key() + p.args(), Progress.NONE);
    }

    List<Customer> all() {
        return customers.search("", true, 1000).rows();
    }

    @Test
    void androidVCard21WithQuotedPrintableUtf8Names() throws Exception {
        setUp("MY");
        ImportReport r = importAll("android-2.1.vcf");
        assertThat(r.imported()).isEqualTo(3);
        assertThat(r.leftOut()).as("the card with a number but no name").isEqualTo(1);
        assertThat(all()).extracting(Customer::name, Customer::phone, Customer::email).containsExactlyInAnyOrder(
                tuple("\u9648\u7f8e\u73b2 Tan Mei Ling", "+60123456789", "meiling@contoh.my"),
                tuple("Siti Aminah Abdullah", "+60198765432", null),
                tuple("\u0b9a\u0bc1\u0baa\u0bcd\u0baa\u0bbf\u0bb0\u0bae\u0ba3\u0bbf\u0baf\u0bae\u0bcd", "+60162223333", null));
        Customer siti = all().stream().filter(c -> c.name().startsWith("Siti")).findFirst().orElseThrow();
        assertThat(siti.address()).isEqualTo("No 5, Jalan Mawar, Shah Alam, Selangor, 40000, Malaysia");
        assertThat(backups).as("a safety backup before the import").hasValue(1);
        List<String> report = Files.readAllLines(dir.resolve("left-out.csv"), StandardCharsets.UTF_8);
        assertThat(report).hasSize(2);
        assertThat(report.get(1)).startsWith("4,customer.error.nameRequired");
    }

    @Test
    void iPhoneVCard30TakesTheNumberLabelledMobile() throws Exception {
        setUp("ID");
        ImportReport r = importAll("iphone-3.0.vcf");
        assertThat(r.imported()).isEqualTo(2);
        assertThat(all()).extracting(Customer::name, Customer::phone, Customer::email).containsExactly(
                tuple("Budi Santoso", "+6281211112222", "budi@contoh.co.id"),
                tuple("Dewi Lestari", "+6281344445555", null));
        assertThat(all().get(0).notes()).isEqualTo("Pelanggan sejak 2019, suka kopi tubruk");
        assertThat(all().get(0).preferredLanguage()).isEqualTo(com.setia.i18n.Language.ID);
    }

    @Test
    void googleVCardWithTheSameEmailTwiceImportsItOnce() throws Exception {
        setUp("MY");
        ImportReport r = importAll("google-contacts.vcf");
        assertThat(r.imported()).isEqualTo(1);
        assertThat(r.leftOut()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("left-out.csv"))).contains("exchange.problem.repeat[1]");
    }

    @Test
    void googleAndOutlookCsv() throws Exception {
        setUp("MY");
        assertThat(importAll("google-contacts.csv").imported()).isEqualTo(2);
        assertThat(importAll("outlook.csv").imported()).isEqualTo(2);
        assertThat(all()).extracting(Customer::name, Customer::phone).containsExactly(
                tuple("Aishah Rahman", "+60377771234"),
                tuple("Farid Hassan", "+60127778888"),
                tuple("Jos\u00e9 Pe\u00f1a", "+60121112222"),
                tuple("Lim Ah Kow", "+60193334444"));
        Customer farid = all().get(1);
        assertThat(farid.address()).isEqualTo("12 Jalan Ampang\nKuala Lumpur");
        assertThat(farid.notes()).isEqualTo("Suka teh tarik");
    }

    @Test
    void excelSemicolonCsvWithProblemsImportsOnlyTheGoodRows() throws Exception {
        setUp("MY");
        ContactFile file = imports.open(sample("excel-semicolon.csv"));
        var mapping = imports.mappingFor(file);
        ImportPreview<Contact> preview = imports.preview(file, mapping, Progress.NONE);
        assertThat(preview.rows()).extracting(PreviewRow::line, r -> r.problems().stream().map(Message::key).toList())
                .containsExactly(
                        tuple(2L, List.of()),
                        tuple(3L, List.of("exchange.problem.repeat")),
                        tuple(4L, List.of("customer.error.phoneInvalid")),
                        tuple(5L, List.of("customer.error.nameRequired")),
                        tuple(6L, List.of("customer.error.notesTooLong")),
                        tuple(7L, List.of()));
        ImportReport r = imports.commit(file, mapping, preview, false, dir.resolve("out.csv"), Message::key, Progress.NONE);
        assertThat(r.imported()).isEqualTo(2);
        assertThat(all()).extracting(Customer::name).containsExactly("Rosnah Ibrahim", "Zainab Caf\u00e9");
        List<String> report = Files.readAllLines(dir.resolve("out.csv"), StandardCharsets.UTF_8);
        assertThat(report.get(0)).isEqualTo("\uFEFFexchange.report.row,exchange.report.problem,Nama,No. Telefon,E-mel,Alamat,Catatan");
        assertThat(report).hasSize(5);
    }

    @Test
    void aCustomerAlreadyInTheBookIsCompletedNotDoubled() throws Exception {
        setUp("MY");
        Customer mine = customers.create(new CustomerDraft("Mei Ling", null, "0123456789", null, null, null, null,
                "my own note", null));
        ImportReport r = importAll("android-2.1.vcf");
        assertThat(r.imported()).isEqualTo(2);
        assertThat(r.merged()).isEqualTo(1);
        Customer after = customers.find(mine.id()).orElseThrow();
        assertThat(after.name()).as("what the owner typed stays").isEqualTo("Mei Ling");
        assertThat(after.notes()).isEqualTo("my own note");
        assertThat(after.email()).as("an empty detail is filled").isEqualTo("meiling@contoh.my");
        assertThat(all()).hasSize(3);
    }

    @Test
    void undoRemovesWhatTheImportAddedButKeepsCustomersUsedSince() throws Exception {
        setUp("MY");
        customers.create(CustomerDraft.named("Before"));
        ImportReport r = importAll("google-contacts.csv");
        Customer farid = all().stream().filter(c -> c.name().equals("Farid Hassan")).findFirst().orElseThrow();
        store.jdbi().useHandle(h -> h.execute("INSERT INTO incident (customer_id, occurred_at, channel, severity, "
                + "customer_said, created_at) VALUES (?, CURRENT_TIMESTAMP, 'PHONE', 'LOW', 'late', CURRENT_TIMESTAMP)", farid.id()));
        assertThat(imports.latest()).get().extracting(ImportBatch::id).isEqualTo(r.batchId());
        int[] undone = imports.undo(r.batchId());
        assertThat(undone).containsExactly(1, 1);
        assertThat(all()).extracting(Customer::name).containsExactly("Before", "Farid Hassan");
        assertThat(imports.latest().orElseThrow().undone()).isTrue();
        assertThat(imports.undo(r.batchId())).as("undoing twice does nothing").containsExactly(0, 0);
    }

    @Test
    void cancellingInTheMiddleLeavesNothing() throws Exception {
        setUp("MY");
        StringBuilder csv = new StringBuilder("Name,Phone\n");
        for (int i = 0; i < 5000; i++) csv.append("Customer ").append(i).append(",012-").append(String.format("%03d %04d", i / 10000, i)).append('\n');
        Path file = Files.writeString(dir.resolve("many.csv"), csv);
        ContactFile f = imports.open(file);
        var mapping = imports.mappingFor(f);
        var preview = imports.preview(f, mapping, Progress.NONE);
        Progress cancelAfterFirstChunk = new Progress() {
            long done;

            @Override
            public void update(long d, long total) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 1000;
            }
        };
        assertThatThrownBy(() -> imports.commit(f, mapping, preview, true, null, Message::key, cancelAfterFirstChunk))
                .isInstanceOf(CancelledException.class);
        assertThat(customers.count()).isZero();
        assertThat(imports.latest()).isEmpty();
    }

    @Test
    void theOwnersColumnChoiceIsRememberedForTheNextFile() throws Exception {
        setUp("MY");
        Path first = Files.writeString(dir.resolve("a.csv"), "Pelanggan,Nombor,Info\nSiti,012-345 6789,VIP\n");
        ContactFile f = imports.open(first);
        var mapping = imports.mappingFor(f);
        assertThat(mapping.isMapped(ContactField.PHONE)).as("'Nombor' is not a known header").isFalse();
        mapping = mapping.with(ContactField.PHONE, 1).with(ContactField.NOTES, 2);
        imports.commit(f, mapping, imports.preview(f, mapping, Progress.NONE), true, null, Message::key, Progress.NONE);

        Path second = Files.writeString(dir.resolve("b.csv"), "Pelanggan,Nombor,Info\nBudi,019-876 5432,new\n");
        var again = imports.mappingFor(imports.open(second));
        assertThat(again.column(ContactField.PHONE)).contains(1);
        assertThat(again.column(ContactField.NOTES)).contains(2);
    }

    @Test
    void filesThatAreNotContactsAreRefusedWithAReason() throws Exception {
        setUp("MY");
        Path fakeVcf = Files.writeString(dir.resolve("photo.vcf"), "\u0089PNG not a card");
        assertThatThrownBy(() -> imports.open(fakeVcf)).isInstanceOf(TransferException.class)
                .satisfies(e -> assertThat(((TransferException) e).problem().key()).isEqualTo("exchange.error.notVcard"));
        ContactFile text = imports.open(sample("not-contacts.txt"));
        ImportPreview<Contact> p = imports.preview(text, imports.mappingFor(text), Progress.NONE);
        assertThat(p.acceptedCount()).as("a letter is not a list of customers").isZero();
        assertThat(PhoneNumbers.display("+60123456789")).isEqualTo("012-345 6789");
    }
}
