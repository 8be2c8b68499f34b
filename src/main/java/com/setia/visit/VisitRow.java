package com.setia.visit;

/** One row of a visits file as read, before any checking: its line number and the four texts. */
public record VisitRow(int line, String date, String customer, String amount, String note) {
}
