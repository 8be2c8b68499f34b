package com.setia.visit;

import java.util.List;

/**
 * One row of a visits file as read, before any checking: its line number, the four texts, and the row's own cells
 * (for the report of rows left out, so the owner can fix them and import the report again).
 */
public record VisitRow(int line, String date, String customer, String amount, String note, List<String> raw) {
    public VisitRow {
        raw = raw == null ? List.of() : List.copyOf(raw.stream().map(c -> c == null ? "" : c).toList());
    }

    /** A row with no cells of its own (made in code: the cells are the four texts). */
    public VisitRow(int line, String date, String customer, String amount, String note) {
        this(line, date, customer, amount, note, java.util.Arrays.asList(date, customer, amount, note));
    }
}
