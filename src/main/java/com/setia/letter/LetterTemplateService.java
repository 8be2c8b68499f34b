package com.setia.letter;

import java.time.Clock;
import java.util.Objects;

import org.jdbi.v3.core.Jdbi;

import com.setia.i18n.Language;

/** The apology template of each language: the owner's edited version if there is one, else the shipped default. */
public final class LetterTemplateService {
    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 20000;

    private final Jdbi jdbi;
    private final Clock clock;

    public LetterTemplateService(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public LetterTemplate get(Language language) {
        return jdbi.withExtension(LetterTemplateDao.class, dao -> dao.find(language))
                .orElseGet(() -> DefaultTemplates.of(language));
    }

    /** Stores the owner's version. A blank subject or body is refused: the letter would have nothing to say. */
    public LetterTemplate save(Language language, String subject, String body) {
        String s = subject == null ? "" : subject.strip();
        String b = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (com.setia.common.Text.isBlank(s) || com.setia.common.Text.isBlank(b)) {
            throw new LetterProblem("letter.error.templateEmpty");
        }
        if (s.length() > SUBJECT_MAX || b.length() > BODY_MAX) {
            throw new LetterProblem("letter.error.templateTooLong", BODY_MAX);
        }
        jdbi.useExtension(LetterTemplateDao.class, dao -> dao.save(language, s, b, clock.instant()));
        return get(language);
    }

    /** Forgets the owner's version, so the shipped default is used again. */
    public LetterTemplate reset(Language language) {
        jdbi.useExtension(LetterTemplateDao.class, dao -> dao.delete(language));
        return get(language);
    }
}
