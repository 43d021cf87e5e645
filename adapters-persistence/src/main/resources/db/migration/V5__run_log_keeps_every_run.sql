-- Every run reaches the run log: a deferred run (or one that failed before choosing a strategy)
-- has no strategy used, and a run is logged as RUNNING when it starts, INTERRUPTED when its
-- process ended before it finished.
ALTER TABLE run_log MODIFY used VARCHAR(10) NULL;
ALTER TABLE run_log MODIFY status VARCHAR(12) NOT NULL;
-- The account's RUNNING runs are found when its next run starts.
CREATE INDEX ix_run_log_account_status ON run_log (account_id, status);
