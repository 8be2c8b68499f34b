package com.setia.visit;

import com.setia.common.Problem;
import com.setia.common.Refusal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;

import com.setia.customer.CustomerKey;
import com.setia.i18n.Language;
import com.setia.store.BulkWrite;

/**
 * Checking and storing a visits import: date, customer (phone, else name), amount, note. Customers are matched by
 * their phone number's digits (country code or leading 0 alike), else by their exact name. All valid rows go in
 * one transaction; a cancel or a failure leaves nothing of the import behind.
 */
final class VisitImport {
    private static final int BATCH = 2000;

    private VisitImport() {
    }

    static VisitImportCheck check(VisitService service, List<VisitRow> rows, Language language) {
        LocalDate today = service.today();
        Map<String, List<CustomerKey>> byPhone = new HashMap<>();
        Map<String, List<CustomerKey>> byName = new HashMap<>();
        for (CustomerKey k : service.customers().keys()) {
            String phone = PhoneKey.of(k.phone());
            if (phone != null) byPhone.computeIfAbsent(phone, x -> new ArrayList<>(1)).add(k);
            byName.computeIfAbsent(nameKey(k.name()), x -> new ArrayList<>(1)).add(k);
        }
        Map<String, Integer> seen = new HashMap<>();
        List<CheckedRow> out = new ArrayList<>(rows.size());
        for (VisitRow row : rows) {
            List<RowProblem> problems = new ArrayList<>();
            LocalDate day = VisitDates.parse(row.date());
            if (row.date() == null || row.date().isBlank()) problems.add(RowProblem.of("visit.import.dateMissing"));
            else if (day == null) problems.add(RowProblem.of("visit.import.dateUnreadable", row.date().strip()));
            else if (day.isAfter(today)) problems.add(RowProblem.of("visit.error.future"));

            CustomerKey customer = null;
            String who = row.customer() == null ? "" : row.customer().strip();
            if (who.isEmpty()) {
                problems.add(RowProblem.of("visit.import.customerMissing"));
            } else if (looksLikePhone(who)) {
                List<CustomerKey> found = byPhone.getOrDefault(PhoneKey.of(who), List.of());
                if (found.isEmpty()) problems.add(RowProblem.of("visit.import.unknownPhone", who));
                else if (found.size() > 1) problems.add(RowProblem.of("visit.import.ambiguousPhone", who, found.size()));
                else customer = found.get(0);
            } else {
                List<CustomerKey> found = byName.getOrDefault(nameKey(who), List.of());
                if (found.isEmpty()) problems.add(RowProblem.of("visit.import.unknownName", who));
                else if (found.size() > 1) problems.add(RowProblem.of("visit.import.ambiguousName", who, found.size()));
                else customer = found.get(0);
            }

            BigDecimal amount = null;
            try {
                amount = VisitAmounts.parse(row.amount(), language);
            } catch (Refusal e) {
                for (String key : e.messageKeys()) problems.add(RowProblem.of(importKey(key), row.amount().strip()));
            }
            String note = row.note() == null || row.note().isBlank() ? null : row.note().strip();
            if (note != null && note.length() > VisitService.NOTE_MAX) problems.add(RowProblem.of("visit.error.noteTooLong"));

            VisitDraft draft = null;
            if (problems.isEmpty()) {
                draft = new VisitDraft(customer.id(), day, amount, note);
                String key = customer.id() + "|" + day + "|" + (amount == null ? "" : amount.stripTrailingZeros().toPlainString())
                        + "|" + Objects.toString(note, "");
                Integer first = seen.putIfAbsent(key, row.line());
                if (first != null) {
                    problems.add(RowProblem.of("visit.import.duplicate", first));
                    draft = null;
                }
            }
            out.add(new CheckedRow(row, draft, customer == null ? null : customer.name(), List.copyOf(problems)));
        }
        return new VisitImportCheck(out);
    }

    static VisitImportResult commit(VisitService service, VisitImportCheck check, ImportProgress progress) {
        List<VisitDraft> drafts = check.valid().stream().map(CheckedRow::draft).toList();
        LinkedHashSet<Long> customerIds = new LinkedHashSet<>();
        drafts.forEach(d -> customerIds.add(d.customerId()));
        long total = (long) drafts.size() + customerIds.size();
        // one transaction, written as a bulk (the store keeps its pages in memory until the commit, then syncs)
        VisitImportResult result = BulkWrite.inTransaction(service.jdbi(), h -> {
            long importId = service.nextImportId(h);
            long done = 0;
            for (int from = 0; from < drafts.size(); from += BATCH) {
                if (progress.isCancelled()) throw new CancellationException("Import cancelled");
                List<VisitDraft> batch = drafts.subList(from, Math.min(drafts.size(), from + BATCH));
                service.insertImported(h, importId, batch);
                done += batch.size();
                progress.progress(done, total);
            }
            List<Long> ids = new ArrayList<>(customerIds);
            java.util.Collections.sort(ids); // neighbouring ids: each chunk's visit days are one range of the index
            for (int from = 0; from < ids.size(); from += BATCH) {
                if (progress.isCancelled()) throw new CancellationException("Import cancelled");
                List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + BATCH));
                service.resummarise(h, chunk);
                done += chunk.size();
                progress.progress(done, total);
            }
            return new VisitImportResult(importId, drafts.size(), customerIds.size(), check.refused().size());
        });
        service.forgetGaps();
        return result;
    }

    /** The import's wording of an amount refused (it names the amount and the row). */
    private static String importKey(String amountKey) {
        return switch (amountKey) {
            case "visit.error.amountDecimals" -> "visit.import.amountDecimals";
            case "visit.error.amountNegative" -> "visit.import.amountNegative";
            case "visit.error.amountTooLarge" -> "visit.import.amountTooLarge";
            default -> "visit.import.amountNotMoney";
        };
    }

    static boolean looksLikePhone(String text) {
        return text.matches("^\\+?[0-9 ()\\-.]*[0-9][0-9 ()\\-.]*$") && PhoneKey.of(text) != null;
    }

    static String nameKey(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
