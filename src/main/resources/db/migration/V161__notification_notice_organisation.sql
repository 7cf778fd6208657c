-- The organisation a notice concerns (the provider handling the application, ...), so that staff see the delivery
-- status of their organisation's notices. Notices that name a provider among their parameters carry it already.
ALTER TABLE notification_notice ADD COLUMN organisation_id TEXT;
UPDATE notification_notice SET organisation_id = parameters ->> 'provider' WHERE parameters ? 'provider';
CREATE INDEX notification_notice_organisation_idx ON notification_notice (organisation_id, created_at DESC);
