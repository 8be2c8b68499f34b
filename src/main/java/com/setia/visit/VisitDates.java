package com.setia.visit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Reads a visit's day from an import: ISO (2026-03-01, also with a time after it, as tills export) or
 * day/month/year with '/', '-' or '.' (1/3/2026). Strict: 31/2/2026 is not a day.
 */
final class VisitDates {
    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT));

    private VisitDates() {
    }

    /** The day, or null when the text is not one. */
    static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String s = text.strip();
        if (s.length() > 10 && s.matches("\\d{4}-\\d{2}-\\d{2}[T ].*")) s = s.substring(0, 10);
        for (DateTimeFormatter f : FORMATS) {
            try {
                return LocalDate.parse(s, f);
            } catch (DateTimeParseException e) {
                // next format
            }
        }
        return null;
    }
}
