package com.setia.letter;

import java.time.Instant;
import java.time.LocalDate;

import com.setia.i18n.Language;

/** A letter kept on a customer (and on a case, when {@code caseId} is set), to print or save again. */
public record StoredLetter(
        long id,
        long customerId,
        Long caseId,
        Language language,
        PaperSize paperSize,
        LocalDate letterDate,
        String recipient,
        String subject,
        String body,
        Instant createdAt,
        Instant updatedAt,
        Instant printedAt,
        String pdfPath) {

    public LetterContent content() {
        return new LetterContent(language, letterDate, recipient, subject, body);
    }
}
