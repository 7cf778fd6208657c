-- Sealed packages of the question bank (seed 000 ¶14, ¶41, ¶66, ¶89): the Ministry's record of what it exported and
-- the operator's record of what it imported, superseded, withdrew and destroyed. A destroyed package keeps its row
-- (the account of destruction) but loses its file.
CREATE TABLE itembank_package
(
    side              TEXT                     NOT NULL CHECK (side IN ('EXPORTED', 'IMPORTED')),
    id                UUID                     NOT NULL,
    line              TEXT                     NOT NULL,
    version           INT                      NOT NULL,
    status            TEXT                     NOT NULL
        CHECK (status IN ('EXPORTED', 'ACTIVE', 'SUPERSEDED', 'WITHDRAWN', 'DESTROYED')),
    manifest          JSONB                    NOT NULL,
    file_sha256       TEXT                     NOT NULL,
    file              BYTEA,
    signer            TEXT,
    items             INT                      NOT NULL,
    cases             INT                      NOT NULL,
    inserted_items    INT                      NOT NULL DEFAULT 0,
    inserted_cases    INT                      NOT NULL DEFAULT 0,
    not_before        TIMESTAMP WITH TIME ZONE NOT NULL,
    not_after         TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by       TEXT                     NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    superseded_by     UUID,
    withdrawn_by      TEXT,
    withdrawn_at      TIMESTAMP WITH TIME ZONE,
    withdrawal_reason TEXT,
    destroyed_by      TEXT,
    destroyed_at      TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (side, id),
    UNIQUE (side, line, version)
);

-- What an imported package holds; "inserted" marks the bank rows the package brought (not already present).
CREATE TABLE itembank_package_entry
(
    package_id UUID    NOT NULL,
    kind       TEXT    NOT NULL CHECK (kind IN ('ITEM', 'CASE')),
    entry_id   UUID    NOT NULL,
    version    INT     NOT NULL,
    inserted   BOOLEAN NOT NULL,
    PRIMARY KEY (package_id, kind, entry_id)
);
CREATE INDEX itembank_package_entry_idx ON itembank_package_entry (kind, entry_id);
