-- A candidate's form assembled ahead of the Start (issue 12, the Start burst): set at check-in or when the
-- workstation is started, moved into form/form_seed/question_count/option_counts by the Start in one UPDATE. Never
-- read by anything that serves a candidate: the question texts reach a candidate only from "form", after the Start.
ALTER TABLE delivery_attempt
    ADD COLUMN prepared_form           jsonb,
    ADD COLUMN prepared_seed           bigint,
    ADD COLUMN prepared_question_count int,
    ADD COLUMN prepared_option_counts  int[];
