package com.setia.transfer;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A CSV file as read: its header row, the rows after it (each with its row number), and what was detected
 * about it (the character set and the separator), so the preview can say how the file was understood.
 */
public record CsvTable(List<String> headers, List<Row> rows, Charset charset, char separator) {
    public CsvTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    /** One data row: its row number as a spreadsheet shows it (1 = the header) and its cells. */
    public record Row(long line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell in {@code column}, or null when the row is shorter. */
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : null;
        }
    }
}
