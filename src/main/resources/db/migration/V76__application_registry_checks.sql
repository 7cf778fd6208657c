-- Checks of an application's applicant against the external registries (state database of individuals, the
-- Prosecutor General's special records): every attempt is kept, including those the registry did not answer.

CREATE TABLE application_registry_check (
    id              bigserial     PRIMARY KEY,
    application_id  bigint        NOT NULL REFERENCES application_application (id),
    registry        varchar(32)   NOT NULL,
    outcome         varchar(32)   NOT NULL,
    details         text          NOT NULL DEFAULT '',
    checked_by      varchar(100)  NOT NULL,
    checked_at      timestamptz   NOT NULL
);
CREATE INDEX application_registry_check_application ON application_registry_check (application_id, id);
