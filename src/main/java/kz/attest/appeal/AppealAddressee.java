package kz.attest.appeal;

import java.util.Locale;

/** To whom a complaint is addressed (¶100); the term of the answer follows from it (¶101). */
public enum AppealAddressee {
    /** The head of the provider whose decision, action or inaction is complained of. */
    PROVIDER_HEAD,
    /** The Ministry of Justice. */
    MINISTRY,
    /** The authorised body for the assessment and control of the quality of public services. */
    QUALITY_CONTROL;

    public String messageKey() {
        return "appeal.addressee." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
