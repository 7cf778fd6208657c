-- Append-only, hash-chained audit log (one row per state change of any module).
CREATE TABLE audit_entry
(
    seq         BIGINT PRIMARY KEY,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor       TEXT                     NOT NULL,
    action      TEXT                     NOT NULL,
    entity_type TEXT                     NOT NULL,
    entity_id   TEXT,
    summary     TEXT,
    prev_hash   CHAR(64)                 NOT NULL,
    hash        CHAR(64)                 NOT NULL
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id);

-- The application never updates or deletes an entry; the database refuses to as well.
CREATE FUNCTION audit_entry_append_only() RETURNS trigger AS
$$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_no_update
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
