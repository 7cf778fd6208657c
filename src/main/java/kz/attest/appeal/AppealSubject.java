package kz.attest.appeal;

import java.util.Locale;

/** What is complained of (¶100): a decision, an action or an inaction of the provider or its officials. */
public enum AppealSubject {
    DECISION, ACTION, INACTION;

    public String messageKey() {
        return "appeal.subject." + name().toLowerCase(Locale.ROOT);
    }
}
