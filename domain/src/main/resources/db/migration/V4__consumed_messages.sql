-- What each bus consumer has acted on, by the id its publisher gave the message (rtMessageId): a message
-- the broker delivers again (after a rollback, a lost acknowledgement, a consumer that died) is recognised
-- and not acted on twice. A job request also records the execution it started.
CREATE TABLE consumed_message (
    consumer     VARCHAR(60) NOT NULL,
    message_id   VARCHAR(64) NOT NULL,
    consumed_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    execution_id BIGINT,
    PRIMARY KEY (consumer, message_id)
);

CREATE INDEX consumed_message_age ON consumed_message (consumed_at);
