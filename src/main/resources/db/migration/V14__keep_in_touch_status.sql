-- V14: "Keep in touch" becomes a customer status of its own (it was folded into AT_RISK, so those customers could
-- not be found in the list). Customers whose latest case closed as keep in touch, with no case open, move to it.
ALTER TABLE customer DROP CONSTRAINT customer_status_ck;
ALTER TABLE customer ADD CONSTRAINT customer_status_ck
    CHECK (status IN ('ACTIVE', 'AT_RISK', 'LOST', 'WON_BACK', 'KEEP_IN_TOUCH', 'LET_GO'));

UPDATE customer SET status = 'KEEP_IN_TOUCH'
WHERE status = 'AT_RISK'
  AND NOT EXISTS (SELECT 1 FROM winback_case o WHERE o.customer_id = customer.id AND o.closed_at IS NULL)
  AND EXISTS (SELECT 1 FROM winback_case k
              WHERE k.customer_id = customer.id AND k.outcome = 'KEEP_IN_TOUCH'
                AND k.closed_at = (SELECT MAX(l.closed_at) FROM winback_case l WHERE l.customer_id = customer.id));
