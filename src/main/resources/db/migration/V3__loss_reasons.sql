-- V3: the ten-reason checklist (domain.md section 1). One row per ticked reason of a customer;
-- reason is the Roman numeral I..X in the source's fixed order.
CREATE TABLE loss_reason_tick (
    customer_id BIGINT        NOT NULL,
    reason      VARCHAR(4)    NOT NULL,
    ticked_on   DATE          NOT NULL,
    note        VARCHAR(1000),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT loss_reason_tick_pk PRIMARY KEY (customer_id, reason),
    CONSTRAINT loss_reason_tick_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT loss_reason_tick_reason_ck CHECK (reason IN ('I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'))
);

CREATE INDEX loss_reason_tick_reason_idx ON loss_reason_tick (reason);
