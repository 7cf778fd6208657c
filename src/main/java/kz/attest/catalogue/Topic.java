package kz.attest.catalogue;

/** A law or subject a knowledge test draws questions from; shared by every service whose blueprint names it. */
public record Topic(String code, LocalizedText name) {
}
