package kz.attest.application;

import java.util.Locale;

/** Where an application stands (lifecycle.md "Provider processing"). */
public enum ApplicationStatus {
    SUBMITTED, REGISTERED, REFUSED_INCOMPLETE, UNDER_REVIEW, ADMITTED, REFUSAL_PROPOSED, HEARING, REFUSED, WITHDRAWN;

    /** Whether the provider still has to act; only open applications may be withdrawn. */
    public boolean isOpen() {
        return switch (this) {
            case REFUSED_INCOMPLETE, ADMITTED, REFUSED, WITHDRAWN -> false;
            default -> true;
        };
    }

    /** Message key of the status's name, e.g. {@code application.status.under-review}. */
    public String messageKey() {
        return "application.status." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
