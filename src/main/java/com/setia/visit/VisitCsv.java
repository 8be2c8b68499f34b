package com.setia.visit;

import com.setia.common.Refusal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a visits spreadsheet saved as CSV: comma or semicolon, UTF-8 (with or without BOM) or Windows-1252.
 * Columns by their header (date/tarikh/tanggal, customer/pelanggan/phone/telefon/name/nama, amount/jumlah,
 * note/nota/catatan), else in the order date, customer, amount, note.
 */
public final class VisitCsv {
    /** Files larger than this are refused before reading (a till's year is far smaller). */
    public static final long MAX_BYTES = 50L * 1024 * 1024;

    private VisitCsv() {
    }

    /** The rows of the file; a {@link Refusal} when it cannot be read as a visits CSV. */
    public static List<VisitRow> read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) throw new Refusal("visit.import.fileTooLarge");
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new Refusal("visit.import.fileUnreadable");
        }
        return parse(decode(bytes));
    }

    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }

    static List<VisitRow> parse(String text) {
        if (text.isBlank()) throw new Refusal("visit.import.empty");
        String first = text.lines().findFirst().orElse("");
        char delimiter = count(first, ';') > count(first, ',') ? ';' : ',';
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<VisitRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            int[] columns = {0, 1, 2, 3};
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    int[] named = headerColumns(record);
                    if (named != null) {
                        columns = named;
                        continue;
                    }
                }
                if (record.size() == 1 && record.get(0).isBlank()) continue;
                rows.add(new VisitRow((int) record.getRecordNumber(), cell(record, columns[0]), cell(record, columns[1]),
                        cell(record, columns[2]), cell(record, columns[3])));
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new Refusal("visit.import.notCsv");
        }
        if (rows.isEmpty()) throw new Refusal("visit.import.empty");
        return rows;
    }

    private static String cell(CSVRecord record, int column) {
        return column >= 0 && column < record.size() ? record.get(column) : null;
    }

    /** The columns named in a header row (date, customer, amount, note; -1 when absent), or null if no header. */
    private static int[] headerColumns(CSVRecord record) {
        int[] columns = {-1, -1, -1, -1};
        for (int i = 0; i < record.size(); i++) {
            String h = record.get(i).strip().toLowerCase(Locale.ROOT);
            int which = switch (h) {
                case "date", "day", "tarikh", "tanggal", "tgl" -> 0;
                case "customer", "pelanggan", "phone", "telefon", "telepon", "no. telefon", "no. telepon", "hp", "name",
                        "nama" -> 1;
                case "amount", "total", "jumlah", "amaun", "nilai" -> 2;
                case "note", "notes", "nota", "catatan", "keterangan" -> 3;
                default -> -1;
            };
            if (which >= 0 && columns[which] < 0) columns[which] = i;
        }
        if (columns[0] < 0 && columns[1] < 0) return null;
        if (columns[0] < 0 || columns[1] < 0) throw new Refusal("visit.import.headerIncomplete");
        return columns;
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) n++;
        return n;
    }
}
