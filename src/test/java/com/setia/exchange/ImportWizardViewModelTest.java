package com.setia.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.common.TaskRunner;
import com.setia.customer.CustomerService;
import com.setia.testsupport.TestStore;
import com.setia.transfer.ImportMappingService;

class ImportWizardViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    @TempDir
    Path dir;

    CustomerService customers;
    ImportWizardViewModel vm;

    void setUp() {
        customers = new CustomerService(store.jdbi(), Clock.systemUTC());
        var imports = new CustomerImportService(store.jdbi(), customers, new ImportMappingService(store.jdbi(), Clock.systemUTC()),
                Clock.systemUTC(), () -> "MY", () -> { });
        vm = new ImportWizardViewModel(imports, TaskRunner.DIRECT, Runnable::run, m -> m.key());
    }

    @Test
    void aCsvGoesThroughMappingPreviewImportAndUndo() throws Exception {
        setUp();
        Path csv = Files.writeString(dir.resolve("kedai.csv"),
                "Pelanggan;Nombor;Catatan\nSiti;012-345 6789;VIP\nBudi;12345;\nSiti lagi;0123456789;\n");
        vm.open(csv);
        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.MAP);
        assertThat(vm.counts()).as("no phone column yet: Budi's bad number is not seen").containsExactly(3, 0, 0);

        vm.map(ContactField.PHONE, 1);
        vm.toPreview();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.PREVIEW);
        assertThat(vm.counts()).as("a bad number and a repeat are left out").containsExactly(1, 0, 2);
        assertThat(vm.rows()).hasSize(3);

        vm.importNow();
        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.DONE);
        assertThat(vm.progressProperty().get()).isEqualTo(1.0);
        assertThat(vm.messageProperty().get().key()).isEqualTo("exchange.done");
        assertThat(customers.count()).isEqualTo(1);
        assertThat(vm.reportProperty().get().leftOutReport()).isEqualTo(dir.resolve("kedai-left-out.csv"));
        assertThat(dir.resolve("kedai-left-out.csv")).exists();

        vm.undo();
        assertThat(customers.count()).isZero();
        assertThat(vm.messageProperty().get().key()).isEqualTo("exchange.undone");
    }

    @Test
    void aFileThatIsNotContactsSaysWhyAndStaysOnTheFirstStep() throws Exception {
        setUp();
        vm.open(Files.writeString(dir.resolve("photo.vcf"), "JPEG"));
        assertThat(vm.stepProperty().get()).isEqualTo(ImportWizardViewModel.Step.CHOOSE);
        assertThat(vm.messageIsError()).isTrue();
        assertThat(vm.messageProperty().get().key()).isEqualTo("exchange.error.notVcard");
    }
}
