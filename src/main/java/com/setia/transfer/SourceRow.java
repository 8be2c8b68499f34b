package com.setia.transfer;

import java.util.List;
import java.util.Map;

/**
 * One record of an import file, before it is checked: where it was ({@code line}: the line in a CSV file, the
 * card's number in a vCard file), the raw cells as they were (for the report of rows left out) and the value of
 * each mapped field (absent or blank when the file has none).
 */
public record SourceRow<F extends Enum<F> & ImportField>(long line, List<String> raw, Map<F, String> values) {
    public SourceRow {
        raw = List.copyOf(raw);
        values = Map.copyOf(values);
    }

    /** The field's text, stripped; null when empty or not mapped. */
    public String get(F field) {
        String v = values.get(field);
        if (v == null) return null;
        String t = v.strip();
        return t.isEmpty() ? null : t;
    }
}
