package com.setia.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jdbi.v3.core.Jdbi;

import com.setia.common.Progress;
import com.setia.customer.ContactKey;
import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerService;
import com.setia.customer.CustomerStatus;
import com.setia.customer.PhoneNumbers;
import com.setia.customer.Salutation;
import com.setia.i18n.Language;
import com.setia.transfer.ColumnMapping;
import com.setia.transfer.CsvFiles;
import com.setia.transfer.ImportMappingService;
import com.setia.transfer.ImportPreview;
import com.setia.transfer.PreviewRow;
import com.setia.common.Message;
import com.setia.transfer.RejectedRowsReport;
import com.setia.transfer.SourceRow;

/**
 * Brings customers in from the owner's phone (vCard) or a spreadsheet (CSV), through the shared import pipeline
 * ({@code transfer}): read, map, check (a name, a real phone number or e-mail, lengths), find repeats in the file and
 * customers already in the book (same number or e-mail: completed, never doubled), then store the new customers in
 * one transaction, remembered as a batch that "undo this import" removes again.
 */
public final class CustomerImportService {
    public static final String MAPPING_KIND = "customers";

    private final Jdbi jdbi;
    private final CustomerService customers;
    private final ImportMappingService mappings;
    private final Clock clock;
    private final Supplier<String> region;
    private final Runnable safetyBackup;

    /**
     * {@code region}: the shop's country (phone numbers without a country code); {@code safetyBackup}: run before
     * every import and undo, so the book as it was can always be restored.
     */
    public CustomerImportService(Jdbi jdbi, CustomerService customers, ImportMappingService mappings, Clock clock,
            Supplier<String> region, Runnable safetyBackup) {
        this.jdbi = jdbi;
        this.customers = customers;
        this.mappings = mappings;
        this.clock = clock;
        this.region = region;
        this.safetyBackup = safetyBackup;
    }

    /** The country phone numbers without +60/+62 are read for ("MY" or "ID"): the shop's, else the default. */
    public String country() {
        return region.get();
    }

    /** Reads a .vcf or .csv file (by its content when the extension says neither). */
    public ContactFile open(Path file) {
        byte[] bytes = CsvFiles.bytes(file);
        String name = file.getFileName().toString();
        if (isVCard(name, bytes)) {
            return new ContactFile(name, ContactFile.Kind.VCARD, null, VCardContacts.parse(bytes));
        }
        return new ContactFile(name, ContactFile.Kind.CSV, CsvFiles.parse(bytes), List.of());
    }

    private static boolean isVCard(String name, byte[] bytes) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".vcf") || lower.endsWith(".vcard")) return true;
        String head = new String(bytes, 0, Math.min(bytes.length, 64), java.nio.charset.StandardCharsets.ISO_8859_1)
                .replace("\u00EF\u00BB\u00BF", "").stripLeading();
        return head.regionMatches(true, 0, "BEGIN:VCARD", 0, 11);
    }

    /** The mapping for a CSV file: the one the owner chose for these headers before, else guessed from them. */
    public ColumnMapping<ContactField> mappingFor(ContactFile file) {
        List<String> headers = file.kind() == ContactFile.Kind.CSV ? file.table().headers() : List.of();
        return mappings.mappingFor(MAPPING_KIND, ContactField.class, headers);
    }

    /** Every row checked: problems per row, repeats within the file, matches with customers already stored. */
    public ImportPreview<Contact> preview(ContactFile file, ColumnMapping<ContactField> mapping, Progress progress) {
        List<SourceRow<ContactField>> rows = file.kind() == ContactFile.Kind.CSV ? mapping.apply(file.table()) : file.cards();
        String country = region.get();
        Language language = PhoneNumbers.INDONESIA.equals(country) ? Language.ID : Language.MS;
        ImportPreview<Contact> preview = ImportPreview.check(file.headers(), rows, row -> check(row, country, language), progress)
                .flagRepeats(c -> Stream.of(c.phoneKey(), c.emailKey()).filter(k -> k != null).toList(),
                        "exchange.problem.repeat");
        Map<String, ContactKey> known = new HashMap<>();
        for (ContactKey k : customers.contactKeys()) {
            if (k.phone() != null) known.putIfAbsent(k.phone(), k);
            if (k.email() != null) known.putIfAbsent(k.email().toLowerCase(Locale.ROOT), k);
        }
        return preview.mapValues(c -> {
            ContactKey same = c.phoneKey() != null ? known.get(c.phoneKey()) : null;
            if (same == null && c.emailKey() != null) same = known.get(c.emailKey());
            return same == null ? c : c.matching(same.id(), same.name());
        });
    }

    PreviewRow<Contact> check(SourceRow<ContactField> row, String country, Language language) {
        String name = row.get(ContactField.NAME);
        if (name == null) {
            name = Stream.of(row.get(ContactField.GIVEN_NAME), row.get(ContactField.FAMILY_NAME))
                    .filter(s -> s != null).collect(Collectors.joining(" "));
            if (name.isEmpty()) name = null;
        }
        String phone = first(row.get(ContactField.PHONE));
        if (phone == null) phone = first(row.get(ContactField.PHONE_2));
        if (phone == null) phone = first(row.get(ContactField.WORK_PHONE));
        String email = first(row.get(ContactField.EMAIL));
        CustomerDraft draft = new CustomerDraft(name, Salutation.NONE, phone, email, row.get(ContactField.ADDRESS),
                language, null, row.get(ContactField.NOTES), CustomerStatus.ACTIVE);
        List<Message> problems = new ArrayList<>();
        for (com.setia.common.Problem p : customers.check(draft)) {
            problems.add(p.message());
        }
        String phoneKey = phone == null ? null : PhoneNumbers.international(phone, country).orElse(null);
        String emailKey = email == null ? null : email.toLowerCase(Locale.ROOT);
        return new PreviewRow<>(row.line(), row.raw(), new Contact(draft, phoneKey, emailKey, null, null), problems);
    }

    /** Google writes several numbers in one cell: "+60 12-345 6789 ::: 03-2161 2345". */
    private static String first(String value) {
        if (value == null) return null;
        int sep = value.indexOf(":::");
        String v = (sep >= 0 ? value.substring(0, sep) : value).strip();
        return v.isEmpty() ? null : v;
    }

    /**
     * Imports the preview's good rows in one transaction, after a safety backup: new customers are added; a row
     * matching a customer already stored completes that customer's empty details when {@code merge}, else it is
     * left out. The rows left out are written to {@code report} (when not null) with {@code words} translating
     * their problems. A cancel ({@link com.setia.common.CancelledException}) or any failure stores nothing.
     */
    public ImportReport commit(ContactFile file, ColumnMapping<ContactField> mapping, ImportPreview<Contact> preview,
            boolean merge, Path report, Function<Message, String> words, Progress progress) {
        List<PreviewRow<Contact>> leftOut = new ArrayList<>(preview.rejected());
        List<CustomerDraft> fresh = new ArrayList<>();
        List<Contact> matches = new ArrayList<>();
        for (PreviewRow<Contact> row : preview.rows()) {
            if (!row.ok()) continue;
            if (!row.value().matchesExisting()) {
                fresh.add(row.value().draft());
            } else if (merge) {
                matches.add(row.value());
            } else {
                leftOut.add(row.withProblem(Message.of("exchange.problem.exists", row.value().existingName())));
            }
        }
        leftOut.sort(java.util.Comparator.comparingLong(PreviewRow::line));
        safetyBackup.run();
        ImportReport done = jdbi.inTransaction(h -> {
            List<Long> ids = customers.createAll(fresh, progress);
            for (Contact c : matches) {
                progress.checkCancelled();
                customers.fillEmpty(c.existingId(), c.draft());
            }
            ImportBatchDao dao = h.attach(ImportBatchDao.class);
            long batch = dao.insert(file.fileName(), ids.size(), matches.size(), leftOut.size(), clock.instant());
            dao.addCustomers(batch, ids);
            progress.checkCancelled();
            return new ImportReport(batch, ids.size(), matches.size(), leftOut.size(), null);
        });
        if (file.kind() == ContactFile.Kind.CSV) {
            mappings.remember(MAPPING_KIND, mapping);
        }
        if (report != null && !leftOut.isEmpty()) {
            RejectedRowsReport.write(report, List.of(words.apply(Message.of("exchange.report.row")),
                    words.apply(Message.of("exchange.report.problem"))), file.headers(), leftOut, words);
            return new ImportReport(done.batchId(), done.imported(), done.merged(), done.leftOut(), report);
        }
        return done;
    }

    /** Open, map (as remembered or guessed), check and import in one go, as the command line does (merging). */
    public ImportReport importFile(Path path, Path report, Function<Message, String> words, Progress progress) {
        ContactFile file = open(path);
        ColumnMapping<ContactField> mapping = mappingFor(file);
        return commit(file, mapping, preview(file, mapping, progress), true, report, words, progress);
    }

    /** The most recent import, if any: what "undo this import" offers. */
    public java.util.Optional<ImportBatch> latest() {
        return jdbi.withExtension(ImportBatchDao.class, ImportBatchDao::latest);
    }

    /**
     * Removes the customers an import added, in one transaction, after a safety backup. A customer the shop has
     * used since (an incident, a case, a letter) is kept; details merged into existing customers stay.
     * Returns {removed, kept}.
     */
    public int[] undo(long batchId) {
        safetyBackup.run();
        return jdbi.inTransaction(h -> {
            ImportBatchDao dao = h.attach(ImportBatchDao.class);
            ImportBatch batch = dao.find(batchId).orElseThrow(() -> new NoSuchElementException("No import " + batchId));
            if (batch.undone()) {
                return new int[] {0, 0};
            }
            List<Long> ids = dao.customersOf(batchId);
            List<Long> removed = customers.deleteUnused(ids);
            for (long id : removed) {
                dao.removeCustomer(batchId, id);
            }
            dao.markUndone(batchId, clock.instant());
            return new int[] {removed.size(), ids.size() - removed.size()};
        });
    }
}
