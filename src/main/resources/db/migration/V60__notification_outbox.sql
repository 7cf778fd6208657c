-- Notices to people and their delivery per channel: written in the transaction of the change they report (outbox),
-- delivered afterwards with retries.
CREATE TABLE notification_notice
(
    id                   BIGSERIAL PRIMARY KEY,
    recipient_account_id BIGINT                   NOT NULL,
    template             TEXT                     NOT NULL,
    parameters           JSONB                    NOT NULL DEFAULT '{}'::jsonb,
    subject_type         TEXT,
    subject_id           TEXT,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at              TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_notice_recipient_idx ON notification_notice (recipient_account_id, created_at DESC);
CREATE INDEX notification_notice_subject_idx ON notification_notice (subject_type, subject_id);

CREATE TABLE notification_delivery
(
    id              BIGSERIAL PRIMARY KEY,
    notice_id       BIGINT                   NOT NULL REFERENCES notification_notice (id),
    channel         TEXT                     NOT NULL CHECK (channel IN ('CABINET', 'EMAIL', 'SMS')),
    status          TEXT                     NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        INT                      NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    last_error      TEXT,
    sent_at         TIMESTAMP WITH TIME ZONE,
    UNIQUE (notice_id, channel)
);
CREATE INDEX notification_delivery_pending_idx ON notification_delivery (next_attempt_at) WHERE status = 'PENDING';
