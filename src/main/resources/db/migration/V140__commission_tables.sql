-- The attestation commission's interview after a passed test (seeds 001, 002): the commission of a provider with its
-- members, the interviews, the questions asked, the members' votes and the protocol the chair signs.

CREATE TABLE commission_commission (
    organisation_id varchar(64)  PRIMARY KEY,
    name            varchar(255) NOT NULL,
    created_at      timestamptz  NOT NULL,
    created_by      varchar(128) NOT NULL
);

-- role: CHAIR (votes, signs the protocol), MEMBER (votes), SECRETARY (plans, records; does not vote)
CREATE TABLE commission_member (
    organisation_id varchar(64)  NOT NULL REFERENCES commission_commission (organisation_id),
    account_id      bigint       NOT NULL,
    role            varchar(16)  NOT NULL,
    added_at        timestamptz  NOT NULL,
    added_by        varchar(128) NOT NULL,
    PRIMARY KEY (organisation_id, account_id)
);
CREATE UNIQUE INDEX commission_member_one_chair ON commission_member (organisation_id) WHERE role = 'CHAIR';

-- status: PENDING (awaiting a slot), PLANNED (slot notified), CONCLUDED (protocol signed; immutable)
CREATE TABLE commission_interview (
    id                  bigserial    PRIMARY KEY,
    sitting_id          uuid         NOT NULL UNIQUE,
    application_id      bigint       NOT NULL,
    registration_number varchar(64)  NOT NULL,
    account_id          bigint       NOT NULL,
    applicant_iin       varchar(12)  NOT NULL,
    service             varchar(64)  NOT NULL,
    organisation_id     varchar(64)  NOT NULL,
    specialties         text         NOT NULL,
    test_day            date         NOT NULL,
    status              varchar(16)  NOT NULL,
    created_at          timestamptz  NOT NULL,
    starts_at           timestamptz,
    ends_at             timestamptz,
    room                varchar(255),
    link                varchar(1024),
    planned_by          varchar(128),
    version             integer      NOT NULL DEFAULT 0,
    protocol_pdf        bytea,
    protocol_version    integer,
    protocol_prepared_at timestamptz,
    outcome_passed      boolean,
    decided_by_chair    boolean,
    signed_at           timestamptz,
    signed_by           varchar(128),
    signer_subject      text,
    signature           bytea,
    CONSTRAINT commission_interview_place CHECK (room IS NULL OR link IS NULL)
);
CREATE INDEX commission_interview_organisation ON commission_interview (organisation_id, status);
CREATE INDEX commission_interview_account ON commission_interview (account_id);

CREATE TABLE commission_question (
    id           bigserial    PRIMARY KEY,
    interview_id bigint       NOT NULL REFERENCES commission_interview (id),
    specialty    varchar(64)  NOT NULL,
    text         text         NOT NULL,
    asked_by     varchar(128) NOT NULL,
    asked_at     timestamptz  NOT NULL
);
CREATE INDEX commission_question_interview ON commission_question (interview_id, specialty);

CREATE TABLE commission_vote (
    interview_id bigint       NOT NULL REFERENCES commission_interview (id),
    account_id   bigint       NOT NULL,
    passed       boolean      NOT NULL,
    voted_at     timestamptz  NOT NULL,
    PRIMARY KEY (interview_id, account_id)
);
