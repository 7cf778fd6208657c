-- Accounts: applicants sign in with their IIN, staff with a username; both with a password hashed by Spring
-- Security's delegating encoder. The IIN is unique, so a repeated registration can never create a second account.
CREATE TABLE identity_account
(
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iin              CHAR(12) UNIQUE,
    username         TEXT UNIQUE CHECK (username = lower(username)),
    surname          TEXT                     NOT NULL CHECK (length(surname) <= 100),
    given_name       TEXT                     NOT NULL CHECK (length(given_name) <= 100),
    patronymic       TEXT CHECK (length(patronymic) <= 100),
    email            TEXT CHECK (length(email) <= 254),
    phone            TEXT CHECK (phone ~ '^\+77[0-9]{9}$'),
    password_hash    TEXT                     NOT NULL,
    language         TEXT                     NOT NULL CHECK (language IN ('kk', 'ru', 'en')),
    organisation_id  TEXT REFERENCES identity_organisation (id),
    failed_sign_ins  INT                      NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP WITH TIME ZONE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (iin IS NOT NULL OR username IS NOT NULL)
);

CREATE TABLE identity_account_role
(
    account_id BIGINT NOT NULL REFERENCES identity_account (id),
    role       TEXT   NOT NULL CHECK (role IN ('APPLICANT', 'PROVIDER_OFFICER', 'PROVIDER_HEAD', 'OPERATOR_ADMIN',
                                               'PROCTOR', 'COMMISSION_MEMBER', 'QUESTION_AUTHOR', 'AUDITOR',
                                               'SYSTEM_ADMIN')),
    PRIMARY KEY (account_id, role)
);
