-- The qualification-requirements checklist of an application (seed 000 ¶5, ¶80): each catalogue item marked met or
-- not met with a note, by whom and when. A new mark replaces the previous one; every mark is in the audit log.

CREATE TABLE application_requirement_mark (
    application_id    bigint        NOT NULL REFERENCES application_application (id),
    requirement_code  varchar(64)   NOT NULL,
    met               boolean       NOT NULL,
    note              varchar(2000),
    checked_by        varchar(100)  NOT NULL,
    checked_at        timestamptz   NOT NULL,
    PRIMARY KEY (application_id, requirement_code)
);
