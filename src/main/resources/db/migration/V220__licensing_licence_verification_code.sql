-- Licences verified on the shared /verify page by number and code (the QR code on the e-licence), like decisions:
-- only the code's SHA-256 is stored. Licences issued before have none and are verified by number alone.
ALTER TABLE licensing_licence ADD COLUMN code_hash CHAR(64) UNIQUE;
