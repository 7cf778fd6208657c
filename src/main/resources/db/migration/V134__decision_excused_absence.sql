-- An absence excused for a valid reason (¶27, ¶54, ¶75, ¶98): the absent sitting stays for the record, but the
-- application may be assigned to a new session again (scheduling's "applications with a sitting" skips it).
ALTER TABLE scheduling_sitting ADD COLUMN excused_at timestamptz;
