package com.setia.visit;

import java.util.List;

/** The preview of an import: every row with its visit or its problems. Only the valid rows are imported. */
public record VisitImportCheck(List<CheckedRow> rows) {
    public List<CheckedRow> valid() {
        return rows.stream().filter(CheckedRow::ok).toList();
    }

    public List<CheckedRow> refused() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }
}
