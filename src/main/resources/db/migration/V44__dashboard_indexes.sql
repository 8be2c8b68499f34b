-- V44: indexes holding every column a dashboard chart reads, so H2 and PostgreSQL answer from the index alone
-- instead of reading each row of the table (issue 11, DashboardBenchmark over 100,000 customers, 50,000 incidents).
-- Customers by status now (archived ones left out): was a read of every customer row.
CREATE INDEX customer_archived_status_idx ON customer (archived_at, status);
-- Incidents per month by channel and severity.
CREATE INDEX incident_occurred_idx ON incident (occurred_at, channel, severity);
-- Act fast: the cases whose clock started in the period, and when they were first acted on. V4's indexes start
-- with customer_id or closed_at, so that range read every case.
CREATE INDEX winback_case_started_idx ON winback_case (started_at, first_action_at);
