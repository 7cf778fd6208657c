-- Appeals (seed 000 ¶100–¶102): complaints about an application's decision, an action or an inaction, addressed to
-- the provider's head, the Ministry or the quality-control body, with their files and the answer.

CREATE TABLE appeal_appeal (
    id                  bigserial PRIMARY KEY,
    application_id      bigint       NOT NULL,
    application_number  varchar(64),
    service_code        varchar(64)  NOT NULL,
    provider_id         varchar(64)  NOT NULL,
    application_status  varchar(32)  NOT NULL,
    account_id          bigint       NOT NULL,
    applicant_iin       varchar(12),
    addressee           varchar(32)  NOT NULL CHECK (addressee IN ('PROVIDER_HEAD', 'MINISTRY', 'QUALITY_CONTROL')),
    addressee_org       varchar(64)  NOT NULL,
    subject             varchar(16)  NOT NULL CHECK (subject IN ('DECISION', 'ACTION', 'INACTION')),
    text                text         NOT NULL,
    filed_at            timestamptz  NOT NULL,
    registered_on       date         NOT NULL,
    due_date            date         NOT NULL,
    status              varchar(16)  NOT NULL CHECK (status IN ('OPEN', 'UPHELD', 'REJECTED')),
    answer              text,
    answered_by         varchar(128),
    answered_at         timestamptz,
    reopened            boolean      NOT NULL DEFAULT false
);
CREATE INDEX appeal_appeal_application ON appeal_appeal (application_id);
CREATE INDEX appeal_appeal_account ON appeal_appeal (account_id);
CREATE INDEX appeal_appeal_addressee ON appeal_appeal (addressee_org, status, due_date);

CREATE TABLE appeal_file (
    id            uuid PRIMARY KEY,
    appeal_id     bigint       NOT NULL REFERENCES appeal_appeal (id) ON DELETE CASCADE,
    file_name     varchar(255) NOT NULL,
    content_type  varchar(64)  NOT NULL,
    size_bytes    bigint       NOT NULL,
    sha256        char(64)     NOT NULL,
    content       bytea        NOT NULL
);
CREATE INDEX appeal_file_appeal ON appeal_file (appeal_id);
