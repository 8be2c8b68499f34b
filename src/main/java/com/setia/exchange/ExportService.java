package com.setia.exchange;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jdbi.v3.core.Jdbi;

import com.setia.common.Message;
import com.setia.common.Progress;
import com.setia.customer.Customer;
import com.setia.customer.CustomerService;
import com.setia.customer.PhoneNumbers;
import com.setia.incident.Incident;
import com.setia.incident.IncidentService;
import com.setia.letter.LetterService;
import com.setia.letter.StoredLetter;
import com.setia.reasons.LossReason;
import com.setia.reasons.ReasonService;
import com.setia.reasons.ReasonTick;
import com.setia.transfer.TransferException;
import com.setia.winback.CaseDetail;
import com.setia.winback.StepRecord;
import com.setia.winback.WinbackService;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;

/**
 * Takes the data out: every customer as CSV (with their incidents, cases and letters in files beside it) or as vCard
 * (for a phone or another program); one customer's whole record on request (the right of access and portability in
 * Malaysia's PDPA 2010 and Indonesia's UU PDP 27/2022); and erasing a customer on request, keeping the shop's counts
 * but not the person. Reads other features only through their services.
 */
public final class ExportService {
    private final Jdbi jdbi;
    private final CustomerService customers;
    private final IncidentService incidents;
    private final WinbackService winback;
    private final ReasonService reasons;
    private final LetterService letters;

    public ExportService(Jdbi jdbi, CustomerService customers, IncidentService incidents, WinbackService winback,
            ReasonService reasons, LetterService letters) {
        this.jdbi = jdbi;
        this.customers = customers;
        this.incidents = incidents;
        this.winback = winback;
        this.reasons = reasons;
        this.letters = letters;
    }

    /** What an export wrote: the files and how many customers. */
    public record ExportReport(List<Path> files, int customers) {
    }

    /** Exports every customer to {@code file}: .vcf as vCard 3.0, .csv as CSV (plus -incidents/-cases/-letters.csv). */
    public ExportReport exportAll(Path file, Progress progress) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        List<Customer> all = customers.all();
        if (name.endsWith(".vcf") || name.endsWith(".vcard")) {
            List<VCard> cards = new ArrayList<>(all.size());
            for (Customer c : all) {
                if (!c.name().startsWith("#")) cards.add(card(c)); // erased customers are nobody's contact
            }
            write(file, out -> Ezvcard.write(cards).version(VCardVersion.V3_0).go(out));
            return new ExportReport(List.of(file), cards.size());
        }
        if (!name.endsWith(".csv")) {
            throw new TransferException(Message.of("exchange.error.exportKind"));
        }
        List<Path> files = new ArrayList<>();
        write(file, out -> {
            try (CSVPrinter csv = csv(out, "id", "name", "salutation", "phone", "phone_local", "email", "address",
                    "preferred_language", "customer_since", "status", "notes", "archived", "created_at")) {
                for (Customer c : all) {
                    csv.printRecord(c.id(), c.name(), c.salutation() == null ? "" : c.salutation().code(), c.phone(), PhoneNumbers.display(c.phone()), c.email(),
                            c.address(), c.preferredLanguage(), c.customerSince(), c.status(), c.notes(), c.archived(),
                            c.createdAt());
                }
            }
        });
        files.add(file);
        Path incidentsFile = sibling(file, "incidents");
        Path casesFile = sibling(file, "cases");
        Path lettersFile = sibling(file, "letters");
        List<List<Object>> incidentRows = new ArrayList<>();
        List<List<Object>> caseRows = new ArrayList<>();
        List<List<Object>> letterRows = new ArrayList<>();
        int n = 0;
        for (Customer c : all) {
            if ((++n & 63) == 0) {
                progress.checkCancelled();
                progress.update(n, all.size());
            }
            for (Incident i : incidents.forCustomer(c.id())) {
                incidentRows.add(List.of(i.id(), c.id(), i.occurredAt(), i.channel(), i.severity(), i.customerSaid(),
                        nz(i.customerWants()), nz(i.cues())));
            }
            for (CaseDetail d : winback.casesOf(c.id())) {
                var k = d.winbackCase();
                caseRows.add(List.of(k.id(), c.id(), nz(k.incidentId()), k.startedAt(), nz(k.closedAt()), nz(k.outcome()),
                        nz(k.letGoReason()), nz(k.closingNote()), d.steps().size()));
            }
            for (StoredLetter l : letters.forCustomer(c.id())) {
                letterRows.add(List.of(l.id(), c.id(), nz(l.caseId()), l.language(), l.letterDate(), l.subject(), l.body()));
            }
        }
        writeRows(incidentsFile, List.of("id", "customer_id", "occurred_at", "channel", "severity", "customer_said",
                "customer_wants", "cues"), incidentRows);
        writeRows(casesFile, List.of("id", "customer_id", "incident_id", "started_at", "closed_at", "outcome",
                "let_go_reason", "closing_note", "steps"), caseRows);
        writeRows(lettersFile, List.of("id", "customer_id", "case_id", "language", "letter_date", "subject", "body"),
                letterRows);
        files.addAll(List.of(incidentsFile, casesFile, lettersFile));
        return new ExportReport(files, all.size());
    }

    /**
     * One customer's whole record, for the customer who asks for it: a text file anyone can read (details,
     * incidents, cases and their steps, loss reasons ticked, letters in full) and a vCard, in {@code folder}.
     */
    public List<Path> exportRecord(long customerId, Path folder) {
        Customer c = customers.find(customerId).orElseThrow(() -> new TransferException(Message.of("exchange.error.noCustomer")));
        String base = "setia-record-" + customerId;
        Path text = folder.resolve(base + ".txt");
        Path vcf = folder.resolve(base + ".vcf");
        StringBuilder sb = new StringBuilder();
        sb.append("Setia - customer record #").append(c.id()).append('\n').append("=".repeat(40)).append("\n\n");
        line(sb, "Name", c.name());
        line(sb, "Phone", PhoneNumbers.display(c.phone()));
        line(sb, "Phone (international)", c.phone());
        line(sb, "E-mail", c.email());
        line(sb, "Address", c.address());
        line(sb, "Preferred language", c.preferredLanguage());
        line(sb, "Customer since", c.customerSince());
        line(sb, "Status", c.status());
        line(sb, "Notes", c.notes());
        line(sb, "Recorded on", c.createdAt());
        sb.append("\nIncidents\n---------\n");
        for (Incident i : incidents.forCustomer(customerId)) {
            sb.append("* ").append(i.occurredAt()).append(" (").append(i.channel()).append(", ").append(i.severity())
                    .append("): ").append(i.customerSaid()).append('\n');
            if (i.customerWants() != null) sb.append("  Wanted: ").append(i.customerWants()).append('\n');
            if (i.cues() != null) sb.append("  Noticed: ").append(i.cues()).append('\n');
        }
        sb.append("\nWin-back cases\n--------------\n");
        for (CaseDetail d : winback.casesOf(customerId)) {
            var k = d.winbackCase();
            sb.append("* Case #").append(k.id()).append(" started ").append(k.startedAt());
            if (k.closedAt() != null) sb.append(", closed ").append(k.closedAt()).append(" (").append(k.outcome()).append(')');
            sb.append('\n');
            for (StepRecord s : d.steps()) {
                sb.append("  - ").append(s).append('\n');
            }
        }
        sb.append("\nLoss reasons ticked\n-------------------\n");
        for (Map.Entry<LossReason, ReasonTick> e : reasons.forCustomer(customerId).entrySet()) {
            sb.append("* ").append(e.getKey()).append(" on ").append(e.getValue().tickedOn());
            if (e.getValue().note() != null) sb.append(": ").append(e.getValue().note());
            sb.append('\n');
        }
        sb.append("\nLetters\n-------\n");
        for (StoredLetter l : letters.forCustomer(customerId)) {
            sb.append("* ").append(l.letterDate()).append(": ").append(l.subject()).append("\n\n").append(l.body())
                    .append("\n\n");
        }
        write(text, out -> out.write(sb.toString()));
        write(vcf, out -> Ezvcard.write(card(c)).version(VCardVersion.V3_0).go(out));
        return List.of(text, vcf);
    }

    /**
     * Erases a customer on request, in one transaction: the person (name, phone, e-mail, address, notes) and every
     * word written about them (incidents, case notes, reason notes, letters) go; the records themselves stay, so the
     * shop's counts (how many complaints, cases won back, reasons) stay true.
     */
    public void erase(long customerId) {
        jdbi.useTransaction(h -> {
            incidents.eraseCustomerText(customerId);
            winback.eraseCustomerText(customerId);
            reasons.eraseCustomerText(customerId);
            letters.eraseCustomerText(customerId);
            customers.erase(customerId);
        });
    }

    static VCard card(Customer c) {
        VCard v = new VCard();
        v.setFormattedName(c.name());
        if (c.phone() != null) v.addTelephoneNumber(c.phone(), TelephoneType.CELL);
        if (c.email() != null) v.addEmail(c.email());
        if (c.address() != null) {
            Address a = new Address();
            a.setLabel(c.address());
            a.setStreetAddress(c.address().replace('\n', ' '));
            v.addAddress(a);
        }
        if (c.notes() != null) v.addNote(c.notes());
        return v;
    }

    private static Object nz(Object o) {
        return o == null ? "" : o;
    }

    private static void line(StringBuilder sb, String label, Object value) {
        sb.append(label).append(": ").append(value == null ? "" : value).append('\n');
    }

    private static Path sibling(Path file, String what) {
        String n = file.getFileName().toString();
        String stem = n.substring(0, n.length() - 4);
        return file.resolveSibling(stem + "-" + what + ".csv");
    }

    private static CSVPrinter csv(Writer out, String... header) throws IOException {
        out.write('\uFEFF'); // Excel reads UTF-8 (Chinese, Tamil names) only with the mark
        return new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get());
    }

    private static void writeRows(Path file, List<String> header, List<List<Object>> rows) {
        write(file, out -> {
            try (CSVPrinter csv = csv(out, header.toArray(String[]::new))) {
                for (List<Object> r : rows) csv.printRecord(r);
            }
        });
    }

    private interface Body {
        void write(Writer out) throws IOException;
    }

    /** Written beside the target first and renamed when complete: a failed export leaves no half file. */
    private static void write(Path file, Body body) {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
                body.write(out);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the export is what failed
            }
            throw new TransferException(Message.of("transfer.error.cannotWrite", String.valueOf(file)), e);
        }
    }
}
