package kz.attest.identity;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.HashMap;
import java.util.Map;

/**
 * People's names for pages that record who acted by login or IIN (histories, acts, reviews): every page has one as
 * {@code people}; {@code ${people.name(e.actor)}} prints the person's full name, or the value as given when it names
 * no account (a system job, a person outside the platform). Issue 14: no logins on screen.
 */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PeopleNames {

    private final Accounts accounts;
    private final Organisations organisations;
    private final org.springframework.context.MessageSource messages;

    @ModelAttribute("people")
    Names people() {
        return new Names(accounts, organisations, messages);
    }

    /** Looks each login up once per page. */
    public static final class Names {

        private final Accounts accounts;
        private final Organisations organisations;
        private final org.springframework.context.MessageSource messages;
        private final Map<String, String> known = new HashMap<>();

        Names(Accounts accounts, Organisations organisations) {
            this(accounts, organisations, null);
        }

        Names(Accounts accounts, Organisations organisations, org.springframework.context.MessageSource messages) {
            this.accounts = accounts;
            this.organisations = organisations;
            this.messages = messages;
        }

        /** An organisation's name in the reader's language ({@code dj-almaty} → "Justice Department of Almaty"). */
        public String organisation(String id) {
            if (id == null || id.isBlank()) {
                return "";
            }
            return organisations.find(id)
                    .map(o -> o.name(org.springframework.context.i18n.LocaleContextHolder.getLocale())).orElse(id);
        }

        public String name(String login) {
            if (login == null || login.isBlank()) {
                return "";
            }
            return known.computeIfAbsent(login, l -> accounts.findByLoginName(l).map(SignedInUser::fullName)
                    .filter(name -> !name.isBlank()).orElseGet(() -> system(l)));
        }

        /** A system that acts on its own ("testing", "system") by its name in the reader's language (issue 14). */
        private String system(String login) {
            return messages == null ? login : messages.getMessage("identity.actor." + login, null, login,
                    org.springframework.context.i18n.LocaleContextHolder.getLocale());
        }
    }
}
