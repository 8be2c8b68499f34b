package com.setia.transfer;

import com.setia.common.Message;

import com.setia.common.Progress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What an import would do, before anything is stored: every row of the file, checked, with its problems. Built in
 * three steps that every kind of import shares:
 * <ol>
 *   <li>{@link #check}: each source row through the importer's {@link RowChecker};</li>
 *   <li>{@link #flagRepeats}: a row whose key (a phone number, an e-mail) an earlier row of the file already has is
 *       a problem ("the same as row 4");</li>
 *   <li>{@link #flag}: a check against the store (a customer with that number exists), one row at a time.</li>
 * </ol>
 * Then {@link #accepted()} are imported in one transaction, and {@link #rejected()} go into the report of rows left
 * out ({@link RejectedRowsReport}).
 */
public final class ImportPreview<T> {
    private final List<String> headers;
    private final List<PreviewRow<T>> rows;

    private ImportPreview(List<String> headers, List<PreviewRow<T>> rows) {
        this.headers = List.copyOf(headers);
        this.rows = List.copyOf(rows);
    }

    public static <F extends Enum<F> & ImportField, T> ImportPreview<T> check(List<String> headers,
            List<SourceRow<F>> source, RowChecker<F, T> checker, Progress progress) {
        List<PreviewRow<T>> rows = new ArrayList<>(source.size());
        int i = 0;
        for (SourceRow<F> row : source) {
            if ((++i & 1023) == 0) {
                progress.checkCancelled();
                progress.update(i, source.size());
            }
            rows.add(checker.check(row));
        }
        return new ImportPreview<>(headers, rows);
    }

    /**
     * Marks every row that repeats an earlier row's key with {@code problemKey} (argument: the earlier row's line).
     * {@code keys} gives a row's keys (none, one or more); a key is compared as given, so normalise it first.
     */
    public ImportPreview<T> flagRepeats(Function<T, List<String>> keys, String problemKey) {
        Map<String, Long> seen = new HashMap<>();
        List<PreviewRow<T>> out = new ArrayList<>(rows.size());
        for (PreviewRow<T> row : rows) {
            PreviewRow<T> next = row;
            if (row.value() != null) {
                for (String key : keys.apply(row.value())) {
                    Long first = seen.putIfAbsent(key, row.line());
                    if (first != null) {
                        next = next.withProblem(Message.of(problemKey, first));
                        break;
                    }
                }
            }
            out.add(next);
        }
        return new ImportPreview<>(headers, out);
    }

    /** Adds the problem {@code check} finds for a row's value (null: none). Rows without a value are not checked. */
    public ImportPreview<T> flag(Function<T, Message> check) {
        List<PreviewRow<T>> out = new ArrayList<>(rows.size());
        for (PreviewRow<T> row : rows) {
            Message p = row.value() == null ? null : check.apply(row.value());
            out.add(p == null ? row : row.withProblem(p));
        }
        return new ImportPreview<>(headers, out);
    }

    /** The same rows with each value replaced by {@code change(value)} (to note what it matches in the store). */
    public ImportPreview<T> mapValues(Function<T, T> change) {
        List<PreviewRow<T>> out = new ArrayList<>(rows.size());
        for (PreviewRow<T> row : rows) {
            out.add(row.value() == null ? row
                    : new PreviewRow<>(row.line(), row.raw(), change.apply(row.value()), row.problems()));
        }
        return new ImportPreview<>(headers, out);
    }

    public List<String> headers() {
        return headers;
    }

    public List<PreviewRow<T>> rows() {
        return rows;
    }

    /** The values of the rows without problems: what the import stores. */
    public List<T> accepted() {
        return rows.stream().filter(PreviewRow::ok).map(PreviewRow::value).toList();
    }

    /** The rows left out, with their problems. */
    public List<PreviewRow<T>> rejected() {
        return rows.stream().filter(r -> !r.ok()).toList();
    }

    public int acceptedCount() {
        return (int) rows.stream().filter(PreviewRow::ok).count();
    }

    public int rejectedCount() {
        return rows.size() - acceptedCount();
    }
}
