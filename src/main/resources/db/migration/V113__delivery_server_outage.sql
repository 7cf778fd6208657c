-- The server's own downtime (issue 5, "Resume"): every node beats one shared row every few seconds; a gap longer than
-- the threshold is a platform-wide outage. Each outage is one row (its start is unique, so two nodes detecting the
-- same gap record it once) and each attempt whose deadline moved by it is one row (primary key: extended once).

CREATE TABLE delivery_heartbeat (
    id      int         PRIMARY KEY CHECK (id = 1),
    beat_at timestamptz NOT NULL,
    node    text        NOT NULL
);

CREATE TABLE delivery_outage (
    id          uuid        PRIMARY KEY,
    started_at  timestamptz NOT NULL UNIQUE,
    ended_at    timestamptz NOT NULL,
    detected_by text        NOT NULL,
    trigger     varchar(16) NOT NULL,
    extended    int         NOT NULL DEFAULT 0
);

CREATE TABLE delivery_outage_extension (
    outage_id       uuid        NOT NULL REFERENCES delivery_outage (id),
    attempt_id      uuid        NOT NULL REFERENCES delivery_attempt (id),
    seconds_given   numeric     NOT NULL,
    deadline_before timestamptz NOT NULL,
    deadline_after  timestamptz NOT NULL,
    PRIMARY KEY (outage_id, attempt_id)
);
CREATE INDEX delivery_outage_extension_attempt ON delivery_outage_extension (attempt_id);
