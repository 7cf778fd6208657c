-- issue 13 point 8: the sitting keeps which Safe Exam Browser key its hall checks, with the key itself
ALTER TABLE delivery_sitting
    ADD COLUMN seb_key_kind text NOT NULL DEFAULT 'CONFIG_KEY'
        CHECK (seb_key_kind IN ('CONFIG_KEY', 'BROWSER_EXAM_KEY'));
