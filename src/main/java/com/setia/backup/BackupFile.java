package com.setia.backup;

import java.nio.file.Path;
import java.time.Instant;

import com.setia.common.Message;

/**
 * A backup as listed on the restore screen: when it was made, why ({@code kind}: daily, exit, before-import,
 * before-restore, before-upgrade, manual), what it holds (-1: not recorded), and why it cannot be restored, if it
 * cannot ({@code problem}: damaged, from a newer Setia).
 */
public record BackupFile(Path path, Instant createdAt, String kind, String schemaVersion, long customers, long cases,
        long letters, long bytes, Message problem) {
    public boolean usable() {
        return problem == null;
    }
}
