-- Working-day calendar: the years an administrator maintains and their special days.
-- Weekend-moved days off are NOT stored: they are derived in code from the holidays (Labour Code art. 85),
-- so a holiday added by an administrator gets its moved day automatically.
CREATE TABLE calendar_year
(
    year      INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
    opened_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    note      TEXT
);

CREATE TABLE calendar_day
(
    day          DATE PRIMARY KEY,
    kind         VARCHAR(32) NOT NULL
        CHECK (kind IN ('HOLIDAY', 'TRANSFERRED_DAY_OFF', 'TRANSFERRED_WORKING_DAY')),
    -- religious holidays (7 January, Kurban Ait) do not move when they fall on a weekend
    religious    BOOLEAN     NOT NULL DEFAULT FALSE,
    name_kk      TEXT        NOT NULL,
    name_ru      TEXT        NOT NULL,
    name_en      TEXT,
    legal_source TEXT,
    CHECK (NOT religious OR kind = 'HOLIDAY'),
    CHECK (kind <> 'TRANSFERRED_WORKING_DAY' OR EXTRACT(ISODOW FROM day) IN (6, 7)),
    CHECK (kind <> 'TRANSFERRED_DAY_OFF' OR EXTRACT(ISODOW FROM day) BETWEEN 1 AND 5)
);

-- Bumped by every edit; each application node compares it on a short TTL and reloads its cached years.
CREATE TABLE calendar_revision
(
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    revision BIGINT NOT NULL
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 1);
