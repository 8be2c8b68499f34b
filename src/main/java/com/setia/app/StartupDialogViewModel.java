package com.setia.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import com.setia.backup.BackupFile;
import com.setia.backup.StoreOpening;
import com.setia.i18n.I18n;
import com.setia.store.StoreException;
import com.setia.store.StoreMissingException;

/**
 * The start-up dialog when the store cannot be opened: what happened, and the ways on instead of a dead end. For a
 * store that is missing (a USB drive not plugged in): look again (after plugging the drive in), or choose the folder
 * where the data is now. When backups can help (missing, damaged, a failed upgrade): restore the newest good one.
 * Each action answers the data folder to start Setia on, or nothing (and a {@link #notice} saying why) when the
 * owner must do something else first. Never an empty book over a store that was there before.
 */
public final class StartupDialogViewModel {
    private static final Logger LOG = Logger.getLogger(StartupDialogViewModel.class.getName());
    private final I18n i18n;
    private final StoreOpening opening;
    private final StartupProblem problem;
    private final boolean missing;
    private final List<BackupFile> offers;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");

    /** {@code backupFolder}: the owner's chosen backup folder (a USB drive), or null. */
    public StartupDialogViewModel(StoreException error, I18n i18n, StoreOpening opening, Path backupFolder, ZoneId zone) {
        this.i18n = i18n;
        this.opening = opening;
        this.zone = zone;
        this.problem = StartupProblem.of(error, i18n);
        this.missing = error instanceof StoreMissingException;
        this.offers = StartupProblem.backupsCanHelp(error) ? opening.offers(backupFolder, zone) : List.of();
    }

    public String title() {
        return problem.title();
    }

    public String message() {
        return problem.message();
    }

    /** True when there is nothing to offer but closing: the plain error message does. */
    public boolean deadEnd() {
        return !missing && offers.isEmpty();
    }

    /** The store is missing: looking again and choosing its folder make sense. */
    public boolean canLookAgain() {
        return missing;
    }

    public boolean canChooseFolder() {
        return missing;
    }

    public boolean canRestore() {
        return !offers.isEmpty();
    }

    /** The newest good backup, said in words (when, what it holds), if there is one. */
    public Optional<String> offer() {
        if (offers.isEmpty()) return Optional.empty();
        BackupFile newest = offers.get(0);
        String when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(i18n.locale())
                .format(newest.createdAt().atZone(zone));
        if (newest.customers() < 0) return Optional.of(i18n.t("store.offer.messageUncounted", when)); // not recorded
        return Optional.of(i18n.t("store.offer.message", when, newest.customers(), newest.cases(), newest.letters()));
    }

    /** Why the last action did not lead on ("" when none did). */
    public ReadOnlyStringProperty notice() {
        return notice.getReadOnlyProperty();
    }

    /** After plugging the drive back in: the data folder if its store is there now. */
    public Optional<Path> lookAgain() {
        if (opening.storePresent()) {
            notice.set("");
            return Optional.of(opening.dataDir());
        }
        notice.set(i18n.t("store.missing.stillGone", opening.dataDir().toString()));
        return Optional.empty();
    }

    /** The folder the owner points at (the drive under another letter, a copy): accepted when it holds a store. */
    public Optional<Path> chooseFolder(Path folder) {
        if (folder == null) return Optional.empty();
        Path dir = folder.toAbsolutePath().normalize();
        if (StoreOpening.holdsStore(dir)) {
            notice.set("");
            return Optional.of(dir);
        }
        notice.set(i18n.t("store.missing.notAStore", dir.toString()));
        return Optional.empty();
    }

    /**
     * Puts the newest good backup in place (the current file, if any, kept beside it), the files copied on
     * {@code runner}'s thread (a big backup takes seconds; the dialog stays drawn meanwhile): {@code done} gets the
     * data folder to start on, or nothing with the notice set.
     */
    public void restoreNewest(com.setia.common.TaskRunner runner, java.util.function.Consumer<Optional<Path>> done) {
        if (offers.isEmpty()) {
            done.accept(Optional.empty());
            return;
        }
        BackupFile newest = offers.get(0);
        runner.run(() -> {
            opening.restore(newest.path(), true);
            return opening.dataDir();
        }, dir -> {
            notice.set("");
            done.accept(Optional.of(dir));
        }, e -> {
            LOG.log(Level.SEVERE, "Restoring " + newest.path() + " failed", e);
            notice.set(i18n.t("store.offer.failed", newest.path().getFileName().toString()));
            done.accept(Optional.empty());
        });
    }
}
