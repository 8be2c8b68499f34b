package com.setia.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.setia.common.Refusal;
import com.setia.customer.CustomerService;
import com.setia.letter.LetterService;
import com.setia.store.Database;
import com.setia.winback.WinbackService;

/**
 * Backups of the running store: consistent while Setia is in use (H2's BACKUP TO), taken daily, on exit, before
 * every import and restore, or when the owner asks; to the folder the owner chose (a USB drive), else the data
 * folder's {@code backups/}. Each records what it holds (customers, cases, letters). Old ones are thinned to
 * {@value BackupCatalog#KEEP_DAILY} daily, {@value BackupCatalog#KEEP_WEEKLY} weekly and
 * {@value BackupCatalog#KEEP_MONTHLY} monthly; only Setia's own backup files are ever removed.
 */
public final class BackupService {
    /** Why a backup was taken: part of its file name, and shown (bundle keys backup.kind.*). */
    public static final List<String> KINDS = List.of("daily", "exit", "manual", "before-import", "before-restore",
            "before-upgrade");
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    private final Database database;
    private final CustomerService customers;
    private final WinbackService winback;
    private final LetterService letters;
    private final Supplier<Path> chosenFolder;
    private final Clock clock;
    private volatile Instant last;

    /** {@code chosenFolder}: the owner's backup folder, or null for the data folder's {@code backups/}. */
    public BackupService(Database database, CustomerService customers, WinbackService winback, LetterService letters,
            Supplier<Path> chosenFolder, Clock clock) {
        this.database = database;
        this.customers = customers;
        this.winback = winback;
        this.letters = letters;
        this.chosenFolder = chosenFolder;
        this.clock = clock;
    }

    /** Where backups go now: the owner's folder, else {@code backups/} in the data folder. */
    public Path folder() {
        Path chosen = chosenFolder.get();
        return chosen != null ? chosen : defaultFolder();
    }

    public Path defaultFolder() {
        return database.folder().resolve(Database.UPGRADE_BACKUPS);
    }

    /**
     * Takes a backup now. A failure (a full disk, a drive pulled out) leaves no partial file and changes nothing in
     * the store; it is refused with a message saying where and why.
     */
    public BackupFile backupNow(String kind) {
        return backupNow(kind, null);
    }

    /**
     * The safety backup taken before {@code restoring} is put in place: as {@link #backupNow}, and the thinning of
     * old backups never removes the one about to be restored.
     */
    public BackupFile backupBeforeRestore(Path restoring) {
        return backupNow("before-restore", restoring);
    }

    private BackupFile backupNow(String kind, Path spare) {
        if (database.kind() == Database.Kind.SERVER) {
            // On a PostgreSQL server the server's own backup (pg_dump) keeps the shop's data, not a zip on this PC.
            throw new Refusal("backup.error.onServer", database.description());
        }
        if (!available()) {
            // no store file on this PC to back up
            throw new Refusal("backup.error.server");
        }
        Path folder = folder();
        LocalDateTime now = LocalDateTime.now(clock);
        Path zip = folder.resolve(BackupCatalog.fileName(now, kind));
        Map<String, String> facts = new HashMap<>();
        facts.put("kind", kind);
        facts.put("customers", Long.toString(customers.count()));
        facts.put("cases", Long.toString(winback.countCases()));
        facts.put("letters", Long.toString(letters.count()));
        try {
            database.backupTo(zip, facts);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Backup to " + zip + " failed", e);
            // the owner reads where and what to check; Java's own words for it are in the log line above
            throw new Refusal(java.util.List.of(com.setia.common.Problem.of("backup.error.failed", folder.toString())), e);
        }
        last = clock.instant();
        prune(spare);
        return BackupCatalog.inspect(zip, clock.getZone());
    }


    /**
     * The backup on exit, in two halves: this one, while the store is open, notes what it holds; the {@link Runnable}
     * returned writes it once the store is closed (and compacted by its close), then thins old backups. Null when
     * there is nothing to back up here (a server store). A failure of the second half is thrown as a {@link Refusal}.
     */
    public Runnable exitBackup() {
        if (!available()) return null;
        Path folder = folder();
        Path zip = folder.resolve(BackupCatalog.fileName(LocalDateTime.now(clock), "exit"));
        Map<String, String> facts = new HashMap<>();
        facts.put("kind", "exit");
        facts.put("customers", Long.toString(customers.count()));
        facts.put("cases", Long.toString(winback.countCases()));
        facts.put("letters", Long.toString(letters.count()));
        Path dataDir = database.folder();
        String version = database.schemaVersion();
        Path defaults = defaultFolder();
        return () -> {
            try {
                Database.backupClosed(dataDir, zip, facts, version);
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Backup to " + zip + " failed", e);
                throw new Refusal(java.util.List.of(com.setia.common.Problem.of("backup.error.failed", folder.toString())), e);
            }
            last = clock.instant();
            for (Path f : folder.equals(defaults) ? List.of(folder) : List.of(folder, defaults)) {
                for (BackupFile b : BackupCatalog.toRemove(BackupCatalog.list(List.of(f), clock.getZone()), clock.getZone())) {
                    try {
                        Files.deleteIfExists(b.path());
                    } catch (IOException e) {
                        LOG.log(Level.WARNING, "Could not remove old backup " + b.path(), e);
                    }
                }
            }
        };
    }

    /** The daily backup, if none was taken today (in the owner's time zone). Returns whether one was taken. */
    /** True for Setia's own (embedded) store; a shared server store is backed up on the server. */
    public boolean available() {
        return database.kind() == Database.Kind.EMBEDDED && database.folder() != null;
    }

    public boolean backupIfDue() {
        if (!available()) return false;
        if (database.kind() == Database.Kind.SERVER) return false; // the server's pg_dump, see backupNow
        LocalDate today = LocalDate.now(clock);
        boolean done = lastBackup().map(t -> !t.atZone(clock.getZone()).toLocalDate().isBefore(today)).orElse(false);
        if (done) return false;
        backupNow("daily");
        return true;
    }

    /** Every backup Setia can offer, newest first: the chosen folder's and the data folder's. */
    public List<BackupFile> backups() {
        List<Path> folders = new ArrayList<>();
        folders.add(folder());
        folders.add(defaultFolder());
        return BackupCatalog.list(folders, clock.getZone());
    }

    /** When the newest backup was taken, if any. */
    public Optional<Instant> lastBackup() {
        if (last != null) return Optional.of(last);
        Optional<Instant> found = backups().stream().filter(BackupFile::usable).map(BackupFile::createdAt).findFirst();
        found.ifPresent(t -> last = t);
        return found;
    }

    /** Removes the backups the retention rule does not keep (only Setia's own files); returns how many. */
    public int prune() {
        return prune(null);
    }

    private int prune(Path spare) {
        int removed = 0;
        for (Path folder : List.of(folder(), defaultFolder())) {
            List<BackupFile> here = BackupCatalog.list(List.of(folder), clock.getZone());
            for (BackupFile b : BackupCatalog.toRemove(here, clock.getZone())) {
                if (spare != null && b.path().toAbsolutePath().normalize().equals(spare.toAbsolutePath().normalize())) continue;
                try {
                    Files.deleteIfExists(b.path());
                    removed++;
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "Could not remove old backup " + b.path(), e);
                }
            }
            if (folder.equals(defaultFolder())) break;
        }
        return removed;
    }
}
