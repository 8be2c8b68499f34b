package com.setia.letter;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import org.jdbi.v3.core.Jdbi;

import com.setia.i18n.Language;

/** The template of each kind of letter and language: the owner's edited version if there is one, else the shipped one. */
public final class LetterTemplateService {
    static final int SUBJECT_MAX = 300;
    static final int BODY_MAX = 20000;

    private final Jdbi jdbi;
    private final Clock clock;

    public LetterTemplateService(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The apology template of {@code language}. */
    public LetterTemplate get(Language language) {
        return get(LetterKind.APOLOGY, language);
    }

    public LetterTemplate get(LetterKind kind, Language language) {
        return jdbi.withExtension(LetterTemplateDao.class, dao -> dao.find(kind, language))
                .orElseGet(() -> DefaultTemplates.of(kind, language));
    }

    /** Stores the owner's version. A blank subject or body is refused: the letter would have nothing to say. */
    public LetterTemplate save(Language language, String subject, String body) {
        return save(LetterKind.APOLOGY, language, subject, body);
    }

    /** Stores the owner's version of one kind's template (one transaction: the old version out, the new in). */
    public LetterTemplate save(LetterKind kind, Language language, String subject, String body) {
        String s = subject == null ? "" : subject.strip();
        String b = body == null ? "" : body.replace("\r\n", "\n").strip();
        if (com.setia.common.Text.isBlank(s) || com.setia.common.Text.isBlank(b)) {
            throw new LetterProblem("letter.error.templateEmpty");
        }
        if (s.length() > SUBJECT_MAX || b.length() > BODY_MAX) {
            throw new LetterProblem("letter.error.templateTooLong", BODY_MAX);
        }
        List<String> unknown = unknownPlaceholders(s + "\n" + b);
        if (!unknown.isEmpty()) {
            // A misspelt placeholder would print literally in every letter: name it, and the ones that exist.
            throw new LetterProblem("letter.error.unknownPlaceholder", String.join(", ", unknown),
                    java.util.Arrays.stream(Placeholder.values()).map(Placeholder::token)
                            .collect(java.util.stream.Collectors.joining(" ")));
        }
        jdbi.useTransaction(h -> {
            LetterTemplateDao dao = h.attach(LetterTemplateDao.class);
            dao.delete(kind, language);
            dao.insert(kind, language, s, b, clock.instant());
        });
        return get(kind, language);
    }

    /** Every {@code {word}} in the text that is not a known placeholder, as written, each once. */
    static List<String> unknownPlaceholders(String text) {
        java.util.Set<String> known = new java.util.HashSet<>();
        for (Placeholder p : Placeholder.values()) {
            known.add(p.token());
        }
        java.util.Set<String> unknown = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^{}\\n]{0,60}}").matcher(text);
        while (m.find()) {
            String token = "{" + m.group().substring(1, m.group().length() - 1).strip() + "}";
            if (!known.contains(token)) {
                unknown.add(m.group());
            }
        }
        return List.copyOf(unknown);
    }

    /** Forgets the owner's version, so the shipped default is used again. */
    public LetterTemplate reset(Language language) {
        return reset(LetterKind.APOLOGY, language);
    }

    public LetterTemplate reset(LetterKind kind, Language language) {
        jdbi.useExtension(LetterTemplateDao.class, dao -> dao.delete(kind, language));
        return get(kind, language);
    }
}
