package com.setia.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.setia.common.TaskRunner;
import com.setia.testsupport.MutableClock;
import com.setia.testsupport.TestStore;

class ShopSettingsViewModelTest {
    @RegisterExtension
    final TestStore store = new TestStore();
    @TempDir
    Path dir;
    ShopService service;
    ShopSettingsViewModel vm;

    @BeforeEach
    void setUp() {
        service = new ShopService(store.jdbi(), MutableClock.at("2026-03-01T02:00:00Z"));
        vm = new ShopSettingsViewModel(service, TaskRunner.DIRECT);
    }

    @Test
    void loadsEditsAndSaves() {
        vm.load();
        assertThat(vm.shopNameProperty().get()).isEmpty();
        vm.shopNameProperty().set("Toko Makmur");
        vm.ownerNameProperty().set("Budi Santoso");
        vm.ownerTitleProperty().set("Pemilik");
        vm.save();
        assertThat(vm.messageProperty().get().key()).isEqualTo("shop.saved");
        assertThat(vm.messageIsErrorProperty().get()).isFalse();
        assertThat(service.load().ownerName()).isEqualTo("Budi Santoso");

        ShopSettingsViewModel again = new ShopSettingsViewModel(service, TaskRunner.DIRECT);
        again.load();
        assertThat(again.shopNameProperty().get()).isEqualTo("Toko Makmur");
        assertThat(again.ownerTitleProperty().get()).isEqualTo("Pemilik");
    }

    @Test
    void unsavedChangesSurviveComingBackToSettings() {
        service.save(new ShopSettings("Toko Makmur", null, null, null, null, "Budi", null, null));
        vm.loadIfUnchanged();
        assertThat(vm.dirtyProperty().get()).isFalse();
        vm.phoneProperty().set("021 555 1234");
        assertThat(vm.dirtyProperty().get()).isTrue();
        vm.loadIfUnchanged();
        assertThat(vm.phoneProperty().get()).isEqualTo("021 555 1234");
        vm.save();
        assertThat(vm.dirtyProperty().get()).isFalse();
        assertThat(service.load().phone()).isEqualTo("021 555 1234");
    }

    @Test
    void flagsImageFilesThatAreNotThere() throws Exception {
        Path logo = Files.write(dir.resolve("logo.png"), new byte[] {1});
        vm.logoPathProperty().set(logo.toString());
        assertThat(vm.logoMissingProperty().get()).isFalse();
        vm.logoPathProperty().set(dir.resolve("gone.png").toString());
        assertThat(vm.logoMissingProperty().get()).isTrue();
        vm.signaturePathProperty().set(dir.toString());
        assertThat(vm.signatureMissingProperty().get()).isTrue();
        vm.logoPathProperty().set("");
        assertThat(vm.logoMissingProperty().get()).isFalse();
    }

    @Test
    void refusesTooLongValuesAndKeepsWhatWasTyped() {
        vm.phoneProperty().set("1".repeat(41));
        vm.save();
        assertThat(vm.messageProperty().get().key()).isEqualTo("shop.error.phoneTooLong");
        assertThat(vm.messageIsErrorProperty().get()).isTrue();
        assertThat(vm.phoneProperty().get()).hasSize(41);
        assertThat(service.load()).isEqualTo(ShopSettings.EMPTY);
    }

    @Test
    void aPictureThatCannotBeCopiedIsExplainedAndTheFormKeepsItsValues(@TempDir Path home) throws Exception {
        Path notAFolder = Files.writeString(home.resolve("data"), "x");
        Path logo = Files.write(home.resolve("logo.png"), new byte[] {1});
        ShopSettingsViewModel copying = new ShopSettingsViewModel(
                new ShopService(store.jdbi(), MutableClock.at("2026-03-01T02:00:00Z"), notAFolder), TaskRunner.DIRECT);
        copying.load();
        copying.shopNameProperty().set("Toko Makmur");
        copying.logoPathProperty().set(logo.toString());
        copying.save();
        assertThat(copying.messageProperty().get().key()).isEqualTo("shop.error.imageCopy");
        assertThat(copying.shopNameProperty().get()).isEqualTo("Toko Makmur");
        assertThat(copying.logoPathProperty().get()).isEqualTo(logo.toString());
    }
}
