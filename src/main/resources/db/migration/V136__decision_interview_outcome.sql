-- The commission interview's outcome (seeds 001, 002) beside the test results of the same sitting in the provider's
-- register: empty until the chair signs the protocol.
ALTER TABLE decision_result_sitting
    ADD COLUMN interview_passed           BOOLEAN,
    ADD COLUMN interview_decided_by_chair BOOLEAN,
    ADD COLUMN interview_concluded_at     TIMESTAMPTZ;
