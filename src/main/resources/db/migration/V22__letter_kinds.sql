-- V22: besides the apology, the letters a shop sends: thank you, welcome back, a voucher, the notice of a rule
-- change. The owner's own templates are now kept per kind and language; the apology ones are carried over.
CREATE TABLE letter_kind_template (
    kind       VARCHAR(20)    NOT NULL,
    language   VARCHAR(2)     NOT NULL,
    subject    VARCHAR(300)   NOT NULL,
    body       VARCHAR(20000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT letter_kind_template_pk PRIMARY KEY (kind, language),
    CONSTRAINT letter_kind_template_kind_ck CHECK (kind IN ('APOLOGY', 'THANK_YOU', 'WELCOME_BACK', 'VOUCHER', 'RULE_CHANGE')),
    CONSTRAINT letter_kind_template_language_ck CHECK (language IN ('MS', 'ID', 'EN'))
);

INSERT INTO letter_kind_template (kind, language, subject, body, updated_at)
    SELECT 'APOLOGY', language, subject, body, updated_at FROM letter_template;

DROP TABLE letter_template;
-- Same name as before, so everything that names the table (PostgreSQL's change notifications, V40) still holds.
ALTER TABLE letter_kind_template RENAME TO letter_template;
