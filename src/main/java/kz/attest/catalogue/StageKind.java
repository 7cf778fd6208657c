package kz.attest.catalogue;

/** The two kinds of computer test of seed 000: knowledge of legislation, and practical skills (cases). */
public enum StageKind {
    KNOWLEDGE_TEST, PRACTICAL_TEST
}
