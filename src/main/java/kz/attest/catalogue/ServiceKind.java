package kz.attest.catalogue;

/** What a service grants: an attestation, a qualification (certificate) or a licence. */
public enum ServiceKind {
    ATTESTATION, QUALIFICATION, LICENSE
}
