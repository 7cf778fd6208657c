-- ¶100: a complaint may go to the authorised body for the assessment and control of the quality of public services.
-- It gets an organisation (kind QUALITY_CONTROL_BODY) so that its staff can see and answer the complaints addressed
-- to it.
ALTER TABLE identity_organisation DROP CONSTRAINT IF EXISTS identity_organisation_kind_check;
ALTER TABLE identity_organisation ADD CONSTRAINT identity_organisation_kind_check
    CHECK (kind IN ('JUSTICE_DEPARTMENT', 'FORENSIC_CENTRE', 'MINISTRY', 'TESTING_OPERATOR', 'TEST_CENTRE',
                    'QUALITY_CONTROL_BODY'));

INSERT INTO identity_organisation (id, kind, parent_id, region_code, name_kk, name_ru, name_en, sort_order)
VALUES ('quality-control', 'QUALITY_CONTROL_BODY', NULL, NULL,
        'Мемлекеттік көрсетілетін қызметтердің сапасын бағалау және бақылау жөніндегі уәкілетті орган',
        'Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг',
        'Authorised body for the assessment and control of the quality of public services', 50)
ON CONFLICT (id) DO NOTHING;
