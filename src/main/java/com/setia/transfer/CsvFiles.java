package com.setia.transfer;

import com.setia.common.Message;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the CSV files people really have: saved by Excel (semicolon-separated where the decimal mark is a comma,
 * Windows-1252 or UTF-8 with a byte-order mark), exported by Google Contacts or Outlook (comma, UTF-8), typed by hand.
 * The character set and the separator are detected; commons-csv does the parsing (quotes, line breaks in cells).
 */
public final class CsvFiles {
    /** Larger files are refused with a message: 20 MB holds far more than 100,000 customers. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;
    /** Longer cells are cut to this for the preview and the report; the row checker refuses what is too long. */
    public static final int MAX_CELL = 10_000;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvFiles() {
    }

    public static CsvTable read(Path file) {
        return parse(bytes(file));
    }

    /** The file's bytes, refusing a missing, empty or too large file with a message for the owner. */
    public static byte[] bytes(Path file) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new TransferException(Message.of("transfer.error.empty", file.getFileName().toString()));
            }
            if (size > MAX_BYTES) {
                throw new TransferException(Message.of("transfer.error.tooLarge", file.getFileName().toString(),
                        MAX_BYTES / (1024 * 1024)));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new TransferException(Message.of("transfer.error.missing", String.valueOf(file)), e);
        } catch (IOException e) {
            throw new TransferException(Message.of("transfer.error.unreadable", String.valueOf(file)), e);
        }
    }

    public static CsvTable parse(byte[] bytes) {
        Charset charset = charsetOf(bytes);
        String text = decode(bytes, charset);
        if (looksBinary(text)) {
            throw new TransferException(Message.of("transfer.error.notCsv"));
        }
        char separator = separatorOf(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreEmptyLines(true)
                .setTrim(false).get();
        List<String> headers = null;
        List<CsvTable.Row> rows = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                for (String cell : record) {
                    cells.add(cell.length() > MAX_CELL ? cell.substring(0, MAX_CELL) : cell);
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells.stream().map(String::strip).toList();
                } else {
                    rows.add(new CsvTable.Row(record.getRecordNumber(), cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // commons-csv: an unclosed quote, an invalid character between quotes
            throw new TransferException(Message.of("transfer.error.badCsv"), e); // the parser's words go to the log
        }
        if (headers == null) {
            throw new TransferException(Message.of("transfer.error.noRows"));
        }
        return new CsvTable(headers, rows, charset, separator);
    }

    /** UTF-8 (with or without its byte-order mark) when the bytes are valid UTF-8, UTF-16 by its mark, else Windows-1252. */
    public static Charset charsetOf(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) return StandardCharsets.UTF_16LE;
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) return StandardCharsets.UTF_16BE;
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b));
            return StandardCharsets.UTF_8;
        } catch (CharacterCodingException e) {
            return WINDOWS_1252;
        }
    }

    static String decode(byte[] bytes, Charset charset) {
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** A file with NULs or many control characters is not text (a picture, a spreadsheet saved as .xlsx). */
    static boolean looksBinary(String text) {
        int sample = Math.min(text.length(), 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (c == 0) return true;
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t') control++;
        }
        return control > sample / 100 + 2;
    }

    /** The separator found most often outside quotes in the first lines: comma, semicolon or tab. */
    static char separatorOf(String text) {
        int comma = 0, semicolon = 0, tab = 0, lines = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && lines < 20; i++) {
            char c = text.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted) {
                if (c == ',') comma++;
                else if (c == ';') semicolon++;
                else if (c == '\t') tab++;
                else if (c == '\n') lines++;
            }
        }
        if (semicolon > comma && semicolon >= tab) return ';';
        if (tab > comma && tab > semicolon) return '\t';
        return ',';
    }
}
