package com.setia.backup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import com.setia.store.Database;
import com.setia.store.KnownStores;
import com.setia.store.StoreMissingException;

/**
 * Opening the store at start-up, and putting a backup in its place. Plain Java, no window: the app's start-up
 * dialog and the command line both use it.
 * <ul>
 *   <li>A restore asked for while Setia ran (the store was open) is done here, before the store is opened.</li>
 *   <li>{@link #offers} lists the usable backups, newest first, for a store that cannot be opened (missing,
 *       damaged, a failed upgrade): the dialog offers the newest good one instead of a dead end.</li>
 *   <li>{@link #restore} replaces the store by a backup; the store it replaces is kept beside it
 *       ({@code setia.mv.db.before-restore-...}) when no backup of it could be taken first.</li>
 * </ul>
 */
public final class StoreOpening {
    static final String PENDING_RESTORE = "setia.restore";
    private static final Logger LOG = Logger.getLogger(StoreOpening.class.getName());
    private final Path dataDir;
    private final KnownStores known;

    /** Without the user's list of known stores: for scheduling a restore and for tests. */
    public StoreOpening(Path dataDir) {
        this(dataDir, KnownStores.NONE);
    }

    /**
     * {@code known}: the folders this user had a store in; a folder on that list with no store now (a USB drive not
     * plugged in) is reported missing ({@link StoreMissingException}), never made into an empty book.
     */
    public StoreOpening(Path dataDir, KnownStores known) {
        this.dataDir = dataDir.toAbsolutePath().normalize();
        this.known = known;
    }

    public Database open() throws IOException {
        return open(Database.Options.DEFAULT);
    }

    /** As {@link #open()}, telling {@code progress} as each migration of an upgrade finishes. */
    public Database open(Database.Progress progress) throws IOException {
        finishPendingRestore();
        refuseIfGone();
        return remembered(Database.openFolder(dataDir, progress));
    }

    /** Finishes a restore asked for in the last session, then opens (creates, upgrades) the store. */
    public Database open(Database.Options options) throws IOException {
        finishPendingRestore();
        refuseIfGone();
        return remembered(Database.openFolder(dataDir, options));
    }

    /** A folder known to have held a store, with no store file now: the whole folder (a drive) is not there. */
    private void refuseIfGone() {
        if (!storePresent() && known.knows(dataDir)) {
            LOG.warning(() -> "A store was kept in " + dataDir + " before and is not there now");
            throw new StoreMissingException(dataDir);
        }
    }

    private Database remembered(Database db) {
        known.remember(dataDir);
        return db;
    }

    /** True when the data folder holds a store file now (with something in it). */
    public boolean storePresent() {
        return holdsStore(dataDir);
    }

    /** True when {@code folder} holds a Setia store file (not empty): what "choose the folder" accepts. */
    public static boolean holdsStore(Path folder) {
        Path file = folder.resolve(Database.STORE_FILE);
        try {
            return Files.isRegularFile(file) && Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void finishPendingRestore() throws IOException {
        Path pending = dataDir.resolve(PENDING_RESTORE);
        if (Files.exists(pending)) {
            Path zip = Path.of(Files.readString(pending, StandardCharsets.UTF_8).strip());
            LOG.info(() -> "Restoring " + zip + " as asked in the last session");
            restore(zip, false);
            Files.deleteIfExists(pending);
        }
    }

    /** Asks for {@code zip} to be restored at the next {@link #open} (when the store is closed). */
    public void scheduleRestore(Path zip) throws IOException {
        Files.createDirectories(dataDir);
        Files.writeString(dataDir.resolve(PENDING_RESTORE), zip.toAbsolutePath().toString(), StandardCharsets.UTF_8);
    }

    /**
     * Puts the store in {@code zip} in place of the store (which must be closed). {@code keepCurrent}: the current
     * store file is kept beside, renamed, because no backup of it could be taken (it is damaged). A damaged,
     * cut-short or newer backup is refused before anything changes.
     */
    public void restore(Path zip, boolean keepCurrent) throws IOException {
        Path current = dataDir.resolve(Database.STORE_FILE);
        if (keepCurrent && Files.exists(current) && Files.size(current) > 0) {
            Path aside = dataDir.resolve(Database.STORE_FILE + ".before-restore-"
                    + BackupCatalog.STAMP.format(LocalDateTime.now()));
            Files.copy(current, aside, StandardCopyOption.COPY_ATTRIBUTES);
        }
        Database.restore(zip, dataDir);
        LOG.info(() -> "Restored the store in " + dataDir + " from " + zip);
    }

    /** The backups that can be restored, newest first: in the owner's folder (if any) and the data folder's. */
    public List<BackupFile> offers(Path chosenFolder, ZoneId zone) {
        List<Path> folders = new ArrayList<>();
        if (chosenFolder != null) folders.add(chosenFolder);
        folders.add(dataDir.resolve(Database.UPGRADE_BACKUPS));
        return BackupCatalog.list(folders, zone).stream().filter(BackupFile::usable).toList();
    }

    public Path dataDir() {
        return dataDir;
    }
}
