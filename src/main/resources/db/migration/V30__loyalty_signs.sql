-- V30: the six signs of a loyal customer (domain section 3), ticked per customer with the day it was seen.
CREATE TABLE loyalty_sign (
    customer_id BIGINT       NOT NULL,
    sign        VARCHAR(30)  NOT NULL,
    seen_on     DATE         NOT NULL,
    note        VARCHAR(500),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT loyalty_sign_pk PRIMARY KEY (customer_id, sign),
    CONSTRAINT loyalty_sign_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT loyalty_sign_ck CHECK (sign IN ('RECOMMENDS', 'GIVES_FEEDBACK', 'RAISES_PROBLEMS', 'BUYS_AGAIN',
        'BRINGS_IDEAS', 'TURNS_DOWN_COMPETITORS'))
);
