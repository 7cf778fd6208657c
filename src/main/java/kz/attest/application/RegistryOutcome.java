package kz.attest.application;

/** What an external registry answered about the applicant. */
public enum RegistryOutcome {
    /** State database of individuals: the person exists and is alive. */
    PERSON_FOUND,
    /** State database of individuals: the person is recorded as deceased. */
    PERSON_DECEASED,
    /** State database of individuals: no person under this IIN. */
    PERSON_NOT_FOUND,
    /** Special records: nothing recorded. */
    NO_RECORDS,
    /** Special records: at least one record (conviction, court ban). */
    RECORDS_FOUND,
    /** The registry did not answer; the check may be run again. */
    UNAVAILABLE;

    /** Message key of the outcome's name. */
    public String messageKey() {
        return "application.registry.outcome." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
