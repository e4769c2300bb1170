-- The customer API's error responses per hour, for the console's dashboard. Each API instance counts them
-- in memory and adds its counts here every few seconds (one upsert per hour and class that had any), so a
-- request never waits on this table. 48 rows a day: kept, they cost nothing worth a purge.
CREATE TABLE api_error_hour (
    hour         TIMESTAMPTZ NOT NULL,
    status_class VARCHAR(3)  NOT NULL CHECK (status_class IN ('4xx', '5xx')),
    responses    BIGINT      NOT NULL CHECK (responses >= 0),
    PRIMARY KEY (hour, status_class)
);
