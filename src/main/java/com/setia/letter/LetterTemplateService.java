package com.setia.letter;

import java.time.Clock;
import java.util.List;
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
        if (s.isEmpty() || b.isEmpty()) {
            throw new LetterProblem("letter.error.templateEmpty");
        }
        if (s.length() > SUBJECT_MAX || b.length() > BODY_MAX) {
            throw new LetterProblem("letter.error.templateTooLong");
        }
        List<String> unknown = unknownPlaceholders(s + "\n" + b);
        if (!unknown.isEmpty()) {
            // A misspelt placeholder would print literally in every letter: name it, and the ones that exist.
            throw new LetterProblem("letter.error.unknownPlaceholder", String.join(", ", unknown),
                    java.util.Arrays.stream(Placeholder.values()).map(Placeholder::token)
                            .collect(java.util.stream.Collectors.joining(" ")));
        }
        jdbi.useExtension(LetterTemplateDao.class, dao -> dao.save(language, s, b, clock.instant()));
        return get(language);
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
        jdbi.useExtension(LetterTemplateDao.class, dao -> dao.delete(language));
        return get(language);
    }
}
