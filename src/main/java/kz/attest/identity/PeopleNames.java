package kz.attest.identity;

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
public class PeopleNames {

    private final Accounts accounts;

    PeopleNames(Accounts accounts) {
        this.accounts = accounts;
    }

    @ModelAttribute("people")
    Names people() {
        return new Names(accounts);
    }

    /** Looks each login up once per page. */
    public static final class Names {

        private final Accounts accounts;
        private final Map<String, String> known = new HashMap<>();

        Names(Accounts accounts) {
            this.accounts = accounts;
        }

        public String name(String login) {
            if (login == null || login.isBlank()) {
                return "";
            }
            return known.computeIfAbsent(login, l -> accounts.findByLoginName(l).map(SignedInUser::fullName)
                    .filter(name -> !name.isBlank()).orElse(l));
        }
    }
}
