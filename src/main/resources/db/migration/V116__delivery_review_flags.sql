-- Review flags the candidate sets on questions: kept on the server so that a seat move (issue 5 "Resume") keeps them
-- with the answers. A flag is a row; clearing it deletes the row. Nothing here touches scoring.
CREATE TABLE delivery_review_flag (
    attempt_id UUID        NOT NULL REFERENCES delivery_attempt (id),
    position   INT         NOT NULL CHECK (position >= 1),
    flagged_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (attempt_id, position)
);
