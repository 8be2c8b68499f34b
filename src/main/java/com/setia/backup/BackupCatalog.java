package com.setia.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.setia.common.Message;
import com.setia.store.Database;

/**
 * The backups in a folder, read without opening the store (so the start-up dialog can offer them when the store
 * cannot be opened), and which of them the retention rule keeps. Only files whose names Setia gives its backups are
 * ever listed or removed: nothing else the owner keeps in that folder (a USB drive) is touched.
 */
public final class BackupCatalog {
    /** setia-backup-20261129-171500-daily.zip */
    static final Pattern OURS = Pattern.compile("setia-backup-(\\d{8}-\\d{6})-([a-z-]+)\\.zip");
    /** setia-before-upgrade-v10-20261129-171500.zip, written by the store itself. */
    static final Pattern UPGRADE = Pattern.compile("setia-before-upgrade-v[0-9.]+-(\\d{8}-\\d{6})\\.zip");
    static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    public static final int KEEP_DAILY = 7;
    public static final int KEEP_WEEKLY = 4;
    public static final int KEEP_MONTHLY = 12;
    public static final int KEEP_BEFORE_UPGRADE = 3;

    private BackupCatalog() {
    }

    static String fileName(LocalDateTime at, String kind) {
        return "setia-backup-" + STAMP.format(at) + "-" + kind + ".zip";
    }

    /** Setia's backups in these folders (missing folders are skipped), newest first. */
    public static List<BackupFile> list(Collection<Path> folders, ZoneId zone) {
        List<BackupFile> out = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path folder : new LinkedHashSet<>(folders)) {
            if (folder == null || !Files.isDirectory(folder)) continue;
            try (var files = Files.list(folder)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    if (isOurs(f) && seen.add(f.toAbsolutePath().normalize())) {
                        out.add(inspect(f, zone));
                    }
                }
            } catch (IOException e) {
                // a folder that cannot be listed (a drive just removed) holds nothing to offer
            }
        }
        out.sort(Comparator.comparing(BackupFile::createdAt).reversed());
        return out;
    }

    static boolean isOurs(Path f) {
        String n = f.getFileName().toString();
        return OURS.matcher(n).matches() || UPGRADE.matcher(n).matches();
    }

    /** What a backup file is and holds; a damaged, cut-short or newer one says so in {@code problem}. */
    public static BackupFile inspect(Path zip, ZoneId zone) {
        String name = zip.getFileName().toString();
        Matcher ours = OURS.matcher(name);
        Matcher upgrade = UPGRADE.matcher(name);
        String kind = ours.matches() ? ours.group(2) : "before-upgrade";
        Instant at = stampOf(ours.matches() ? ours.group(1) : upgrade.matches() ? upgrade.group(1) : null, zone, zip);
        long bytes = 0;
        try {
            bytes = Files.size(zip);
            Properties m = Database.manifestOf(zip);
            String version = m.getProperty("schemaVersion", "");
            Message problem = !version.isEmpty() && Database.isNewer(version, Database.knownVersion())
                    ? Message.of("backup.problem.newer") : null;
            return new BackupFile(zip, at, kind, version, number(m, "customers"), number(m, "cases"),
                    number(m, "letters"), bytes, problem);
        } catch (IOException | RuntimeException e) {
            return new BackupFile(zip, at, kind, "", -1, -1, -1, bytes, Message.of("backup.problem.damaged"));
        }
    }

    private static Instant stampOf(String stamp, ZoneId zone, Path zip) {
        if (stamp != null) {
            try {
                return LocalDateTime.parse(stamp, STAMP).atZone(zone).toInstant();
            } catch (DateTimeParseException ignored) {
                // fall back to the file's time
            }
        }
        try {
            return Files.getLastModifiedTime(zip).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private static long number(Properties p, String key) {
        try {
            return Long.parseLong(p.getProperty(key, "-1"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * The backups the rule does not keep: of the regular backups, the newest of each of the last {@value #KEEP_DAILY}
     * days, {@value #KEEP_WEEKLY} weeks and {@value #KEEP_MONTHLY} months that have one are kept; of those taken
     * before upgrades, the newest {@value #KEEP_BEFORE_UPGRADE}. Every backup of the newest backup's day is kept: a
     * manual backup, the one before an import, are still there after the backup on exit (and one is never removed
     * by the safety backup taken just before it is restored). {@code all} must be newest first.
     */
    static List<BackupFile> toRemove(List<BackupFile> all, ZoneId zone) {
        Set<Path> keep = new HashSet<>();
        LocalDate newestDay = all.stream().filter(b -> !b.kind().equals("before-upgrade")).findFirst()
                .map(b -> b.createdAt().atZone(zone).toLocalDate()).orElse(null);
        Set<LocalDate> days = new LinkedHashSet<>();
        Set<String> weeks = new LinkedHashSet<>();
        Set<String> months = new LinkedHashSet<>();
        int upgrades = 0;
        for (BackupFile b : all) {
            if (b.kind().equals("before-upgrade")) {
                if (upgrades++ < KEEP_BEFORE_UPGRADE) keep.add(b.path());
                continue;
            }
            LocalDate day = b.createdAt().atZone(zone).toLocalDate();
            if (day.equals(newestDay)) keep.add(b.path());
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            String month = day.getYear() + "-" + day.getMonthValue();
            if (!days.contains(day) && days.size() < KEEP_DAILY) {
                days.add(day);
                keep.add(b.path());
            }
            if (!weeks.contains(week) && weeks.size() < KEEP_WEEKLY) {
                weeks.add(week);
                keep.add(b.path());
            }
            if (!months.contains(month) && months.size() < KEEP_MONTHLY) {
                months.add(month);
                keep.add(b.path());
            }
        }
        return all.stream().filter(b -> !keep.contains(b.path())).toList();
    }
}
