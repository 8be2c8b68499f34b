package com.setia.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.setia.app.Services;
import com.setia.common.Refusal;
import com.setia.customer.CustomerDraft;
import com.setia.store.Database;
import com.setia.store.StoreTooNewException;
import com.setia.testsupport.MutableClock;

class BackupServiceTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-03-01T02:00:00Z"), ZoneId.of("Asia/Kuala_Lumpur"));
    Database db;
    Services services;
    Path chosen;

    BackupService open() {
        db = Database.openFolder(dir.resolve("data"));
        services = new Services(db, clock);
        return new BackupService(db, services.customers(), services.winback(), services.letters(), () -> chosen, clock);
    }

    @AfterEach
    void close() {
        if (db != null) db.close();
    }

    void addCustomers(int n, String prefix) {
        List<CustomerDraft> drafts = new ArrayList<>();
        for (int i = 0; i < n; i++) drafts.add(CustomerDraft.named(prefix + i));
        services.customers().createAll(drafts, com.setia.common.Progress.NONE);
    }

    @Test
    void aBackupTakenWhileInUseRestoresExactlyWhatItHeld() throws Exception {
        BackupService backups = open();
        addCustomers(3, "Siti ");
        BackupFile b = backups.backupNow("manual");
        assertThat(b.usable()).isTrue();
        assertThat(b.customers()).isEqualTo(3);
        assertThat(b.cases()).isZero();
        assertThat(b.letters()).isZero();
        assertThat(b.path().getParent()).isEqualTo(dir.resolve("data/backups"));
        addCustomers(2, "Budi ");
        db.close();

        new StoreOpening(dir.resolve("data")).restore(b.path(), false);
        db = Database.openFolder(dir.resolve("data"));
        assertThat(new Services(db, clock).customers().count()).isEqualTo(3);
    }

    @Test
    void aRestoreAskedForWhileRunningIsDoneAtTheNextStart() throws Exception {
        BackupService backups = open();
        addCustomers(1, "Siti ");
        BackupFile b = backups.backupNow("manual");
        addCustomers(4, "Budi ");
        StoreOpening opening = new StoreOpening(dir.resolve("data"));
        opening.scheduleRestore(b.path());
        db.close();
        db = opening.open();
        assertThat(new Services(db, clock).customers().count()).isEqualTo(1);
        assertThat(dir.resolve("data").resolve(StoreOpening.PENDING_RESTORE)).doesNotExist();
    }

    @Test
    void aCutShortBackupIsShownAsDamagedAndRefusedWithTheStoreUntouched() throws Exception {
        BackupService backups = open();
        addCustomers(50, "Siti ");
        BackupFile b = backups.backupNow("manual");
        byte[] bytes = Files.readAllBytes(b.path());
        Path cut = Files.write(dir.resolve("setia-backup-20260301-100000-manual.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(BackupCatalog.inspect(cut, clock.getZone()).problem().key()).isEqualTo("backup.problem.damaged");
        db.close();
        assertThatThrownBy(() -> new StoreOpening(dir.resolve("data")).restore(cut, false)).isInstanceOf(IOException.class);
        db = Database.openFolder(dir.resolve("data"));
        assertThat(new Services(db, clock).customers().count()).isEqualTo(50);
    }

    @Test
    void aBackupFromANewerSetiaIsRefused() throws Exception {
        BackupService backups = open();
        BackupFile b = backups.backupNow("manual");
        try (FileSystem fs = FileSystems.newFileSystem(b.path())) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(fs.getPath(Database.BACKUP_MANIFEST_ENTRY))) {
                p.load(in);
            }
            p.setProperty("schemaVersion", "999");
            try (OutputStream out = Files.newOutputStream(fs.getPath(Database.BACKUP_MANIFEST_ENTRY))) {
                p.store(out, null);
            }
        }
        assertThat(BackupCatalog.inspect(b.path(), clock.getZone()).problem().key()).isEqualTo("backup.problem.newer");
        db.close();
        assertThatThrownBy(() -> new StoreOpening(dir.resolve("data")).restore(b.path(), false))
                .isInstanceOf(StoreTooNewException.class);
    }

    @Test
    void aBackupThatCannotBeWrittenLeavesNothingAndSaysWhere() throws Exception {
        BackupService backups = open();
        addCustomers(2, "Siti ");
        chosen = Files.writeString(dir.resolve("usb-not-a-folder"), "x"); // a drive pulled out / a full disk
        assertThatThrownBy(() -> backups.backupNow("manual")).isInstanceOf(Refusal.class)
                .satisfies(e -> assertThat(((Refusal) e).messageKeys()).containsExactly("backup.error.failed"));
        assertThat(services.customers().count()).isEqualTo(2);
        chosen = dir.resolve("usb");
        assertThat(backups.backupNow("manual").path().getParent()).isEqualTo(dir.resolve("usb"));
        try (var files = Files.list(dir.resolve("usb"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void aDailyBackupOnceADay() {
        BackupService backups = open();
        assertThat(backups.backupIfDue()).isTrue();
        assertThat(backups.backupIfDue()).isFalse();
        clock.advance(Duration.ofHours(23));
        assertThat(backups.backupIfDue()).as("the next day in Kuala Lumpur").isTrue();
        assertThat(backups.lastBackup()).contains(clock.instant());
    }

    @Test
    void oldBackupsAreThinnedAndNothingElseInTheFolderIsTouched() throws Exception {
        BackupService backups = open();
        chosen = Files.createDirectories(dir.resolve("usb"));
        Path mine = Files.writeString(chosen.resolve("setia-backup-notes.txt"), "the owner's own file");
        Path other = Files.writeString(chosen.resolve("photos-2026.zip"), "x");
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 18, 0);
        for (int day = 0; day < 800; day += 1) {
            Files.writeString(chosen.resolve(BackupCatalog.fileName(start.plusDays(day), "daily")), "x");
        }
        int removed = backups.prune();
        List<BackupFile> left = BackupCatalog.list(List.of(chosen), clock.getZone());
        assertThat(left.size()).isLessThanOrEqualTo(7 + 4 + 12).isGreaterThanOrEqualTo(12 + 4);
        assertThat(removed).isEqualTo(800 - left.size());
        assertThat(left.get(0).path().getFileName().toString()).isEqualTo(BackupCatalog.fileName(start.plusDays(799), "daily"));
        assertThat(mine).exists();
        assertThat(other).exists();
    }

    @Test
    void everyBackupOfTheDayIsKeptAndTheOneAboutToBeRestoredIsNeverThinned() {
        BackupService backups = open();
        addCustomers(1, "Siti ");
        BackupFile morning = backups.backupNow("manual");
        clock.advance(Duration.ofHours(2));
        BackupFile beforeImport = backups.backupNow("before-import");
        clock.advance(Duration.ofHours(2));
        backups.backupNow("exit");
        assertThat(morning.path()).as("a manual backup survives the backup on exit").exists();
        assertThat(beforeImport.path()).as("so does the one before an import").exists();

        clock.advance(Duration.ofDays(1));
        backups.backupBeforeRestore(morning.path());
        assertThat(morning.path()).as("the backup being restored is not thinned away").exists();
        assertThat(beforeImport.path()).as("yesterday keeps only its newest").doesNotExist();
    }

    @Test
    void theBackupOnExitIsTakenOfTheClosedCompactedStoreAndRestoresWhatItHeld() throws Exception {
        BackupService backups = open();
        addCustomers(20_000, "Pelanggan ");
        BackupFile whileOpen = backups.backupNow("manual"); // the file as a busy session leaves it
        Runnable exit = backups.exitBackup();
        db.close();
        db = null;
        exit.run();
        List<BackupFile> all = BackupCatalog.list(List.of(dir.resolve("data").resolve("backups")), clock.getZone());
        BackupFile onExit = all.stream().filter(b -> b.kind().equals("exit")).findFirst().orElseThrow();
        assertThat(onExit.usable()).isTrue();
        assertThat(onExit.customers()).isEqualTo(20_000);
        assertThat(onExit.bytes()).as("the compacted store: live data only").isLessThan(whileOpen.bytes() / 2);
        assertThat(dir.resolve("data").resolve("backups")).isDirectoryNotContaining("glob:**.part");

        new StoreOpening(dir.resolve("data")).restore(onExit.path(), false);
        db = Database.openFolder(dir.resolve("data"));
        assertThat(new Services(db, clock).customers().count()).isEqualTo(20_000);
    }
}
