package kz.attest.application;

import java.util.Arrays;
import java.util.Locale;

/** The steps of the guided application after the service is chosen, in order (issue 14). */
enum WizardStep {
    REQUIREMENTS, DOCUMENTS, SUMMARY, SIGN;

    /** The step named in the URL ({@code ?step=documents}); the first one when none or an unknown one is named. */
    static WizardStep parse(String name) {
        return Arrays.stream(values()).filter(s -> s.param().equals(name)).findFirst().orElse(REQUIREMENTS);
    }

    /** How the step is named in the URL. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String messageKey() {
        return "application.wizard." + param();
    }

    public WizardStep next() {
        return this == SIGN ? SIGN : values()[ordinal() + 1];
    }

    public WizardStep previous() {
        return this == REQUIREMENTS ? REQUIREMENTS : values()[ordinal() - 1];
    }

    public boolean first() {
        return this == REQUIREMENTS;
    }

    public boolean last() {
        return this == SIGN;
    }
}
