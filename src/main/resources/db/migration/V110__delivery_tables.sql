-- Test delivery: a checked-in candidate's sitting, one attempt per stage, the answers (the hot table) and the acts.

CREATE TABLE delivery_sitting (
    id                uuid PRIMARY KEY,
    session_id        uuid         NOT NULL,
    application_id    bigint,
    account_id        bigint       NOT NULL,
    iin               varchar(12)  NOT NULL,
    full_name         text         NOT NULL,
    service           varchar(64)  NOT NULL,
    specialty         text,
    centre_id         text         NOT NULL,
    hall_id           uuid         NOT NULL,
    seat_id           uuid         NOT NULL,
    seat_label        text         NOT NULL,
    seb_key_hex       text,
    allowed_ip_ranges text         NOT NULL DEFAULT '',
    code_hash         char(64),
    token_hash        char(64),
    language          varchar(2),
    state             varchar(32)  NOT NULL,
    checked_in_at     timestamptz  NOT NULL,
    completed_at      timestamptz
);
CREATE UNIQUE INDEX delivery_sitting_code ON delivery_sitting (code_hash) WHERE code_hash IS NOT NULL;
CREATE INDEX delivery_sitting_hall ON delivery_sitting (hall_id);

CREATE TABLE delivery_attempt (
    id               uuid PRIMARY KEY,
    sitting_id       uuid        NOT NULL REFERENCES delivery_sitting (id),
    stage            int         NOT NULL,
    state            varchar(32) NOT NULL,
    duration_seconds int         NOT NULL,
    question_count   int,
    option_counts    int[],
    form             jsonb,
    form_seed        bigint,
    started_at       timestamptz,
    deadline         timestamptz,
    paused_at        timestamptz,
    pause_kind       varchar(8),
    paused_seconds   bigint      NOT NULL DEFAULT 0,
    finished_at      timestamptz,
    finish_reason    varchar(32),
    correct          int,
    total            int,
    threshold        int,
    passed           boolean,
    UNIQUE (sitting_id, stage)
);
CREATE INDEX delivery_attempt_running ON delivery_attempt (deadline) WHERE state = 'RUNNING';

-- One row per answered question; written by a single UPSERT per save, nothing else.
CREATE TABLE delivery_answer (
    attempt_id uuid        NOT NULL REFERENCES delivery_attempt (id),
    position   int         NOT NULL,
    option     int         NOT NULL,
    client_seq bigint      NOT NULL,
    saved_at   timestamptz NOT NULL,
    PRIMARY KEY (attempt_id, position)
);

CREATE TABLE delivery_act (
    id          uuid PRIMARY KEY,
    sitting_id  uuid        NOT NULL REFERENCES delivery_sitting (id),
    kind        varchar(32) NOT NULL,
    description text        NOT NULL,
    witnesses   text,
    drawn_by    text        NOT NULL,
    drawn_at    timestamptz NOT NULL
);
CREATE INDEX delivery_act_sitting ON delivery_act (sitting_id);
