-- Trial tests (seed 000 ¶28, ¶55, ¶76, ¶99): a sitting an applicant opens from the cabinet, practice pool only.
ALTER TABLE delivery_sitting ADD COLUMN trial boolean NOT NULL DEFAULT false;
