-- Licensing (seeds 003, 004): the demonstration payment gateway's payments, licence requests with their documents and
-- steps, the prerequisite outcomes recorded until the outcomes register answers, and the licence registry.

CREATE TABLE licensing_demo_payment (
    reference   TEXT PRIMARY KEY,
    payer_iin   TEXT        NOT NULL,
    service     TEXT        NOT NULL,
    amount_tiyn BIGINT      NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    checks      INTEGER     NOT NULL DEFAULT 0
);

CREATE SEQUENCE licensing_request_number_seq;
CREATE SEQUENCE licensing_licence_number_seq;

CREATE TABLE licensing_licence (
    id                BIGSERIAL PRIMARY KEY,
    number            TEXT        NOT NULL UNIQUE,
    service           TEXT        NOT NULL,
    holder_account_id BIGINT      NOT NULL,
    holder_iin        TEXT        NOT NULL,
    holder_name       TEXT        NOT NULL,
    specialties       TEXT[]      NOT NULL DEFAULT '{}',
    issued_on         DATE        NOT NULL,
    status            TEXT        NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'TERMINATED', 'REISSUED')),
    status_reason     TEXT,
    status_changed_at TIMESTAMPTZ,
    request_id        BIGINT      NOT NULL,
    replaces_id       BIGINT REFERENCES licensing_licence (id),
    replaced_by_id    BIGINT REFERENCES licensing_licence (id),
    reissue_reason    TEXT,
    pdf               BYTEA       NOT NULL,
    created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX licensing_licence_holder ON licensing_licence (holder_iin);

CREATE TABLE licensing_request (
    id                  BIGSERIAL PRIMARY KEY,
    number              TEXT        NOT NULL UNIQUE,
    kind                TEXT        NOT NULL CHECK (kind IN ('ISSUE', 'REISSUE')),
    service             TEXT        NOT NULL,
    account_id          BIGINT      NOT NULL,
    applicant_iin       TEXT        NOT NULL,
    applicant_name      TEXT        NOT NULL,
    language            TEXT        NOT NULL,
    specialties         TEXT[]      NOT NULL DEFAULT '{}',
    replaces_licence_id BIGINT REFERENCES licensing_licence (id),
    reissue_reason      TEXT,
    status              TEXT        NOT NULL,
    payment_reference   TEXT,
    payment_status      TEXT,
    payment_checked_at  TIMESTAMPTZ,
    content             BYTEA,
    cms                 BYTEA,
    signer              TEXT,
    received_at         TIMESTAMPTZ,
    refusal_reason      TEXT,
    licence_id          BIGINT REFERENCES licensing_licence (id),
    version             INTEGER     NOT NULL DEFAULT 0,
    created_at          TIMESTAMPTZ NOT NULL
);
CREATE INDEX licensing_request_account ON licensing_request (account_id);
-- Two re-issue requests of one licence at once: the second signed one is refused (one open re-issue per licence).
CREATE UNIQUE INDEX licensing_request_one_open_reissue ON licensing_request (replaces_licence_id)
    WHERE status = 'IN_PROGRESS';

CREATE TABLE licensing_request_document (
    id           UUID PRIMARY KEY,
    request_id   BIGINT      NOT NULL REFERENCES licensing_request (id),
    type         TEXT        NOT NULL,
    file_name    TEXT        NOT NULL,
    content_type TEXT        NOT NULL,
    size         INTEGER     NOT NULL,
    sha256       TEXT        NOT NULL,
    content      BYTEA       NOT NULL,
    attached_at  TIMESTAMPTZ NOT NULL,
    UNIQUE (request_id, type)
);

CREATE TABLE licensing_request_step (
    request_id BIGINT      NOT NULL REFERENCES licensing_request (id),
    step       TEXT        NOT NULL,
    due_at     TIMESTAMPTZ NOT NULL,
    done_at    TIMESTAMPTZ NOT NULL,
    actor      TEXT        NOT NULL,
    note       TEXT,
    PRIMARY KEY (request_id, step)
);

-- Outcomes a licence depends on (BAILIFF_ATTESTATION's appendix-3 decision, the appendix-5 qualification
-- certificate), recorded by the Ministry until the outcomes register answers the port.
CREATE TABLE licensing_prerequisite (
    id                BIGSERIAL PRIMARY KEY,
    iin               TEXT        NOT NULL,
    form              TEXT        NOT NULL,
    number            TEXT        NOT NULL,
    specialties       TEXT[]      NOT NULL DEFAULT '{}',
    issued_on         DATE        NOT NULL,
    valid_until       DATE,
    revoked_at        TIMESTAMPTZ,
    revocation_reason TEXT,
    recorded_by       TEXT        NOT NULL,
    recorded_at       TIMESTAMPTZ NOT NULL,
    UNIQUE (form, number)
);
CREATE INDEX licensing_prerequisite_iin ON licensing_prerequisite (iin, form);
