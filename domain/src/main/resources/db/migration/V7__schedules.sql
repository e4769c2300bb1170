-- When each piece of recurring work runs: a batch job with its parameters (aggregate, purge) or one of the
-- orchestration part's own tasks (feed-sweep, profile-repair, heartbeat), on a six-field cron in the EJB
-- calendar syntax (second minute hour day-of-month month day-of-week) in a time zone. Seeded with the
-- defaults the orchestration part had in code before; staff change them in the console or through the
-- operations endpoint. origin says where the values came from: an RT_SCHEDULE_<NAME> environment value
-- replaces them at start only while they are not staff's (DEFAULT or ENVIRONMENT).
CREATE TABLE schedule (
    name        VARCHAR(60)  PRIMARY KEY,
    task        VARCHAR(60)  NOT NULL,
    parameters  JSONB        NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(parameters) = 'object'),
    cron        VARCHAR(200) NOT NULL,
    time_zone   VARCHAR(60)  NOT NULL DEFAULT 'UTC',
    enabled     BOOLEAN      NOT NULL DEFAULT TRUE,
    origin      VARCHAR(20)  NOT NULL DEFAULT 'DEFAULT'
                CHECK (origin IN ('DEFAULT', 'ENVIRONMENT', 'CONSOLE', 'OPERATIONS')),
    version     BIGINT       NOT NULL DEFAULT 0,
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by  VARCHAR(100) NOT NULL DEFAULT 'migration'
);

INSERT INTO schedule (name, task, cron) VALUES
    ('feed-sweep',     'feed-sweep',     '0 * * * * *'),
    ('aggregate',      'aggregate',      '0 */15 * * * *'),
    ('purge',          'purge',          '0 30 3 * * *'),
    ('profile-repair', 'profile-repair', '*/30 * * * * *'),
    ('heartbeat',      'heartbeat',      '0 * * * * *');
