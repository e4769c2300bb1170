-- One row per turn of a schedule that ran: the instance whose insert came first runs it, the others skip it
CREATE TABLE schedule_turn (
    schedule  VARCHAR(100) NOT NULL,
    slot      TIMESTAMPTZ  NOT NULL,
    instance  VARCHAR(200) NOT NULL,
    fired_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (schedule, slot)
);
