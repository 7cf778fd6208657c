-- ¶26: the provider's motivated letter to the testing operator asking for a new sitting of a stage after a re-score
-- (a question invalidated by an act of technical failure, or a faulty practical task), one per re-scored attempt.

CREATE TABLE decision_stage_letter (
    id                 bigserial PRIMARY KEY,
    attempt_id         uuid         NOT NULL,
    sitting_id         uuid         NOT NULL,
    application_id     bigint,
    account_id         bigint       NOT NULL,
    provider_id        varchar(64),
    service            varchar(64)  NOT NULL,
    rescored_stage     int          NOT NULL,
    next_stage         int          NOT NULL,
    act_reference      varchar(500) NOT NULL,
    written_at         timestamptz  NOT NULL,
    planning_requested boolean      NOT NULL,
    UNIQUE (attempt_id, next_stage, act_reference)
);
CREATE INDEX decision_stage_letter_application ON decision_stage_letter (application_id);
