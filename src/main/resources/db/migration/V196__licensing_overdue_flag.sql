-- A licence request's step found overdue by the job: once per request, step and due instant (idempotent flagging).
CREATE TABLE licensing_overdue_flag (
    request_id BIGINT      NOT NULL REFERENCES licensing_request (id),
    step       TEXT        NOT NULL,
    due_at     TIMESTAMPTZ NOT NULL,
    flagged_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (request_id, step, due_at)
);
