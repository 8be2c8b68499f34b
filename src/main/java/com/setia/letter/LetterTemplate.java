package com.setia.letter;

import java.util.Objects;

import com.setia.i18n.Language;

/**
 * The template of one kind of letter in one language, with placeholders such as {@code {salutation_name}} (see {@link Placeholder}).
 * {@code custom} is true when the owner has edited it, false for the shipped default.
 */
public record LetterTemplate(LetterKind kind, Language language, String subject, String body, boolean custom) {
    public LetterTemplate {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
