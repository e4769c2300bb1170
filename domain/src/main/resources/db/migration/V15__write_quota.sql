-- API writes per client address in the current window, shared by every API instance
CREATE TABLE write_quota (
    client       VARCHAR(45) PRIMARY KEY,
    writes       INTEGER     NOT NULL,
    window_start TIMESTAMPTZ NOT NULL
);
CREATE INDEX write_quota_window_start ON write_quota (window_start);
