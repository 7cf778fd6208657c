-- The IIN in a staff member's EDS certificate, for verifying what they sign (a head signs the motivated decision,
-- seed 000 ¶7). Staff still sign in with their username; the IIN is only the signer's identity.
CREATE TABLE identity_staff_signing_iin (
    account_id  BIGINT   PRIMARY KEY REFERENCES identity_account (id),
    iin         CHAR(12) NOT NULL UNIQUE
);
