package com.setia.transfer;

import com.setia.common.Message;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The report of rows an import left out: a CSV file (UTF-8 with a byte-order mark, so Excel reads it right) with
 * the row number, why it was left out (in the owner's language), then the row's own cells under the file's own
 * headers, so the owner can fix the rows and import the report again.
 */
public final class RejectedRowsReport {
    private RejectedRowsReport() {
    }

    public static void write(Path file, List<String> rowHeader, List<String> headers, List<? extends PreviewRow<?>> rows,
            Function<Message, String> words) {
        Path tmp = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            out.write('\uFEFF');
            List<String> header = new ArrayList<>(rowHeader);
            header.addAll(headers);
            csv.printRecord(header);
            for (PreviewRow<?> row : rows) {
                List<String> cells = new ArrayList<>();
                cells.add(Long.toString(row.line()));
                cells.add(String.join("; ", row.problems().stream().map(words).toList()));
                cells.addAll(row.raw());
                csv.printRecord(cells);
            }
        } catch (IOException e) {
            quietlyDelete(tmp);
            throw new TransferException(Message.of("transfer.error.cannotWrite", String.valueOf(file)), e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            quietlyDelete(tmp);
            throw new TransferException(Message.of("transfer.error.cannotWrite", String.valueOf(file)), e);
        }
    }

    private static void quietlyDelete(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
            // the report is what failed; the partial copy is only litter
        }
    }
}
