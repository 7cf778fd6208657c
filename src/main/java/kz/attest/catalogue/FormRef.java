package kz.attest.catalogue;

/** A document form a service uses: an application form or the form of its decision (documents.md). */
public record FormRef(String code, LocalizedText title, LegalRef ref) {
}
