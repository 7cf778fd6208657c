-- The motivated decision after the hearing (seed 000 ¶7, ¶37, ¶62, ¶81): prepared by an officer, final only when the
-- head signs its canonical content with EDS (the CMS is kept with the signer's subject).
CREATE TABLE application_decision (
    id              bigserial PRIMARY KEY,
    application_id  bigint        NOT NULL REFERENCES application_application (id),
    admit           boolean       NOT NULL,
    reason          text,
    prepared_by     varchar(128)  NOT NULL,
    prepared_at     timestamptz   NOT NULL,
    content         bytea         NOT NULL,
    signed_by       varchar(128),
    signed_at       timestamptz,
    signature       bytea,
    signer_subject  varchar(500),
    superseded      boolean       NOT NULL DEFAULT false
);
CREATE INDEX application_decision_application ON application_decision (application_id);

-- The place, date, time and procedure of the test told to an admitted applicant (¶8, ¶33, ¶58, ¶83).
CREATE TABLE application_admission_notice (
    application_id  bigint        PRIMARY KEY REFERENCES application_application (id),
    test_place      varchar(500),
    test_at         timestamptz,
    procedure_text  text,
    by_operator     boolean       NOT NULL,
    given_by        varchar(128)  NOT NULL,
    given_at        timestamptz   NOT NULL
);
