-- V44: the dashboard's act-fast chart reads the cases whose clock started in the period (issue 11, DashboardBenchmark);
-- V4's indexes start with customer_id or closed_at, so that range read every case.
CREATE INDEX winback_case_started_idx ON winback_case (started_at);
