package com.setia.visit;

import com.setia.common.Refusal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.setia.transfer.ColumnMapping;
import com.setia.transfer.CsvFiles;
import com.setia.transfer.CsvTable;
import com.setia.transfer.SourceRow;

/**
 * Reads a visits spreadsheet saved as CSV through the import pipeline customers use ({@link CsvFiles}: UTF-8 with or
 * without BOM or Windows-1252, comma, semicolon or tab, the same messages for a missing, empty, too large or
 * unreadable file). Columns by their header ({@link VisitField}: date/tarikh/tanggal, customer/pelanggan/phone/
 * telefon/name/nama, amount/jumlah, note/nota/catatan), else in the order date, customer, amount, note.
 */
public final class VisitCsv {
    private VisitCsv() {
    }

    /** The rows of the file; a {@link Refusal} (the pipeline's {@code TransferException}) when it cannot be read. */
    public static List<VisitRow> read(Path file) {
        return readFile(file).rows();
    }

    /** The file's header (the columns, for the report of rows left out) and its rows. */
    public static VisitFile readFile(Path file) {
        CsvTable table = CsvFiles.parse(CsvFiles.bytes(file));
        List<VisitRow> rows = rows(table);
        boolean headerless = !rows.isEmpty() && rows.get(0).line() == 1;
        List<String> headers = headerless ? VisitFile.positional(table.headers().size()) : table.headers();
        return new VisitFile(file.getFileName().toString(), headers, rows);
    }

    /** A visits file as read: its name, its column headers and its rows. */
    public record VisitFile(String name, List<String> headers, List<VisitRow> rows) {
        public VisitFile {
            headers = List.copyOf(headers);
            rows = List.copyOf(rows);
        }

        /** Column names for a file without a header row: 1, 2, 3... */
        static List<String> positional(int columns) {
            List<String> out = new ArrayList<>(columns);
            for (int i = 1; i <= columns; i++) out.add(Integer.toString(i));
            return out;
        }
    }

    static List<VisitRow> parse(String text) {
        if (text.isBlank()) throw new Refusal("visit.import.empty");
        return rows(CsvFiles.parse(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The table's rows as visit rows: by the header's columns, or, with no header, the first row is data too. */
    static List<VisitRow> rows(CsvTable table) {
        ColumnMapping<VisitField> mapping = ColumnMapping.guess(VisitField.class, table.headers());
        boolean date = mapping.isMapped(VisitField.DATE);
        boolean customer = mapping.isMapped(VisitField.CUSTOMER);
        List<CsvTable.Row> data = new ArrayList<>(table.rows().size() + 1);
        if (!date && !customer) { // no header: the columns are in order and the first line is a visit
            data.add(new CsvTable.Row(1, table.headers()));
            mapping = ColumnMapping.guess(VisitField.class, table.headers());
            for (VisitField f : VisitField.values()) mapping = mapping.with(f, f.ordinal());
        } else if (!date || !customer) {
            throw new Refusal("visit.import.headerIncomplete");
        }
        data.addAll(table.rows());
        List<VisitRow> rows = new ArrayList<>(data.size());
        for (CsvTable.Row r : data) {
            SourceRow<VisitField> s = mapping.apply(r);
            rows.add(new VisitRow((int) r.line(), s.get(VisitField.DATE), s.get(VisitField.CUSTOMER),
                    s.get(VisitField.AMOUNT), s.get(VisitField.NOTE), r.cells()));
        }
        if (rows.isEmpty()) throw new Refusal("visit.import.empty");
        return rows;
    }
}
