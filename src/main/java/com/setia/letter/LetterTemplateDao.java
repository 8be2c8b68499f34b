package com.setia.letter;

import java.time.Instant;
import java.util.Optional;

import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

import com.setia.i18n.Language;

/** The owner's edited templates, one row per kind and language. */
public interface LetterTemplateDao {
    @SqlQuery("SELECT kind, language, subject, body, TRUE AS custom FROM letter_template "
            + "WHERE kind = :kind AND language = :language")
    @org.jdbi.v3.sqlobject.config.RegisterConstructorMapper(LetterTemplate.class)
    Optional<LetterTemplate> find(@Bind("kind") LetterKind kind, @Bind("language") Language language);

    @SqlUpdate("DELETE FROM letter_template WHERE kind = :kind AND language = :language")
    int delete(@Bind("kind") LetterKind kind, @Bind("language") Language language);

    @SqlUpdate("INSERT INTO letter_template (kind, language, subject, body, updated_at) "
            + "VALUES (:kind, :language, :subject, :body, :now)")
    void insert(@Bind("kind") LetterKind kind, @Bind("language") Language language, @Bind("subject") String subject,
            @Bind("body") String body, @Bind("now") Instant now);
}
