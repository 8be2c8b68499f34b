package com.setia.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.setia.i18n.Language;

/** The templates shipped with Setia, one per kind and language, in {@code templates/<kind>_<tag>.txt}. */
public final class DefaultTemplates {
    private DefaultTemplates() {
    }

    /** The shipped template: the file's first line is the subject, the rest (after a blank line) the body. */
    public static LetterTemplate of(Language language) {
        return of(LetterKind.APOLOGY, language);
    }

    public static LetterTemplate of(LetterKind kind, Language language) {
        String name = "templates/" + kind.resourceName() + "_" + language.tag() + ".txt";
        try (InputStream in = DefaultTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int nl = text.indexOf('\n');
            String subject = text.substring(0, nl).strip();
            String body = text.substring(nl + 1).strip();
            return new LetterTemplate(kind, language, subject, body, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
