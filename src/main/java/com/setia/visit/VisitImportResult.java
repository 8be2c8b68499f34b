package com.setia.visit;

/** What an import stored: how many visits, for how many customers, and how many rows were left out. */
public record VisitImportResult(long importId, int imported, int customers, int leftOut) {
}
