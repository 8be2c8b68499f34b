package com.setia.letter;

import java.time.LocalDate;
import java.util.Objects;

import com.setia.i18n.Language;

/**
 * The words of one letter as the owner approved them: what is stored, rendered, printed. The letterhead and the
 * signature block come from the shop settings when it is rendered.
 */
public record LetterContent(Language language, LocalDate date, String recipient, String subject, String body) {
    public LetterContent {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(date, "date");
        recipient = recipient == null ? "" : recipient;
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }
}
