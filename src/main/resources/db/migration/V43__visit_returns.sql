-- V43: customers brought back (issue 11, the dashboard's "going quiet and brought back"). One row per visit day
-- that came after a stretch the going-quiet rule would have flagged: more than factor x usual gap (never fewer
-- than the minimum days) since the customer's previous visit day, judged with the settings and usual gap in force
-- when the visit was recorded. Kept in step with visit in the same transaction as every write, like visit_summary.
CREATE TABLE visit_return (
    customer_id BIGINT  NOT NULL,
    returned_on DATE    NOT NULL,
    gap_days    INTEGER NOT NULL,
    CONSTRAINT visit_return_pk PRIMARY KEY (customer_id, returned_on),
    CONSTRAINT visit_return_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
);

CREATE INDEX visit_return_on_idx ON visit_return (returned_on, customer_id);

-- Visits stored before V43 have no rows yet: the visits service fills them once, off the window's thread, the
-- first time they are asked for, and then sets this to 'true'.
INSERT INTO visit_setting (name, setting_value, updated_at) VALUES ('returnsBuilt', 'false', CURRENT_TIMESTAMP);
