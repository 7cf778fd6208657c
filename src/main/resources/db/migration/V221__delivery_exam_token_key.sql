-- issue 12 point 2: the key that seals the exam token a question page hands to its script (kz.attest.delivery.ExamTokens).
-- One row, written once by the first node that needs it (32 random bytes from the JDK's SecureRandom), read by every
-- node: a token sealed on one node is opened on any other (several nodes on one database, no sticky sessions).
CREATE TABLE delivery_exam_token_key (
    id         smallint    PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    secret     bytea       NOT NULL CHECK (length(secret) = 32),
    created_at timestamptz NOT NULL DEFAULT now()
);
