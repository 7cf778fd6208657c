-- Questions invalidated after delivery on an act of technical failure (seed 000 ¶26): at most once per question.
CREATE TABLE itembank_invalidation
(
    item_id        UUID PRIMARY KEY REFERENCES itembank_item (id),
    reason         TEXT                     NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    act_reference  TEXT                     NOT NULL CHECK (length(act_reference) BETWEEN 1 AND 200),
    invalidated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    invalidated_by TEXT                     NOT NULL
);
