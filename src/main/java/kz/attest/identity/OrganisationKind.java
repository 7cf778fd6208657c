package kz.attest.identity;

/** What an organisation is in the service chain (spec README, "Actors"). */
public enum OrganisationKind {
    /** A regional department of justice (ДЮ): provider of most attestation services. */
    JUSTICE_DEPARTMENT,
    /** The Centre of Forensic Expertise (ЦСЭ): provider of the forensic expert services. */
    FORENSIC_CENTRE,
    /** The Ministry of Justice itself: provider (patent attorneys, licences) and author of questions. */
    MINISTRY,
    /** The testing operator, which runs test centres. */
    TESTING_OPERATOR,
    /** A test centre of the testing operator, with its halls. */
    TEST_CENTRE,
    /** The authorised body for the assessment and control of the quality of public services (appeals, ¶100). */
    QUALITY_CONTROL_BODY
}
