-- issue 13 point 8: a hall checks either the Safe Exam Browser configuration key or the Browser Exam Key
ALTER TABLE scheduling_hall
    ADD COLUMN seb_key_kind text NOT NULL DEFAULT 'CONFIG_KEY'
        CHECK (seb_key_kind IN ('CONFIG_KEY', 'BROWSER_EXAM_KEY'));
