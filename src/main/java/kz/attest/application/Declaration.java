package kz.attest.application;

import java.util.Locale;

/** The declarations of appendix 7 the applicant confirms before signing (lifecycle.md "Submission" 3). */
public enum Declaration {
    PERSONAL_RESPONSIBILITY, OFFICIAL_CONTACTS, NOT_BARRED_BY_COURT, DOCUMENTS_GENUINE;

    /** Message key of the declaration's text. */
    public String messageKey() {
        return "application.declaration." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
