-- The question bank. Text, options and keys live only in the encrypted "content" columns (AES-GCM, IV || ciphertext,
-- the row's id as associated data); key_id names the key of each value so a key rotation can re-encrypt row by row.
-- Topic, status, option counts and flags stay readable: form assembly needs no decryption.
CREATE TABLE itembank_item
(
    id            UUID PRIMARY KEY,
    topic         TEXT                     NOT NULL,
    status        TEXT                     NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETIRED')),
    version       INT                      NOT NULL,
    option_count  INT                      NOT NULL,
    author        TEXT                     NOT NULL,
    edited_by     TEXT                     NOT NULL,
    reviewer      TEXT,
    practice      BOOLEAN                  NOT NULL,
    demonstration BOOLEAN                  NOT NULL,
    key_id        TEXT                     NOT NULL,
    content       BYTEA                    NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX itembank_item_pool_idx ON itembank_item (status, practice, topic);

CREATE TABLE itembank_item_version
(
    item_id   UUID                     NOT NULL REFERENCES itembank_item (id),
    version   INT                      NOT NULL,
    edited_by TEXT                     NOT NULL,
    edited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id    TEXT                     NOT NULL,
    content   BYTEA                    NOT NULL,
    PRIMARY KEY (item_id, version)
);

CREATE TABLE itembank_case
(
    id            UUID PRIMARY KEY,
    scope_kind    TEXT                     NOT NULL CHECK (scope_kind IN ('SERVICE', 'SPECIALTY')),
    scope_code    TEXT                     NOT NULL,
    status        TEXT                     NOT NULL CHECK (status IN ('DRAFT', 'IN_REVIEW', 'APPROVED', 'RETIRED')),
    version       INT                      NOT NULL,
    option_counts TEXT                     NOT NULL,
    author        TEXT                     NOT NULL,
    edited_by     TEXT                     NOT NULL,
    reviewer      TEXT,
    practice      BOOLEAN                  NOT NULL,
    demonstration BOOLEAN                  NOT NULL,
    key_id        TEXT                     NOT NULL,
    content       BYTEA                    NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX itembank_case_pool_idx ON itembank_case (status, practice, scope_kind, scope_code);

CREATE TABLE itembank_case_version
(
    case_id   UUID                     NOT NULL REFERENCES itembank_case (id),
    version   INT                      NOT NULL,
    edited_by TEXT                     NOT NULL,
    edited_at TIMESTAMP WITH TIME ZONE NOT NULL,
    key_id    TEXT                     NOT NULL,
    content   BYTEA                    NOT NULL,
    PRIMARY KEY (case_id, version)
);

-- Every form handed to a candidate: the seed reproduces it, the item ids let the next form avoid them.
CREATE TABLE itembank_form
(
    id           UUID PRIMARY KEY,
    candidate    TEXT                     NOT NULL,
    service_code TEXT                     NOT NULL,
    stage        INT                      NOT NULL,
    specialty    TEXT,
    practice     BOOLEAN                  NOT NULL,
    seed         BIGINT                   NOT NULL,
    form         JSONB                    NOT NULL,
    assembled_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX itembank_form_candidate_idx ON itembank_form (candidate);
