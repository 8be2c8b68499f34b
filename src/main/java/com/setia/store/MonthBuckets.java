package com.setia.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Calendar months in the shop's time zone, for overviews that count rows per month in SQL: a {@code CASE} expression
 * that gives a timestamp or date column its month's index (0 = the first month), and the month boundaries to bind.
 * The boundaries are computed here in the shop's zone, so a row at 00:30 on the 1st counts in the new month whatever
 * zone the database or the JVM uses; the SQL is plain {@code CASE WHEN col < :b THEN ...}, which H2 and PostgreSQL
 * both run. Use it in a sub-query and group by its alias outside (PostgreSQL will not group by an expression that
 * holds parameters).
 */
public record MonthBuckets(YearMonth first, int count, ZoneId zone) {
    public MonthBuckets {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(zone, "zone");
        if (count < 1 || count > 120) throw new IllegalArgumentException("count " + count);
    }

    /** The last {@code count} months up to and including the month of {@code today}. */
    public static MonthBuckets ending(LocalDate today, int count, ZoneId zone) {
        return new MonthBuckets(YearMonth.from(today).minusMonths(count - 1L), count, zone);
    }

    public List<YearMonth> months() {
        List<YearMonth> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) out.add(first.plusMonths(i));
        return out;
    }

    public YearMonth month(int index) {
        return first.plusMonths(index);
    }

    /** The index of a month in this range, or -1. */
    public int indexOf(YearMonth month) {
        long i = first.until(month, java.time.temporal.ChronoUnit.MONTHS);
        return i >= 0 && i < count ? (int) i : -1;
    }

    /** The first day of the first month. */
    public LocalDate fromDay() {
        return first.atDay(1);
    }

    /** The first day after the last month. */
    public LocalDate toDay() {
        return first.plusMonths(count).atDay(1);
    }

    /** The start of the first month, in the shop's zone. */
    public Instant from() {
        return start(0);
    }

    /** The start of the month after the last, in the shop's zone (exclusive). */
    public Instant to() {
        return start(count);
    }

    /** The start of the month {@code index} months after the first (in the shop's zone). */
    public Instant start(int index) {
        return first.plusMonths(index).atDay(1).atStartOfDay(zone).toInstant();
    }

    /**
     * {@code CASE WHEN column < :mb1 THEN 0 WHEN column < :mb2 THEN 1 ... ELSE count-1 END}: the month index of a row
     * already filtered to {@code [from, to)}. Bind {@link #instantBounds()} (timestamp columns) or
     * {@link #dayBounds()} (date columns) with it.
     */
    public String bucket(String column) {
        if (!column.matches("[A-Za-z_][A-Za-z0-9_.]*")) throw new IllegalArgumentException(column);
        if (count == 1) return "0";
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 1; i < count; i++) {
            sql.append(" WHEN ").append(column).append(" < :mb").append(i).append(" THEN ").append(i - 1);
        }
        return sql.append(" ELSE ").append(count - 1).append(" END").toString();
    }

    /** The inner boundaries of {@link #bucket(String)} as instants, for a timestamp column. */
    public Map<String, Object> instantBounds() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 1; i < count; i++) out.put("mb" + i, start(i));
        return out;
    }

    /** The inner boundaries of {@link #bucket(String)} as days, for a date column. */
    public Map<String, Object> dayBounds() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 1; i < count; i++) out.put("mb" + i, first.plusMonths(i).atDay(1));
        return out;
    }
}
