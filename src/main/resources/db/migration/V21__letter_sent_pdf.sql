-- V21: the PDF of a letter exactly as it was first printed or saved, so "Print again" and "Save PDF again" give
-- that very letter (with the letterhead and signature of that day), not a new rendering. One row per sent letter,
-- written in the same transaction that marks the letter printed or saved; never changed afterwards.
CREATE TABLE letter_sent_pdf (
    letter_id  BIGINT      NOT NULL PRIMARY KEY,
    pdf        BYTEA       NOT NULL,
    page_count INT         NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT letter_sent_pdf_letter_fk FOREIGN KEY (letter_id) REFERENCES letter (id)
);
