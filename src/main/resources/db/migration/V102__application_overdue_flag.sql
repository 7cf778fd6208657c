-- Overdue steps flagged by the scheduled job (heads' SLA view): one row per application, step and due date, so each
-- overdue step is flagged, audited and told to the heads once, however many nodes or runs find it.
CREATE TABLE application_overdue_flag (
    application_id  bigint       NOT NULL REFERENCES application_application (id),
    step            varchar(64)  NOT NULL,
    due_date        date         NOT NULL,
    overdue_on      date         NOT NULL,
    flagged_at      timestamptz  NOT NULL,
    PRIMARY KEY (application_id, step, due_date)
);
