package kz.attest.catalogue;

/** Which organisation provides a service (README "Actors"). */
public enum ProviderKind {
    /** ДЮ: a regional department of justice. */
    JUSTICE_DEPARTMENT,
    /** ЦСЭ: the Centre of Forensic Expertise. */
    FORENSIC_CENTRE,
    /** The Ministry of Justice itself. */
    MINISTRY
}
