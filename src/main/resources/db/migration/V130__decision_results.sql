-- The results register (¶24): one row per scored stage, and one per sitting with the provider and the due date.

CREATE TABLE decision_result_sitting (
    sitting_id      uuid PRIMARY KEY,
    application_id  bigint,
    account_id      bigint       NOT NULL,
    provider_id     varchar(64),
    service         varchar(64)  NOT NULL,
    last_stage_at   timestamptz  NOT NULL,
    due_date        date         NOT NULL,
    completed_at    timestamptz,
    passed          boolean
);
CREATE INDEX decision_result_sitting_provider ON decision_result_sitting (provider_id, due_date);
CREATE INDEX decision_result_sitting_account ON decision_result_sitting (account_id);

CREATE TABLE decision_result_stage (
    attempt_id   uuid PRIMARY KEY,
    sitting_id   uuid         NOT NULL REFERENCES decision_result_sitting (sitting_id),
    stage        int          NOT NULL,
    correct      int          NOT NULL,
    total        int          NOT NULL,
    threshold    int          NOT NULL,
    passed       boolean      NOT NULL,
    finished_at  timestamptz  NOT NULL
);
CREATE INDEX decision_result_stage_sitting ON decision_result_stage (sitting_id);
