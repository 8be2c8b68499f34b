package com.setia.letter;

import java.time.Instant;
import java.time.LocalDate;

import com.setia.i18n.Language;

/**
 * A letter kept on a customer (and on a case, when {@code caseId} is set), to print or save again. {@code sentAt}
 * is when it was first printed or saved as PDF: from then on its PDF is kept exactly as it went out
 * ({@link LetterService#sentPdf}) and its words can no longer be changed.
 */
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
        String pdfPath,
        Instant sentAt) {

    public boolean sent() {
        return sentAt != null;
    }

    public LetterContent content() {
        return new LetterContent(language, letterDate, recipient, subject, body);
    }
}
