-- Geo-blocking: one policy row (off until staff turn it on) and the blocked requests counted per day and
-- country (ZZ: an address the country database does not know), added to by every instance.
CREATE TABLE geo_policy (
    id              BIGINT        PRIMARY KEY CHECK (id = 1),
    mode            VARCHAR(10)   NOT NULL DEFAULT 'OFF' CHECK (mode IN ('OFF', 'ALLOW', 'DENY')),
    countries       VARCHAR(2000) NOT NULL DEFAULT '',
    block_unknown   BOOLEAN       NOT NULL DEFAULT FALSE,
    exempt_paths    VARCHAR(2000) NOT NULL DEFAULT '/health',
    exempt_networks VARCHAR(2000) NOT NULL DEFAULT '',
    version         BIGINT        NOT NULL DEFAULT 0,
    updated_at      TIMESTAMPTZ   NOT NULL DEFAULT now()
);
INSERT INTO geo_policy (id) VALUES (1);

CREATE TABLE geo_block_count (
    day     DATE       NOT NULL,
    country VARCHAR(2) NOT NULL,
    blocked BIGINT     NOT NULL,
    PRIMARY KEY (day, country)
);
