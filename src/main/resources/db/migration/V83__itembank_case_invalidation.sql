-- Cases (practical tasks of stage 2) invalidated after delivery on an act of technical failure (seed 000 ¶26):
-- at most once per case. The candidates who were shown it sit stage 2 again.
CREATE TABLE itembank_case_invalidation
(
    case_id        UUID PRIMARY KEY REFERENCES itembank_case (id),
    reason         TEXT                     NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    act_reference  TEXT                     NOT NULL CHECK (length(act_reference) BETWEEN 1 AND 200),
    invalidated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    invalidated_by TEXT                     NOT NULL
);
