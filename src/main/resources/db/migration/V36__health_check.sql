-- V36: the relationship health check (issue 11, domain.md section 4): the eight things that damage a relationship,
-- an optional second checklist per customer. One row per ticked item; item is 1..8 in the source's order.
CREATE TABLE health_check_tick (
    customer_id BIGINT        NOT NULL,
    item        INTEGER       NOT NULL,
    ticked_on   DATE          NOT NULL,
    note        VARCHAR(1000),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT health_check_tick_pk PRIMARY KEY (customer_id, item),
    CONSTRAINT health_check_tick_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT health_check_tick_item_ck CHECK (item BETWEEN 1 AND 8)
);

CREATE INDEX health_check_tick_item_idx ON health_check_tick (item, ticked_on);
