package kz.attest.catalogue;

/** A type of document an applicant attaches (identity document, diploma, ...). */
public record DocumentType(String code, LocalizedText name) {
}
