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
    String COLUMNS = "id, customer_id, case_id, language, paper_size, letter_date, recipient, subject, body, "
            + "created_at, updated_at, printed_at, pdf_path";

    @SqlUpdate("INSERT INTO letter (customer_id, case_id, language, paper_size, letter_date, recipient, subject, body, "
            + "created_at, updated_at) VALUES (:customerId, :caseId, :c.language, :paper, :c.date, :c.recipient, "
            + ":c.subject, :c.body, :now, :now)")
    @GetGeneratedKeys("id")
    long insert(@Bind("customerId") long customerId, @Bind("caseId") Long caseId, @BindMethods("c") LetterContent content,
            @Bind("paper") PaperSize paper, @Bind("now") Instant now);

    @SqlUpdate("UPDATE letter SET language = :c.language, paper_size = :paper, letter_date = :c.date, "
            + "recipient = :c.recipient, subject = :c.subject, body = :c.body, updated_at = :now WHERE id = :id")
    int update(@Bind("id") long id, @BindMethods("c") LetterContent content, @Bind("paper") PaperSize paper,
            @Bind("now") Instant now);

    @SqlUpdate("UPDATE letter SET printed_at = :at WHERE id = :id")
    int setPrintedAt(@Bind("id") long id, @Bind("at") Instant at);

    @SqlUpdate("UPDATE letter SET pdf_path = :path WHERE id = :id")
    int setPdfPath(@Bind("id") long id, @Bind("path") String path);

    @SqlQuery("SELECT " + COLUMNS + " FROM letter WHERE id = :id")
    Optional<StoredLetter> find(@Bind("id") long id);

    @SqlQuery("SELECT " + COLUMNS + " FROM letter WHERE customer_id = :customerId ORDER BY created_at DESC, id DESC")
    List<StoredLetter> forCustomer(@Bind("customerId") long customerId);

    @SqlQuery("SELECT " + COLUMNS + " FROM letter WHERE case_id = :caseId ORDER BY created_at DESC, id DESC")
    List<StoredLetter> forCase(@Bind("caseId") long caseId);

    @SqlQuery("SELECT COUNT(*) FROM letter")
    long count();
}
