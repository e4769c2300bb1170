-- How many items a job execution has to go through, written by the import jobs once they know it (the bulk
-- import's partitions from their byte ranges, the feed import after fetching), so the console shows progress
-- against it. An execution is the batch runtime's (jbatchexecutioninstancedata.jobexecid); no foreign key,
-- because those tables are the runtime's and created by it after this migration may run.
CREATE TABLE job_total (
    execution_id BIGINT      PRIMARY KEY,
    total        BIGINT      NOT NULL CHECK (total >= 0),
    recorded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
