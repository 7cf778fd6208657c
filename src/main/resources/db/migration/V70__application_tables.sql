-- Applications (spec lifecycle.md): drafts with typed documents, signed applications, their dated history,
-- and per-organisation registration numbers.

CREATE TABLE application_draft (
    id              uuid PRIMARY KEY,
    account_id      bigint       NOT NULL,
    applicant_iin   varchar(12)  NOT NULL,
    service_code    varchar(64)  NOT NULL,
    provider_id     varchar(64)  NOT NULL,
    specialties     text         NOT NULL DEFAULT '',
    declarations    text         NOT NULL DEFAULT '',
    consent         boolean      NOT NULL DEFAULT false,
    created_at      timestamptz  NOT NULL,
    updated_at      timestamptz  NOT NULL,
    application_id  bigint
);
CREATE INDEX application_draft_account ON application_draft (account_id);

CREATE TABLE application_document (
    id            uuid PRIMARY KEY,
    draft_id      uuid         NOT NULL REFERENCES application_draft (id) ON DELETE CASCADE,
    type_code     varchar(64)  NOT NULL,
    file_name     varchar(255) NOT NULL,
    content_type  varchar(64)  NOT NULL,
    size_bytes    bigint       NOT NULL,
    sha256        char(64)     NOT NULL,
    content       bytea        NOT NULL,
    uploaded_at   timestamptz  NOT NULL
);
CREATE INDEX application_document_draft ON application_document (draft_id);

CREATE TABLE application_application (
    id                   bigserial PRIMARY KEY,
    draft_id             uuid         NOT NULL UNIQUE REFERENCES application_draft (id),
    registration_number  varchar(64)  UNIQUE,
    account_id           bigint       NOT NULL,
    applicant_iin        varchar(12)  NOT NULL,
    service_code         varchar(64)  NOT NULL,
    provider_id          varchar(64)  NOT NULL,
    status               varchar(32)  NOT NULL,
    received_at          timestamptz  NOT NULL,
    registered_at        timestamptz,
    pending_step         varchar(64),
    due_date             date,
    hearing_at           timestamptz,
    hearing_place        varchar(500),
    signed_content       bytea        NOT NULL,
    signature            bytea        NOT NULL,
    signer_subject       varchar(500),
    version              bigint       NOT NULL DEFAULT 0
);
CREATE INDEX application_application_account ON application_application (account_id);
CREATE INDEX application_application_provider ON application_application (provider_id, status);

CREATE TABLE application_step (
    application_id  bigint       NOT NULL REFERENCES application_application (id),
    seq             int          NOT NULL,
    status          varchar(32)  NOT NULL,
    actor           varchar(128) NOT NULL,
    at              timestamptz  NOT NULL,
    deadline_had    date,
    next_step       varchar(64),
    next_due        date,
    note            text,
    PRIMARY KEY (application_id, seq)
);

CREATE TABLE application_number_counter (
    provider_id  varchar(64) NOT NULL,
    year         int         NOT NULL,
    last_number  int         NOT NULL,
    PRIMARY KEY (provider_id, year)
);
