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

    @SqlUpdate("MERGE INTO letter_template (language, subject, body, updated_at) KEY (language) "
            + "VALUES (:language, :subject, :body, :now)")
    void save(@Bind("language") Language language, @Bind("subject") String subject, @Bind("body") String body,
            @Bind("now") Instant now);

    @SqlUpdate("DELETE FROM letter_template WHERE language = :language")
    int delete(@Bind("language") Language language);
}
