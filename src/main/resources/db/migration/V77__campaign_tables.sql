-- Forensic attestation campaigns (seed 000 ¶30–¶31, seed 001): the Centre's register of forensic experts with their
-- last attestation and the start of their activity, campaigns (regular, repeat, extraordinary) with their exam days and
-- the submission day of each, and the experts called to each campaign.

CREATE TABLE campaign_expert (
    id                bigserial     PRIMARY KEY,
    provider_id       varchar(64)   NOT NULL,
    iin               varchar(12)   NOT NULL UNIQUE,
    surname           varchar(100)  NOT NULL,
    given_name        varchar(100)  NOT NULL,
    patronymic        varchar(100),
    kind              varchar(16)   NOT NULL,
    specialty         varchar(64),
    activity_start    date          NOT NULL,
    last_attestation  date,
    created_at        timestamptz   NOT NULL
);

CREATE TABLE campaign (
    id            bigserial      PRIMARY KEY,
    provider_id   varchar(64)    NOT NULL,
    kind          varchar(16)    NOT NULL,
    title         varchar(500)   NOT NULL,
    decided_by    varchar(32),
    basis         varchar(2000),
    status        varchar(16)    NOT NULL,
    created_by    varchar(100)   NOT NULL,
    created_at    timestamptz    NOT NULL,
    announced_by  varchar(100),
    announced_at  timestamptz
);
CREATE INDEX campaign_provider ON campaign (provider_id, id);

CREATE TABLE campaign_day (
    campaign_id      bigint  NOT NULL REFERENCES campaign (id),
    exam_date        date    NOT NULL,
    submission_date  date    NOT NULL,
    PRIMARY KEY (campaign_id, exam_date)
);

CREATE TABLE campaign_participant (
    campaign_id  bigint   NOT NULL REFERENCES campaign (id),
    expert_id    bigint   NOT NULL REFERENCES campaign_expert (id),
    exam_date    date     NOT NULL,
    account_id   bigint,
    notified     boolean  NOT NULL DEFAULT false,
    PRIMARY KEY (campaign_id, expert_id)
);
