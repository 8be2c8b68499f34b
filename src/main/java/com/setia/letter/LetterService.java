package com.setia.letter;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * Stores letters and remembers what was done with them. The letter's words are always stored before anything is
 * printed or written, so a failing printer or disk loses nothing. Each method is one transaction.
 */
public final class LetterService {
    /** The longest PDF path kept with a letter (letter.pdf_path, V10). */
    static final int PDF_PATH_MAX = 1000;

    private final Jdbi jdbi;
    private final Clock clock;

    public LetterService(Jdbi jdbi, Clock clock) {
        this.jdbi = Objects.requireNonNull(jdbi, "jdbi");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Stores a new letter for the customer (and case, if any); a customer no longer in the store is refused. */
    public StoredLetter create(long customerId, Long caseId, LetterContent content, PaperSize paper) {
        LetterContent c = valid(content);
        try {
            return jdbi.inTransaction(h -> {
                LetterDao dao = h.attach(LetterDao.class);
                long id = dao.insert(customerId, caseId, c, paper, clock.instant());
                return dao.find(id).orElseThrow();
            });
        } catch (JdbiException e) {
            if (integrityViolation(e)) throw new LetterProblem("letter.error.customerGone", e);
            throw e;
        }
    }

    /** A foreign key the row breaks (SQLState class 23, the same on H2 and PostgreSQL): here, the customer is gone. */
    private static boolean integrityViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("23")) return true;
        }
        return false;
    }

    /**
     * Refuses, before anything is written, a PDF path longer than the store keeps with the letter: the owner is told
     * to choose a shorter place, instead of a PDF written and then a database error.
     */
    public void checkPdfPath(Path target) {
        if (target.toAbsolutePath().toString().length() > PDF_PATH_MAX) {
            throw new LetterProblem("letter.error.pdfPathTooLong", PDF_PATH_MAX);
        }
    }

    /** Stores the owner's latest words for an existing letter; a letter already sent is refused. */
    public StoredLetter update(long id, LetterContent content, PaperSize paper) {
        LetterContent c = valid(content);
        return jdbi.inTransaction(h -> {
            LetterDao dao = h.attach(LetterDao.class);
            if (dao.update(id, c, paper, clock.instant()) != 1) {
                StoredLetter existing = dao.find(id).orElseThrow(() -> new NoSuchElementException("No letter " + id));
                if (existing.sent()) {
                    throw new LetterProblem("letter.error.alreadySent");
                }
                throw new NoSuchElementException("No letter " + id);
            }
            return dao.find(id).orElseThrow();
        });
    }

    /**
     * Records that the letter was printed; the first time it goes out, its PDF is kept as it was (same
     * transaction), so printing or saving it again gives that very letter.
     */
    public StoredLetter markPrinted(long id, RenderedLetter asSent) {
        return jdbi.inTransaction(h -> {
            LetterDao dao = h.attach(LetterDao.class);
            if (dao.setPrintedAt(id, clock.instant()) != 1) {
                throw new NoSuchElementException("No letter " + id);
            }
            dao.keepSentPdf(id, asSent.pdf(), asSent.pageCount(), clock.instant());
            return dao.find(id).orElseThrow();
        });
    }

    /** Records where the letter's PDF was saved; the first time it goes out, its PDF is kept as in {@link #markPrinted}. */
    public StoredLetter markSavedAsPdf(long id, Path file, RenderedLetter asSent) {
        return jdbi.inTransaction(h -> {
            LetterDao dao = h.attach(LetterDao.class);
            if (dao.setPdfPath(id, file.toAbsolutePath().toString()) != 1) {
                throw new NoSuchElementException("No letter " + id);
            }
            dao.keepSentPdf(id, asSent.pdf(), asSent.pageCount(), clock.instant());
            return dao.find(id).orElseThrow();
        });
    }

    /** The PDF exactly as the letter first went out, if it has. */
    public Optional<RenderedLetter> sentPdf(StoredLetter letter) {
        return jdbi.withExtension(LetterDao.class, dao -> dao.sentPdf(letter.id())
                .map(pdf -> new RenderedLetter(pdf, dao.sentPageCount(letter.id()).orElse(1), letter.paperSize(),
                        List.of())));
    }

    public Optional<StoredLetter> find(long id) {
        return jdbi.withExtension(LetterDao.class, dao -> dao.find(id));
    }

    /** The customer's letters, newest first. */
    public List<StoredLetter> forCustomer(long customerId) {
        return jdbi.withExtension(LetterDao.class, dao -> dao.forCustomer(customerId));
    }

    /** The letters written for a win-back case, newest first. */
    public List<StoredLetter> forCase(long caseId) {
        return jdbi.withExtension(LetterDao.class, dao -> dao.forCase(caseId));
    }

    /** How many letters are stored (what a backup holds). */
    public long count() {
        return jdbi.withExtension(LetterDao.class, LetterDao::count);
    }

    private static LetterContent valid(LetterContent c) {
        String subject = c.subject().strip();
        String body = c.body().replace("\r\n", "\n").strip();
        if (com.setia.common.Text.isBlank(body)) { // zero-width spaces and the like count as empty
            throw new LetterProblem("letter.error.bodyEmpty");
        }
        if (subject.length() > LetterTemplateService.SUBJECT_MAX || body.length() > LetterTemplateService.BODY_MAX
                || c.recipient().length() > 1500) {
            throw new LetterProblem("letter.error.tooLong", LetterTemplateService.BODY_MAX);
        }
        return new LetterContent(c.language(), c.date(), c.recipient().replace("\r\n", "\n").strip(), subject, body);
    }
}
