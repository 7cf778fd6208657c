-- Scheduling (spec testing.md "Test halls and scheduling", seed 000 ¶10, ¶15, ¶42, ¶67, ¶98): the operator's halls
-- and seats at its test centres, planned sessions, and each admitted candidate's sitting with check-in and seat.

CREATE TABLE scheduling_hall (
    id                 uuid PRIMARY KEY,
    centre_id          varchar(64)  NOT NULL,
    name               varchar(200) NOT NULL,
    address            varchar(500) NOT NULL,
    capacity           int          NOT NULL CHECK (capacity > 0),
    seb_key_hex        char(64),
    allowed_ip_ranges  text         NOT NULL DEFAULT '',
    created_at         timestamptz  NOT NULL,
    UNIQUE (centre_id, name)
);

CREATE TABLE scheduling_seat (
    id       uuid PRIMARY KEY,
    hall_id  uuid        NOT NULL REFERENCES scheduling_hall (id),
    label    varchar(32) NOT NULL,
    active   boolean     NOT NULL,
    UNIQUE (hall_id, label)
);

CREATE TABLE scheduling_session (
    id            uuid PRIMARY KEY,
    hall_id       uuid         NOT NULL REFERENCES scheduling_hall (id),
    service_code  varchar(64)  NOT NULL,
    test_date     date         NOT NULL,
    starts_at     time         NOT NULL,
    stages        varchar(64)  NOT NULL,
    state         varchar(16)  NOT NULL,
    planned_by    varchar(128) NOT NULL,
    planned_at    timestamptz  NOT NULL,
    closed_at     timestamptz
);
CREATE INDEX scheduling_session_day ON scheduling_session (test_date, hall_id);

CREATE TABLE scheduling_sitting (
    id                 uuid PRIMARY KEY,
    session_id         uuid         NOT NULL REFERENCES scheduling_session (id),
    application_id     bigint       NOT NULL,
    registration_number varchar(64),
    provider_id        varchar(64)  NOT NULL,
    account_id         bigint       NOT NULL,
    iin                varchar(12)  NOT NULL,
    full_name          varchar(300) NOT NULL,
    specialty          varchar(64),
    state              varchar(16)  NOT NULL,
    assigned_at        timestamptz  NOT NULL,
    document_type      varchar(16),
    document_number    varchar(32),
    seat_id            uuid REFERENCES scheduling_seat (id),
    code_hash          char(64),
    checked_in_at      timestamptz,
    checked_in_by      varchar(128),
    absent_at          timestamptz
);
CREATE INDEX scheduling_sitting_session ON scheduling_sitting (session_id);
-- one live sitting per application; an absent one stays for the record
CREATE UNIQUE INDEX scheduling_sitting_application ON scheduling_sitting (application_id) WHERE state <> 'ABSENT';
-- a seat holds one candidate per session; a code is unique among the session's active codes
CREATE UNIQUE INDEX scheduling_sitting_seat ON scheduling_sitting (session_id, seat_id) WHERE seat_id IS NOT NULL;
CREATE UNIQUE INDEX scheduling_sitting_code ON scheduling_sitting (session_id, code_hash) WHERE code_hash IS NOT NULL;
