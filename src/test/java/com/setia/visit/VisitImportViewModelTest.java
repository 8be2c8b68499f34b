package com.setia.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.common.Message;
import com.setia.common.TaskRunner;
import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestCustomers;
import com.setia.testsupport.TestStore;
import com.setia.visit.VisitImportViewModel.Step;

/** The in-window visits import: a preview with each row's problems, the good rows in one go, a cancel that leaves nothing. */
class VisitImportViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    final MutableClock clock = MutableClock.at("2026-03-01T02:00:00Z");
    @TempDir
    Path dir;
    VisitService visits;
    VisitImportViewModel vm;
    Customer siti;
    final I18n i18n = new I18n(Language.MS);

    @BeforeEach
    void setUp() {
        CustomerService customers = new CustomerService(store.jdbi(), clock);
        visits = new VisitService(store.jdbi(), clock, customers);
        siti = TestCustomers.create(customers, "Siti Aminah", "012-345 6789", Language.MS);
        TestCustomers.create(customers, "Budi Santoso", "+62 812-3456-7890", Language.ID);
        vm = new VisitImportViewModel(visits, TaskRunner.DIRECT, Runnable::run, () -> Language.MS, i18n::t);
    }

    private Path file(String text) throws Exception {
        Path f = dir.resolve("till.csv");
        // a till's export: semicolons, Windows-1252 (the é of the note)
        Files.write(f, text.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        return f;
    }

    @Test
    void thePreviewSaysWhatIsWrongWithEachRowAndOnlyTheGoodRowsAreImported() throws Exception {
        vm.open(file("""
                Tarikh;No. Telefon;Jumlah;Catatan
                2026-02-01;012-345 6789;25,50;caf\u00e9
                2026-03-09;0123456789;5;
                2026-02-03;0199999999;5;
                2026-02-04;081234567890;lima ringgit;
                """));
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(vm.validCountProperty().get()).isEqualTo(1);
        assertThat(vm.refusedCountProperty().get()).isEqualTo(3);
        assertThat(vm.rows()).extracting(r -> VisitImportViewModel.problems(r).stream().map(i18n::t).toList()).containsExactly(
                List.of(),
                List.of(i18n.t("visit.error.future")),
                List.of(i18n.t("visit.import.unknownPhone", "0199999999")),
                List.of(i18n.t("visit.import.amountNotMoney", "lima ringgit")));
        assertThat(visits.visitCount()).as("nothing stored by the preview").isZero();

        Path report = dir.resolve("left-out.csv");
        vm.saveLeftOut(report);
        List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).isEqualTo("\uFEFFBaris,Masalah,Tarikh,No. Telefon,Jumlah,Catatan");
        assertThat(lines.get(2)).startsWith("4,Tiada pelanggan dengan nombor 0199999999.,2026-02-03,0199999999,5");

        vm.importValid();
        assertThat(vm.stepProperty().get()).isEqualTo(Step.DONE);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.messageProperty().get()).isEqualTo(Message.of("visit.importer.done", 1, 1, 3));
        Visit stored = visits.visitsOf(siti.id(), 5).get(0);
        assertThat(stored.amount()).isEqualByComparingTo("25.50");
        assertThat(stored.note()).isEqualTo("caf\u00e9");
    }

    @Test
    void aCancelDuringTheImportLeavesNothingAndTheOwnerCanTryAgain() throws Exception {
        StringBuilder csv = new StringBuilder("date,customer,amount\n");
        for (int d = 1; d <= 28; d++) csv.append("2026-02-").append(String.format("%02d", d)).append(",0123456789,").append(d).append('\n');
        for (int d = 1; d <= 28; d++) csv.append("2026-01-").append(String.format("%02d", d)).append(",081234567890,").append(d).append('\n');
        vm.open(file(csv.toString()));
        assertThat(vm.validCountProperty().get()).isEqualTo(56);
        VisitImportViewModel cancelling = vm;
        vm.progressProperty().addListener((o, a, now) -> {
            if (now.doubleValue() > 0 && now.doubleValue() < 1) cancelling.cancel(); // the owner clicks Cancel
        });
        vm.importValid();
        assertThat(vm.messageProperty().get()).isEqualTo(Message.of("visit.importer.cancelled"));
        assertThat(vm.stepProperty().get()).isEqualTo(Step.PREVIEW);
        assertThat(visits.visitCount()).isZero();
    }

    @Test
    void aFileThatIsNotCsvIsRefusedInWords() throws Exception {
        Path f = dir.resolve("photo.csv");
        Files.write(f, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0});
        vm.open(f);
        assertThat(vm.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.messageProperty().get().key()).isEqualTo("transfer.error.notCsv");
    }
}
