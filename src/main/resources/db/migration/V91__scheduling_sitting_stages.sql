-- The stages each candidate sits (seed 000 ¶26, ¶51): a sitting may hold fewer stages than its session's plan — a
-- knowledge stage credited on a forensic repeat (¶51), or a stage planned anew after re-scoring (¶26) for an
-- application that already had a sitting. NULL stages: the session's plan (rows written before V91).

ALTER TABLE scheduling_sitting ADD COLUMN stages varchar(64);
ALTER TABLE scheduling_sitting ADD COLUMN credited_stages varchar(64) NOT NULL DEFAULT '';
ALTER TABLE scheduling_sitting ADD COLUMN stage_request_id bigint;

-- the provider's request (its motivated letter, ¶26) that a candidate sit a stage again at a new session
CREATE TABLE scheduling_stage_request (
    id                   bigserial PRIMARY KEY,
    previous_sitting_id  uuid         NOT NULL REFERENCES scheduling_sitting (id),
    application_id       bigint       NOT NULL,
    service_code         varchar(64)  NOT NULL,
    stage                int          NOT NULL,
    reason               varchar(1000) NOT NULL,
    requested_at         timestamptz  NOT NULL,
    sitting_id           uuid REFERENCES scheduling_sitting (id),
    UNIQUE (previous_sitting_id, stage)
);
CREATE INDEX scheduling_stage_request_pending ON scheduling_stage_request (service_code) WHERE sitting_id IS NULL;

-- one live sitting per application and request: the first sitting (no request) and one per stage request
DROP INDEX scheduling_sitting_application;
CREATE UNIQUE INDEX scheduling_sitting_application ON scheduling_sitting (application_id, coalesce(stage_request_id, 0))
    WHERE state <> 'ABSENT';
