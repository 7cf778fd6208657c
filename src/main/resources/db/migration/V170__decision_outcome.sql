-- Decisions and certificates that end an application (issue 10; seed 000 ¶25, ¶52, ¶73, ¶96, appendices 1–5).
-- A row is never changed after signing except to mark it superseded or revoked; a correction is a new row.

CREATE TABLE decision_outcome_counter (
    provider_id  varchar(64) NOT NULL,
    year         int         NOT NULL,
    last_number  int         NOT NULL,
    PRIMARY KEY (provider_id, year)
);

CREATE TABLE decision_outcome (
    id                 uuid PRIMARY KEY,
    application_id     bigint       NOT NULL,
    sitting_id         uuid,
    account_id         bigint       NOT NULL,
    applicant_iin      varchar(12)  NOT NULL,
    full_name          varchar(300) NOT NULL,
    provider_id        varchar(64)  NOT NULL,
    service            varchar(64)  NOT NULL,
    form               varchar(32)  NOT NULL,
    variant            varchar(16)  NOT NULL,
    passed             boolean      NOT NULL,
    specialties        text         NOT NULL DEFAULT '',
    year               int          NOT NULL,
    seq                int          NOT NULL,
    number             varchar(64)  NOT NULL UNIQUE,
    code_hash          char(64)     UNIQUE,
    status             varchar(16)  NOT NULL,
    decided_on         date         NOT NULL,
    valid_until        date,
    language           varchar(2)   NOT NULL,
    pdf                bytea        NOT NULL,
    docx               bytea        NOT NULL,
    signed_pdf         bytea,
    signature          bytea,
    signed_sha256      char(64),
    prepared_pdf       bytea,
    data_to_sign       bytea,
    signing_time       timestamptz,
    prepared_by        varchar(128) NOT NULL,
    prepared_at        timestamptz  NOT NULL,
    signed_by          varchar(128),
    signer_name        varchar(300),
    signed_at          timestamptz,
    supersedes_id      uuid REFERENCES decision_outcome (id),
    superseded_by_id   uuid REFERENCES decision_outcome (id),
    correction_reason  text,
    revoked_at         timestamptz,
    revoked_reason     text,
    version            int          NOT NULL DEFAULT 0,
    UNIQUE (provider_id, year, seq)
);
CREATE INDEX decision_outcome_application ON decision_outcome (application_id);
CREATE INDEX decision_outcome_account ON decision_outcome (account_id);
CREATE INDEX decision_outcome_provider ON decision_outcome (provider_id, status);
CREATE INDEX decision_outcome_signed_sha ON decision_outcome (signed_sha256);

-- Staff a head authorised to sign decisions of the organisation besides the heads (¶25: "the authorised person").
CREATE TABLE decision_authorised_signer (
    provider_id  varchar(64)  NOT NULL,
    login        varchar(128) NOT NULL,
    granted_by   varchar(128) NOT NULL,
    granted_at   timestamptz  NOT NULL,
    PRIMARY KEY (provider_id, login)
);
