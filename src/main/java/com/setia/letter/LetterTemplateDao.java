package com.setia.letter;

import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.setia.i18n.Language;

/** The owner's edited templates, one row per language. */
public interface LetterTemplateDao {
    @SqlQuery("SELECT language, subject, body, TRUE AS custom FROM letter_template WHERE language = :language")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(LetterTemplate.class)
    Optional<LetterTemplate> find(@Bind("language") Language language);

    /** Standard MERGE (H2 and PostgreSQL 15+ both run it; H2's own MERGE ... KEY does not run on PostgreSQL). */
    @SqlUpdate("MERGE INTO letter_template t USING (SELECT 1 AS one) s ON t.language = :language "
            + "WHEN MATCHED THEN UPDATE SET subject = :subject, body = :body, updated_at = :now "
            + "WHEN NOT MATCHED THEN INSERT (language, subject, body, updated_at) VALUES (:language, :subject, :body, :now)")
    void save(@Bind("language") Language language, @Bind("subject") String subject, @Bind("body") String body,
            @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM letter_template WHERE language = :language")
    int delete(@Bind("language") Language language);
}
