-- Delivered responses for item statistics: one header row per scored attempt (recording it again replaces its
-- responses, so a re-score never counts an attempt twice) and one row per shown question.
CREATE TABLE itembank_attempt
(
    attempt_id   UUID PRIMARY KEY,
    service_code TEXT                     NOT NULL,
    stage        INT                      NOT NULL,
    total_score  NUMERIC(10, 3)           NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE itembank_response
(
    attempt_id    UUID    NOT NULL REFERENCES itembank_attempt (attempt_id),
    position      INT     NOT NULL,
    question_id   UUID    NOT NULL,
    -- -1 for a bank question, otherwise the 0-based number of the question within its case
    case_question INT     NOT NULL,
    -- the chosen option in the bank's stored order (not the shuffled order shown); NULL when nothing was chosen
    chosen_option INT,
    correct       BOOLEAN NOT NULL,
    PRIMARY KEY (attempt_id, position)
);
CREATE INDEX itembank_response_question_idx ON itembank_response (question_id, case_question);
