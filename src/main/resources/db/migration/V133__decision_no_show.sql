-- No-shows (¶27, ¶54, ¶75, ¶98): the absence, the applicant's valid-reason request with documents, the provider's decision.

CREATE TABLE decision_no_show (
    sitting_id         uuid PRIMARY KEY,
    session_id         uuid         NOT NULL,
    application_id     bigint       NOT NULL,
    account_id         bigint       NOT NULL,
    service            varchar(64)  NOT NULL,
    provider_id        varchar(64)  NOT NULL,
    test_date          date         NOT NULL,
    valid_reason_until date,
    counts_as_failure  boolean      NOT NULL,
    status             varchar(16)  NOT NULL,
    reason             varchar(32),
    explanation        text,
    requested_at       timestamptz,
    decided_at         timestamptz,
    decided_by         varchar(128),
    decision_note      text
);
CREATE INDEX decision_no_show_account ON decision_no_show (account_id, service);
CREATE INDEX decision_no_show_provider ON decision_no_show (provider_id, status);

CREATE TABLE decision_no_show_document (
    id            uuid PRIMARY KEY,
    sitting_id    uuid         NOT NULL REFERENCES decision_no_show (sitting_id),
    file_name     varchar(255) NOT NULL,
    content_type  varchar(64)  NOT NULL,
    sha256        char(64)     NOT NULL,
    content       bytea        NOT NULL,
    uploaded_at   timestamptz  NOT NULL
);
CREATE INDEX decision_no_show_document_sitting ON decision_no_show_document (sitting_id);
