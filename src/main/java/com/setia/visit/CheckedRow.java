package com.setia.visit;

import java.util.List;

/** A row of an import after checking: the visit it becomes, or the problems that keep it out. */
public record CheckedRow(VisitRow row, VisitDraft draft, String customerName, List<RowProblem> problems) {
    public boolean ok() {
        return problems.isEmpty();
    }
}
