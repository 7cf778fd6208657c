package kz.attest.application;

import java.util.Locale;

/** Where an application stands (lifecycle.md "Provider processing"). */
public enum ApplicationStatus {
    SUBMITTED, REGISTERED, REFUSED_INCOMPLETE, UNDER_REVIEW, ADMITTED, REFUSAL_PROPOSED, HEARING, REFUSED, WITHDRAWN,
    /** The results are in (after the last stage, or the commission's conclusion): the decision is due (¶25, ¶52). */
    TESTED,
    /** The decision is drawn up with its number and waits for the head's signature. */
    DECISION_PREPARED,
    /** The signed decision (attested or not, certificate issued or not) ends the application. */
    DECIDED;

    /** Whether the provider still has to act; only open applications may be withdrawn. */
    public boolean isOpen() {
        return switch (this) {
            case REFUSED_INCOMPLETE, ADMITTED, REFUSED, WITHDRAWN, DECIDED -> false;
            default -> true;
        };
    }

    /**
     * The statuses that are not {@link #isOpen() open}, as an SQL list ({@code 'REFUSED_INCOMPLETE', 'ADMITTED', …})
     * built from {@link #isOpen()}, so the queries and the enum cannot disagree (issue 15, point 5).
     */
    static final String CLOSED_SQL = java.util.Arrays.stream(values()).filter(status -> !status.isOpen())
            .map(status -> "'" + status.name() + "'").collect(java.util.stream.Collectors.joining(", "));

    /** Whether the test is behind the applicant and only the provider's decision remains (no withdrawal then). */
    public boolean awaitsDecision() {
        return this == TESTED || this == DECISION_PREPARED;
    }

    /** Message key of the status's name, e.g. {@code application.status.under-review}. */
    public String messageKey() {
        return "application.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
