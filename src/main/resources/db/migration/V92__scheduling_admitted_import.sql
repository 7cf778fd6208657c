-- Air-gapped import of the provider's signed admitted-list file (seed 000 ¶9, ¶34, ¶59, ¶84): each verified file once
-- (by its SHA-256), and its candidates, one row per application, offered for planning like the applications module's.

CREATE TABLE scheduling_admitted_import (
    sha256       char(64)     PRIMARY KEY,
    provider_id  varchar(64)  NOT NULL,
    signer       varchar(500) NOT NULL,
    exported_at  varchar(64),
    candidates   int          NOT NULL,
    added        int          NOT NULL,
    imported_by  varchar(128) NOT NULL,
    imported_at  timestamptz  NOT NULL
);

CREATE TABLE scheduling_imported_candidate (
    application_id       bigint       PRIMARY KEY,
    registration_number  varchar(64),
    iin                  varchar(12)  NOT NULL,
    full_name            varchar(300),
    service_code         varchar(64)  NOT NULL,
    provider_id          varchar(64)  NOT NULL,
    specialties          varchar(500) NOT NULL DEFAULT '',
    admitted_at          timestamptz  NOT NULL,
    file_sha256          char(64)     NOT NULL REFERENCES scheduling_admitted_import (sha256),
    imported_at          timestamptz  NOT NULL
);
CREATE INDEX scheduling_imported_candidate_service ON scheduling_imported_candidate (service_code);
