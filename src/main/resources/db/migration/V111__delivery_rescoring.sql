-- Re-scoring after a question was invalidated on an act of technical failure (seed 000 ¶26): the attempt keeps its
-- original score beside the current one, and every re-score is one row.

ALTER TABLE delivery_attempt
    ADD COLUMN original_correct int,
    ADD COLUMN original_passed  boolean,
    ADD COLUMN rescored_at      timestamptz;

CREATE TABLE delivery_rescore (
    attempt_id     uuid         NOT NULL REFERENCES delivery_attempt (id),
    item_id        uuid         NOT NULL,
    act_reference  text         NOT NULL,
    correct_before int          NOT NULL,
    correct_after  int          NOT NULL,
    total          int          NOT NULL,
    passed_before  boolean      NOT NULL,
    passed_after   boolean      NOT NULL,
    next_stage     int,
    rescored_at    timestamptz  NOT NULL,
    PRIMARY KEY (attempt_id, item_id)
);

-- Finds the attempts whose form showed an invalidated question (form @> {"items":[{"itemId":…}]}).
CREATE INDEX delivery_attempt_form_items ON delivery_attempt USING gin (form jsonb_path_ops);
