package com.setia.transfer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a CSV file fills which field. Guessed from the header, changed by the owner in the mapping step,
 * and remembered by header names (not positions), so the next file from the same program maps itself.
 */
public final class ColumnMapping<F extends Enum<F> & ImportField> {
    private final Class<F> type;
    private final List<String> headers;
    private final Map<F, Integer> columns;

    private ColumnMapping(Class<F> type, List<String> headers, Map<F, Integer> columns) {
        this.type = type;
        this.headers = List.copyOf(headers);
        this.columns = columns.isEmpty() ? new EnumMap<>(type) : new EnumMap<>(columns);
    }

    /** Each field takes the first column whose header is one of its names (case and spacing ignored). */
    public static <F extends Enum<F> & ImportField> ColumnMapping<F> guess(Class<F> type, List<String> headers) {
        Map<F, Integer> columns = new EnumMap<>(type);
        for (F field : type.getEnumConstants()) {
            for (int i = 0; i < headers.size(); i++) {
                if (columns.containsValue(i)) continue;
                if (field.headerNames().contains(normal(headers.get(i)))) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        return new ColumnMapping<>(type, headers, columns);
    }

    /**
     * A remembered mapping ({@link #remembered()}) applied to these headers; fields whose header is not in this file
     * are guessed as usual.
     */
    public static <F extends Enum<F> & ImportField> ColumnMapping<F> recall(Class<F> type, List<String> headers,
            Map<String, String> remembered) {
        ColumnMapping<F> mapping = guess(type, headers);
        Map<String, Integer> byHeader = new HashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            byHeader.putIfAbsent(normal(headers.get(i)), i);
        }
        for (F field : type.getEnumConstants()) {
            String header = remembered.get(field.name());
            if (header == null) continue;
            if (header.isEmpty()) {
                mapping.columns.remove(field);
            } else if (byHeader.containsKey(normal(header))) {
                mapping = mapping.with(field, byHeader.get(normal(header)));
            }
        }
        return mapping;
    }

    /** The same mapping with {@code field} read from {@code column} (-1: not imported); a column fills one field. */
    public ColumnMapping<F> with(F field, int column) {
        Map<F, Integer> next = new EnumMap<>(type);
        next.putAll(columns);
        next.remove(field);
        if (column >= 0) {
            next.values().removeIf(c -> c == column);
            next.put(field, column);
        }
        return new ColumnMapping<>(type, headers, next);
    }

    public Optional<Integer> column(F field) {
        return Optional.ofNullable(columns.get(field));
    }

    public boolean isMapped(F field) {
        return columns.containsKey(field);
    }

    public List<String> headers() {
        return headers;
    }

    public Class<F> type() {
        return type;
    }

    /** Field id to header name, for every field (empty: deliberately not imported): what is remembered. */
    public Map<String, String> remembered() {
        Map<String, String> out = new HashMap<>();
        for (F field : type.getEnumConstants()) {
            Integer c = columns.get(field);
            out.put(field.name(), c == null ? "" : headers.get(c));
        }
        return Collections.unmodifiableMap(out);
    }

    /** A CSV row as a source row of this mapping's fields. */
    public SourceRow<F> apply(CsvTable.Row row) {
        Map<F, String> values = new EnumMap<>(type);
        columns.forEach((field, column) -> {
            String cell = row.cell(column);
            if (cell != null) values.put(field, cell);
        });
        return new SourceRow<>(row.line(), row.cells(), values);
    }

    public List<SourceRow<F>> apply(CsvTable table) {
        List<SourceRow<F>> out = new ArrayList<>(table.rows().size());
        for (CsvTable.Row row : table.rows()) {
            out.add(apply(row));
        }
        return out;
    }

    /** Header text as compared: lower case, inner blanks single, no quotes or BOM. */
    public static String normal(String header) {
        return header == null ? "" : header.replace("\uFEFF", "").replace("\"", "").strip()
                .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColumnMapping<?> m && m.type == type && m.headers.equals(headers) && m.columns.equals(columns);
    }

    @Override
    public int hashCode() {
        return columns.hashCode();
    }

    @Override
    public String toString() {
        return "ColumnMapping" + remembered();
    }
}
