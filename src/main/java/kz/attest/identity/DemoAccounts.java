package kz.attest.identity;

import kz.attest.DemoData;
import kz.attest.web.SupportedLocales;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * One demonstration account per role, created on the first start of the embedded default (or when
 * {@code attest.demo-data=true}), and a banner in the log listing them. Documented in {@code docs/demo-accounts.md}.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)   // other modules' demonstration data refers to these accounts
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoAccounts implements DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    static final String APPLICANT_IIN = "900315300123";

    /** Login, password, role, organisation (null for the applicant), surname, given name. */
    record Demo(String login, String password, Role role, String organisationId, String surname, String givenName) {
    }

    /** The IINs of demo staff's EDS certificates (valid check digits; the demo CA issues their keys). */
    static final java.util.Map<String, String> STAFF_IINS = java.util.Map.of(
            "officer", "820303400034", "head", "780512300014", "cfe-officer", "750721400041",
            "cfe-head", "791214300069", "ministry-officer", "840918400051", "ministry-head", "801120400029",
            "operator-admin", "770303300086", "commission-chair", "760615300090");

    static final List<Demo> ALL = List.of(
            new Demo(APPLICANT_IIN, "demo-applicant-2026", Role.APPLICANT, null, "Ахметов", "Серік"),
            new Demo("officer", "demo-officer-2026", Role.PROVIDER_OFFICER, "dj-almaty", "Бекова", "Айгүл"),
            new Demo("head", "demo-head-2026", Role.PROVIDER_HEAD, "dj-almaty", "Нұрланов", "Ерлан"),
            new Demo("cfe-officer", "demo-cfe-officer-2026", Role.PROVIDER_OFFICER, "cfe", "Сәрсенова", "Дана"),
            new Demo("cfe-head", "demo-cfe-head-2026", Role.PROVIDER_HEAD, "cfe", "Қасымов", "Тимур"),
            new Demo("ministry-officer", "demo-ministry-officer-2026", Role.PROVIDER_OFFICER, "ministry", "Иванова", "Ольга"),
            new Demo("ministry-head", "demo-ministry-head-2026", Role.PROVIDER_HEAD, "ministry", "Жұмабаев", "Асқар"),
            new Demo("operator-admin", "demo-operator-admin-2026", Role.OPERATOR_ADMIN, "operator", "Ким", "Виктор"),
            new Demo("proctor", "demo-proctor-2026", Role.PROCTOR, "tc-almaty", "Омарова", "Мадина"),
            new Demo("commission", "demo-commission-2026", Role.COMMISSION_MEMBER, "cfe", "Тоқтаров", "Бауыржан"),
            new Demo("commission-chair", "demo-commission-chair-2026", Role.COMMISSION_MEMBER, "cfe", "Әбдірахманов", "Марат"),
            new Demo("author", "demo-author-2026", Role.QUESTION_AUTHOR, "ministry", "Петров", "Андрей"),
            // a second author reviews the first one's questions (four eyes, ¶14), a second proctor shares the hall
            new Demo("author2", "demo-author2-2026", Role.QUESTION_AUTHOR, "ministry", "Сұлтанова", "Әйгерім"),
            new Demo("proctor2", "demo-proctor2-2026", Role.PROCTOR, "tc-almaty", "Жақсылықов", "Ерболат"),
            new Demo("auditor", "demo-auditor-2026", Role.AUDITOR, "ministry", "Әбілова", "Жанар"),
            new Demo("admin", "demo-admin-2026", Role.SYSTEM_ADMIN, "ministry", "Сейітов", "Нұрлан"),
            new Demo("quality-officer", "demo-quality-officer-2026", Role.PROVIDER_OFFICER, "quality-control", "Мұратова", "Гүлнар"));

    private final Accounts accounts;
    private final Environment environment;
    private final Clock clock;
    private final StaffDirectory staff;

    @Override
    public void load() {
        int created = 0;
        for (Demo demo : ALL) {
            if (accounts.findByLogin(demo.login()).isEmpty() && accounts.createIfAbsent(account(demo),
                    "demonstration account, role " + demo.role().name())) {
                created++;
            }
        }
        if (created > 0) {
            log.info("Created {} demonstration accounts", created);
        }
        STAFF_IINS.forEach((login, iin) -> accounts.findByLogin(login)
                .ifPresent(account -> staff.assignSigningIin(account.id(), new Iin(iin))));
        // the command-line tools start the application too: they must not print the demonstration passwords
        if (environment.getProperty("attest.demo-accounts.banner", Boolean.class, true)) {
            log.info(banner());
        }
    }

    private Account account(Demo demo) {
        String hash = accounts.encode(demo.password());
        if (demo.role() == Role.APPLICANT) {
            return Account.applicant(new Iin(demo.login()), demo.surname(), demo.givenName(), "applicant@example.kz",
                    "+77010000001", hash, SupportedLocales.KAZAKH, clock.instant());
        }
        return Account.staff(demo.login(), demo.surname(), demo.givenName(), Set.of(demo.role()),
                demo.organisationId(), hash, SupportedLocales.RUSSIAN, clock.instant());
    }

    String banner() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        StringBuilder text = new StringBuilder("\n\n  Attest KZ is ready at http://localhost:").append(port)
                .append("\n  Demonstration accounts (see docs/demo-accounts.md):\n\n")
                .append(String.format("  %-18s %-28s %-18s %s%n", "login", "password", "role", "organisation"));
        for (Demo demo : ALL) {
            text.append(String.format("  %-18s %-28s %-18s %s%n", demo.login(), demo.password(), demo.role().name(),
                    demo.organisationId() == null ? "-" : demo.organisationId()));
        }
        return text.toString();
    }
}
