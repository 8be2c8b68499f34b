package com.setia.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.backup.BackupService;
import com.setia.backup.StoreOpening;
import com.setia.customer.CustomerDraft;
import com.setia.i18n.I18n;
import com.setia.i18n.Language;
import com.setia.store.Database;
import com.setia.store.KnownStores;
import com.setia.store.StoreException;
import com.setia.store.StoreLockedException;

/** The start-up dialog for a store on a USB drive that is not plugged in: the ways on, never an empty book. */
class StartupDialogViewModelTest {
    @TempDir
    Path dir;
    final I18n ms = new I18n(Language.MS);
    KnownStores known;
    Path data;
    Path usbBackups;

    /** A shop with two customers on a USB drive, one backup of it on another drive; then the drive is pulled out. */
    StoreException unplugged() throws Exception {
        known = new KnownStores(dir.resolve("config").resolve(KnownStores.FILE_NAME));
        data = dir.resolve("usb").resolve("setia");
        usbBackups = dir.resolve("backup-drive");
        try (Database db = new StoreOpening(data, known).open()) {
            Services s = new Services(db, Clock.systemUTC());
            s.customers().create(CustomerDraft.named("Siti Aminah"));
            s.customers().create(CustomerDraft.named("Tan Ah Kow"));
            new BackupService(db, s.customers(), s.winback(), s.letters(), () -> usbBackups, Clock.systemUTC()).backupNow("manual");
        }
        Files.move(dir.resolve("usb"), dir.resolve("drawer"));
        try {
            new StoreOpening(data, known).open().close();
            throw new AssertionError("opened");
        } catch (StoreException e) {
            return e;
        }
    }

    StartupDialogViewModel model(StoreException e) {
        return new StartupDialogViewModel(e, ms, new StoreOpening(data, known), usbBackups, ZoneId.of("Asia/Kuala_Lumpur"));
    }

    @Test
    void saysTheDataIsNotWhereItWasAndOffersEveryWayOn() throws Exception {
        StartupDialogViewModel m = model(unplugged());
        assertThat(m.title()).isEqualTo(ms.t("store.missing.title"));
        assertThat(m.message()).contains(data.toString());
        assertThat(m.deadEnd()).isFalse();
        assertThat(m.canLookAgain()).isTrue();
        assertThat(m.canChooseFolder()).isTrue();
        assertThat(m.canRestore()).isTrue();
        assertThat(m.offer()).get().asString().contains("2 pelanggan");
    }

    @Test
    void lookingAgainBeforeTheDriveIsBackSaysSoAndOnceItIsBackStartsOnIt() throws Exception {
        StartupDialogViewModel m = model(unplugged());
        assertThat(m.lookAgain()).isEmpty();
        assertThat(m.notice().get()).isEqualTo(ms.t("store.missing.stillGone", data.toString()));
        assertThat(data).as("looking made no folder").doesNotExist();

        Files.move(dir.resolve("drawer"), dir.resolve("usb"));
        assertThat(m.lookAgain()).contains(data);
        assertThat(m.notice().get()).isEmpty();
        try (Database db = new StoreOpening(data, known).open()) {
            assertThat(new Services(db, Clock.systemUTC()).customers().count()).isEqualTo(2);
        }
    }

    @Test
    void choosingAFolderAcceptsOnlyOneThatHoldsTheData() throws Exception {
        StartupDialogViewModel m = model(unplugged());
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(m.chooseFolder(empty)).isEmpty();
        assertThat(m.notice().get()).isEqualTo(ms.t("store.missing.notAStore", empty.toString()));
        Path otherLetter = dir.resolve("drawer").resolve("setia"); // the same drive under another letter
        assertThat(m.chooseFolder(otherLetter)).contains(otherLetter);
        assertThat(m.chooseFolder(null)).isEmpty();
    }

    @Test
    void restoringTheNewestBackupPutsTheShopBack() throws Exception {
        StartupDialogViewModel m = model(unplugged());
        Optional<Path> startOn = restore(m);
        assertThat(startOn).contains(data);
        try (Database db = new StoreOpening(data, known).open()) {
            assertThat(new Services(db, Clock.systemUTC()).customers().count()).isEqualTo(2);
        }
    }

    @Test
    void aBackupThatCannotBeRestoredIsSaidAndNothingChanges() throws Exception {
        StartupDialogViewModel m = model(unplugged());
        try (var backups = Files.list(usbBackups)) {
            for (Path b : backups.toList()) Files.write(b, new byte[] {1, 2, 3}); // the backup drive went bad since
        }
        assertThat(restore(m)).isEmpty();
        assertThat(m.notice().get()).startsWith(ms.t("store.offer.failed", "x").substring(0, 10));
        assertThat(data.resolve(Database.STORE_FILE)).doesNotExist();
    }

    @Test
    void aStoreInUseElsewhereIsADeadEndWithNothingToOffer() throws Exception {
        unplugged();
        StartupDialogViewModel m = model(new StoreLockedException(data, null));
        assertThat(m.deadEnd()).isTrue();
        assertThat(m.canLookAgain()).isFalse();
        assertThat(m.canRestore()).isFalse();
    }

    /** Restores as the dialog does (on the runner's thread; here the calling one) and gives the folder to start on. */
    private static Optional<Path> restore(StartupDialogViewModel m) {
        java.util.concurrent.atomic.AtomicReference<Optional<Path>> got = new java.util.concurrent.atomic.AtomicReference<>();
        m.restoreNewest(com.setia.common.TaskRunner.DIRECT, got::set);
        return got.get();
    }
}
