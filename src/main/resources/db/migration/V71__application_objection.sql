-- The applicant's objection to a preliminary refusal (seed 000 ¶7, ¶37, ¶62, ¶81): text and optional files,
-- accepted within 2 working days of the notice.
CREATE TABLE application_objection (
    id              bigserial PRIMARY KEY,
    application_id  bigint        NOT NULL REFERENCES application_application (id),
    text            text          NOT NULL,
    submitted_by    varchar(128)  NOT NULL,
    submitted_at    timestamptz   NOT NULL,
    due_date        date          NOT NULL
);
CREATE INDEX application_objection_application ON application_objection (application_id);

CREATE TABLE application_objection_file (
    id            uuid PRIMARY KEY,
    objection_id  bigint        NOT NULL REFERENCES application_objection (id),
    file_name     varchar(255)  NOT NULL,
    content_type  varchar(64)   NOT NULL,
    size_bytes    bigint        NOT NULL,
    sha256        char(64)      NOT NULL,
    content       bytea         NOT NULL
);
CREATE INDEX application_objection_file_objection ON application_objection_file (objection_id);
