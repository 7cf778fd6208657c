-- The signed results files a provider's node imported from an air-gapped operator node (¶24): one row per file,
-- keyed by the file's SHA-256, so that the same file imported twice stores nothing new.

CREATE TABLE decision_results_import (
    sha256       char(64)     PRIMARY KEY,
    provider_id  varchar(64)  NOT NULL,
    signer       varchar(500) NOT NULL,
    exported_at  varchar(64),
    sittings     int          NOT NULL,
    added        int          NOT NULL,
    imported_by  varchar(128) NOT NULL,
    imported_at  timestamptz  NOT NULL
);
