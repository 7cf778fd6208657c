-- Removals for a violation (¶19, ¶44, ¶69, ¶92): a new application is blocked for the catalogue's term from the act.

CREATE TABLE decision_violation (
    act_id      uuid PRIMARY KEY,
    sitting_id  uuid         NOT NULL,
    account_id  bigint       NOT NULL,
    service     varchar(64)  NOT NULL,
    drawn_at    timestamptz  NOT NULL
);
CREATE INDEX decision_violation_account ON decision_violation (account_id, service);
