package kz.attest.catalogue;

/** A forensic expert specialty; forensic cases are drawn per specialty, one specialty per attestation (¶32). */
public record ExpertSpecialty(String code, LocalizedText name, SpecialtyGroup group) {
}
