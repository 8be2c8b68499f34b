-- V17: forms of address as data, not a fixed CHECK list. Each is printed in a letter as the word of the letter's
-- language (word_ms, word_id, word_en); NONE prints nothing (the letter then writes "Tuan/Puan", "Bapak/Ibu").
-- More can be added by a later migration without touching the customer table.
CREATE TABLE salutation (
    code       VARCHAR(10)  NOT NULL PRIMARY KEY,
    word_ms    VARCHAR(40)  NOT NULL,
    word_id    VARCHAR(40)  NOT NULL,
    word_en    VARCHAR(40)  NOT NULL,
    sort_order INT          NOT NULL
);

INSERT INTO salutation (code, word_ms, word_id, word_en, sort_order) VALUES
    ('NONE',    '',        '',        '',       0),
    ('MR',      'Encik',   'Bapak',   'Mr',     10),
    ('MRS',     'Puan',    'Ibu',     'Mrs',    20),
    ('MS',      'Cik',     'Nona',    'Ms',     30),
    ('TUAN',    'Tuan',    'Tuan',    'Mr',     40),
    ('DATO',    'Dato''',  'Dato''',  'Dato''', 50),
    ('DATIN',   'Datin',   'Datin',   'Datin',  60),
    ('HAJI',    'Haji',    'Haji',    'Haji',   70),
    ('HAJAH',   'Hajah',   'Hajah',   'Hajah',  80),
    ('DR',      'Dr.',     'Dr.',     'Dr',     90),
    ('SAUDARA', 'Saudara', 'Saudara', 'Mr',     100),
    ('SAUDARI', 'Saudari', 'Saudari', 'Ms',     110);

ALTER TABLE customer DROP CONSTRAINT customer_salutation_ck;
ALTER TABLE customer ADD CONSTRAINT customer_salutation_fk FOREIGN KEY (salutation) REFERENCES salutation (code);
