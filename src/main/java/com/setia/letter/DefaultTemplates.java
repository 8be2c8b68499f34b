package com.setia.letter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import com.setia.i18n.Language;

/** The apology templates shipped with Setia, one per language, in {@code templates/apology_<tag>.txt}. */
public final class DefaultTemplates {
    private DefaultTemplates() {
    }

    /** The shipped template: the file's first line is the subject, the rest (after a blank line) the body. */
    public static LetterTemplate of(Language language) {
        String name = "templates/apology_" + language.tag() + ".txt";
        try (InputStream in = DefaultTemplates.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int nl = text.indexOf('\n');
            String subject = text.substring(0, nl).strip();
            String body = text.substring(nl + 1).strip();
            return new LetterTemplate(language, subject, body, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
