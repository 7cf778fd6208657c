-- Issue 14: a history note is stored as a message key with its arguments (a JSON array of strings), read in the
-- reader's language; a person's own words stay in note with note_key NULL. Rows written before keep their text and
-- are read as written, except the notes the system itself wrote in English, which become their keys here.
ALTER TABLE application_step ADD COLUMN note_key varchar(128);
ALTER TABLE application_step ADD COLUMN note_args text;

UPDATE application_step SET note_key = 'application.history.note.attestation-held', note_args = '[]'
WHERE note = 'attestation held';
UPDATE application_step SET note_key = 'application.history.note.list-sent', note_args = '[]'
WHERE note = 'list for testing sent to the operator';
UPDATE application_step SET note_key = 'application.history.note.passed', note_args = '[]' WHERE note = 'passed';
UPDATE application_step SET note_key = 'application.history.note.not-passed', note_args = '[]' WHERE note = 'not passed';
UPDATE application_step SET note_key = 'application.history.note.passed-by',
       note_args = '["#{application.history.note.by-commission}"]'
WHERE note = 'passed, commission''s conclusion';
UPDATE application_step SET note_key = 'application.history.note.not-passed-by',
       note_args = '["#{application.history.note.by-commission}"]'
WHERE note = 'not passed, commission''s conclusion';
UPDATE application_step SET note_key = 'application.history.note.not-passed-by',
       note_args = '["#{application.history.note.absent}"]'
WHERE note = 'not passed, absent without a valid reason (¶98)';
UPDATE application_step SET note_key = 'application.history.note.absent-no-request', note_args = '[]'
WHERE note = 'absent from the test; no valid-reason request filed';
UPDATE application_step SET note_key = 'application.history.note.decision-prepared',
       note_args = json_build_array(substring(note FROM '^decision No (.+)$'))::text
WHERE note ~ '^decision No .+$';
UPDATE application_step SET note_key = 'application.history.note.decision-signed',
       note_args = json_build_array(substring(note FROM ', decision No (.+)$'))::text
WHERE status = 'DECIDED' AND note ~ ', decision No .+$';
UPDATE application_step SET note_key = 'application.history.note.training-ended', note_args = json_build_array(note)::text
WHERE note ~ '^\d{4}-\d{2}-\d{2}$';
UPDATE application_step SET note_key = 'application.history.note.appeal-upheld', note_args = json_build_array(note)::text
WHERE note ~ '^APL-\S+$';
-- missing documents: the catalogue's codes, shown by their names
UPDATE application_step SET note_args = array_to_json(string_to_array(note, ', '))::text
WHERE status = 'REFUSED_INCOMPLETE' AND note IS NOT NULL AND note_key IS NULL;
UPDATE application_step SET note = NULL WHERE note_key IS NOT NULL;
