package com.setia.backup;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import com.setia.common.Message;
import com.setia.common.Refusal;
import com.setia.common.TaskRunner;

/**
 * The backups page and the status bar's "last backup": when the last one was taken, the list with what each holds,
 * the owner's backup folder, "back up now" and "restore this one". Store work runs through the {@link TaskRunner}.
 */
public final class BackupViewModel {
    private final BackupService service;
    private final TaskRunner runner;
    private final Consumer<Path> rememberFolder;
    private final Consumer<Path> restoreAndRestart;
    private final ObjectProperty<Instant> lastBackup = new SimpleObjectProperty<>();
    private final ObservableList<BackupFile> backups = FXCollections.observableArrayList();
    private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>();
    private final BooleanProperty messageIsError = new SimpleBooleanProperty();

    /**
     * {@code rememberFolder}: keeps the owner's folder (null: the data folder's); {@code restoreAndRestart}: asks for
     * the backup to be restored and restarts Setia on it (the store must be closed to be replaced).
     */
    public BackupViewModel(BackupService service, TaskRunner runner, Consumer<Path> rememberFolder,
            Consumer<Path> restoreAndRestart) {
        this.service = service;
        this.runner = runner;
        this.rememberFolder = rememberFolder;
        this.restoreAndRestart = restoreAndRestart;
    }

    public void refresh() {
        runner.run(() -> new Object[] {service.backups(), service.lastBackup().orElse(null), service.folder()}, r -> {
            @SuppressWarnings("unchecked")
            List<BackupFile> list = (List<BackupFile>) r[0];
            backups.setAll(list);
            lastBackup.set((Instant) r[1]);
            folder.set((Path) r[2]);
        }, e -> say(Message.of("backup.error.list"), true));
    }

    public void backupNow() {
        if (busy.get()) return;
        busy.set(true);
        say(Message.of("backup.working"), false);
        runner.run(() -> service.backupNow("manual"), b -> {
            busy.set(false);
            say(Message.of("backup.done", b.path().toString()), false);
            refresh();
        }, e -> {
            busy.set(false);
            say(e instanceof Refusal r ? r.messages().get(0) : Message.of("backup.error.failed", String.valueOf(folder.get()),
                    String.valueOf(e.getMessage())), true);
        });
    }

    /** The daily backup, in the background, if none was taken today. */
    public void backupIfDue() {
        runner.run(service::backupIfDue, taken -> refresh(), e -> say(e instanceof Refusal r ? r.messages().get(0)
                : Message.of("backup.error.list"), true));
    }

    public void chooseFolder(Path chosen) {
        rememberFolder.accept(chosen);
        refresh();
    }

    /** Restores {@code backup}: a safety backup of the store as it is first, then Setia restarts on the backup. */
    public void restore(BackupFile backup) {
        if (busy.get() || !backup.usable()) return;
        busy.set(true);
        say(Message.of("backup.restoring"), false);
        runner.run(() -> service.backupBeforeRestore(backup.path()), safety -> {
            busy.set(false);
            restoreAndRestart.accept(backup.path());
        }, e -> {
            busy.set(false);
            say(e instanceof Refusal r ? r.messages().get(0) : Message.of("backup.error.list"), true);
        });
    }

    private void say(Message m, boolean error) {
        messageIsError.set(error);
        message.set(m);
    }

    public ReadOnlyObjectProperty<Instant> lastBackupProperty() {
        return lastBackup;
    }

    public ObservableList<BackupFile> backups() {
        return backups;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message;
    }

    public boolean messageIsError() {
        return messageIsError.get();
    }
}
