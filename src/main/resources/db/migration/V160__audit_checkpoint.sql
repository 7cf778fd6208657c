-- Signed checkpoints of the audit chain's head, kept apart from the chain: each one is CMS SignedData (the platform's
-- key) over the head's sequence number and hash and the previous checkpoint's digest. Verification compares the chain
-- with them, so a deleted tail or a chain recomputed from a changed row is found.
CREATE TABLE audit_checkpoint
(
    id       BIGINT PRIMARY KEY,
    seq      BIGINT                   NOT NULL,
    hash     CHAR(64)                 NOT NULL,
    taken_at TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_by TEXT                     NOT NULL,
    signed   BYTEA                    NOT NULL
);
CREATE SEQUENCE audit_checkpoint_id_seq;

CREATE FUNCTION audit_checkpoint_append_only() RETURNS trigger AS
$$
BEGIN
    RAISE EXCEPTION 'audit_checkpoint is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_checkpoint_no_update
    BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_checkpoint_append_only();
