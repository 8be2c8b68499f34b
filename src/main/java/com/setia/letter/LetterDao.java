package com.setia.letter;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.GetGeneratedKeys;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** The stored letters. Calls run inside the transactions that {@link LetterService} opens. */
@RegisterConstructorMapper(StoredLetter.class)
public interface LetterDao {
    String COLUMNS = "l.id, l.customer_id, l.case_id, l.language, l.paper_size, l.letter_date, l.recipient, l.subject, "
            + "l.body, l.created_at, l.updated_at, l.printed_at, l.pdf_path, s.sent_at";
    String FROM = " FROM letter l LEFT JOIN letter_sent_pdf s ON s.letter_id = l.id";

    @SqlUpdate("INSERT INTO letter (customer_id, case_id, language, paper_size, letter_date, recipient, subject, body, "
            + "created_at, updated_at) VALUES (:customerId, :caseId, :c.language, :paper, :c.date, :c.recipient, "
            + ":c.subject, :c.body, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("customerId") long customerId, @Bind("caseId") Long caseId, @BindMethods("c") LetterContent content,
            @Bind("paper") PaperSize paper, @Bind("now") Instant now);

    @SqlUpdate("UPDATE letter SET language = :c.language, paper_size = :paper, letter_date = :c.date, "
            + "recipient = :c.recipient, subject = :c.subject, body = :c.body, updated_at = :now WHERE id = :id "
            + "AND NOT EXISTS (SELECT 1 FROM letter_sent_pdf WHERE letter_id = :id)")
    int update(@Bind("id") long id, @BindMethods("c") LetterContent content, @Bind("paper") PaperSize paper,
            @Bind("now") Instant now);

    /** Keeps the PDF as it first went out; a letter already sent keeps its first PDF (0 rows). */
    @SqlUpdate("INSERT INTO letter_sent_pdf (letter_id, pdf, page_count, sent_at) SELECT :id, :pdf, :pages, :at "
            + "WHERE NOT EXISTS (SELECT 1 FROM letter_sent_pdf WHERE letter_id = :id)")
    int keepSentPdf(@Bind("id") long id, @Bind("pdf") byte[] pdf, @Bind("pages") int pages, @Bind("at") Instant at);

    @SqlQuery("SELECT pdf FROM letter_sent_pdf WHERE letter_id = :id")
    Optional<byte[]> sentPdf(@Bind("id") long id);

    @SqlQuery("SELECT page_count FROM letter_sent_pdf WHERE letter_id = :id")
    Optional<Integer> sentPageCount(@Bind("id") long id);

    @SqlUpdate("UPDATE letter SET printed_at = :at WHERE id = :id")
    int setPrintedAt(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE letter SET pdf_path = :path WHERE id = :id")
    int setPdfPath(@Bind("id") long id, @Bind("path") String path);

    @SqlQuery("SELECT " + COLUMNS + FROM + " WHERE l.id = :id")
    Optional<StoredLetter> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + FROM + " WHERE l.customer_id = :customerId ORDER BY l.created_at DESC, l.id DESC")
    List<StoredLetter> forCustomer(@Bind("customerId") long customerId);

    @SqlQuery("SELECT " + COLUMNS + FROM + " WHERE l.case_id = :caseId ORDER BY l.created_at DESC, l.id DESC")
    List<StoredLetter> forCase(@Bind("caseId") long caseId);

    @SqlQuery("SELECT COUNT(*) FROM letter")
    long count();
}
