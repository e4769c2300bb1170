-- Every orchestration instance renews its lease while it lives; a job instance belongs to the instance that
-- started or restarted it last. A run whose owner's lease has expired was interrupted.
CREATE TABLE orchestration_lease (
    instance   VARCHAR(200) PRIMARY KEY,
    started_at TIMESTAMPTZ  NOT NULL,
    renewed_at TIMESTAMPTZ  NOT NULL
);

CREATE TABLE job_owner (
    job_instance_id BIGINT       PRIMARY KEY,
    instance        VARCHAR(200) NOT NULL,
    since           TIMESTAMPTZ  NOT NULL DEFAULT now()
);
