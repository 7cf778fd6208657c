package kz.attest.decision;

import kz.attest.application.ApplicationFacts;
import kz.attest.application.ApplicationOutcomes;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.ServiceKind;
import kz.attest.identity.Accounts;
import kz.attest.identity.Organisation;
import kz.attest.identity.Organisations;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static kz.attest.web.SupportedLocales.KAZAKH;
import static kz.attest.web.SupportedLocales.RUSSIAN;

/**
 * Draws decisions up for {@link Outcomes} (seed 000 appendices 1–5): the outcome from the results register, the
 * provider's next gap-free number of the year, the appendix's variant (positive, negative, the appendix 5 supplement),
 * the validity from the catalogue (¶29, ¶53), and the paper laid out in the person's language first — a draft without a
 * verification code, and at signing the issued paper with the signer and the QR code's URL.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OutcomeDrafts {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final OutcomeRows rows;
    private final ResultRows results;
    private final ApplicationOutcomes applications;
    private final Catalogue catalogue;
    private final Organisations organisations;
    private final Accounts accounts;
    private final OutcomePaper paper;
    private final MessageSource messages;
    private final DecisionProperties properties;
    private final Clock clock;

    record Issued(OutcomePaper.Rendered rendered, LocalDate decidedOn, LocalDate validUntil) {
    }

    /** What the register says: the latest completed sitting of the application, with its interview where held. */
    private Outcome outcomeOf(long applicationId) {
        return results.ofApplication(applicationId).stream().filter(e -> e.completedAt() != null).findFirst()
                .map(e -> new Outcome(e.sittingId(), Boolean.TRUE.equals(e.passed())
                        && (e.interview() == null || e.interview().passed())))
                .orElse(new Outcome(null, false));   // no sitting: an absence that counts as failed (¶98)
    }

    private record Outcome(UUID sittingId, boolean passed) {
    }

    OutcomeRows.Row draw(ApplicationFacts facts, String actor, Optional<OutcomeRows.Row> pending,
                                 OutcomeRows.Row supersedes, String correctionReason) {
        ServiceDefinition service = catalogue.get(facts.service());
        Outcome outcome = outcomeOf(facts.applicationId());
        LocalDate today = today();
        String variant = variant(service, facts, outcome.passed());
        LocalDate validUntil = validUntil(service, outcome.passed(), today);
        List<String> specialties = outcome.passed() ? facts.specialties() : facts.specialties();
        Instant now = clock.instant();
        if (pending.isPresent()) {
            OutcomeRows.Row row = pending.get();
            OutcomePaper.Rendered rendered = paper.render(paper(row.number(), service, facts, variant, outcome.passed(),
                    specialties, today, validUntil, null, null, language(facts.accountId()), supersedes,
                    correctionReason));
            rows.redraw(row.id(), outcome.sittingId(), variant, outcome.passed(), specialties, today, validUntil,
                    rendered.pdf(), rendered.docx(), actor, now);
            return rows.find(row.id()).orElseThrow();
        }
        int year = today.getYear();
        int seq = rows.nextSeq(facts.providerId(), year);
        String number = "%s-%d-%05d".formatted(facts.providerId().toUpperCase(Locale.ROOT), year, seq);
        Locale language = language(facts.accountId());
        OutcomePaper.Rendered rendered = paper.render(paper(number, service, facts, variant, outcome.passed(),
                specialties, today, validUntil, null, null, language, supersedes, correctionReason));
        UUID id = UUID.randomUUID();
        rows.insert(id, facts.applicationId(), outcome.sittingId(), facts.accountId(), facts.applicantIin(),
                fullName(facts.accountId()), facts.providerId(), service.code().value(), service.decisionForm().code(),
                variant, outcome.passed(), specialties, year, seq, number, today, validUntil, language.getLanguage(),
                rendered.pdf(), rendered.docx(), actor, now, supersedes == null ? null : supersedes.id(),
                correctionReason);
        return rows.find(id).orElseThrow();
    }

    Issued issue(OutcomeRows.Row row, SignedInUser signer, String code, Instant now) {
        ApplicationFacts facts = applications.facts(row.applicationId()).orElseThrow();
        ServiceDefinition service = catalogue.get(facts.service());
        LocalDate today = LocalDate.ofInstant(now, WorkingCalendar.ZONE);
        LocalDate validUntil = validUntil(service, row.passed(), today);
        OutcomeRows.Row supersedes = row.supersedesId() == null ? null : rows.find(row.supersedesId()).orElse(null);
        OutcomePaper.Rendered rendered = paper.render(paper(row.number(), service, facts, row.variant(), row.passed(),
                row.specialties(), today, validUntil, signer, verificationUrl(row.number(), code),
                Locale.forLanguageTag(row.language()), supersedes, row.correctionReason()));
        return new Issued(rendered, today, validUntil);
    }

    private OutcomePaper.Paper paper(String number, ServiceDefinition service, ApplicationFacts facts, String variant,
                                     boolean passed, List<String> specialties, LocalDate date, LocalDate validUntil,
                                     SignedInUser signer, String url, Locale language, OutcomeRows.Row supersedes,
                                     String correctionReason) {
        Organisation organisation = organisations.find(facts.providerId()).orElse(null);
        List<OutcomePaper.Text> names = specialties.stream().map(code -> {
            try {
                var specialty = catalogue.specialty(code);
                return new OutcomePaper.Text(specialty.name().kk(), specialty.name().ru());
            } catch (kz.attest.web.Refusal e) { // catalogue's refusal of an unknown specialty
                return new OutcomePaper.Text(code, code);
            }
        }).toList();
        String position = signer == null ? null : signer.hasRole(Role.PROVIDER_HEAD) ? "head" : "authorised";
        return new OutcomePaper.Paper(service.decisionForm().code(),
                new OutcomePaper.Text(service.decisionForm().title().kk(), service.decisionForm().title().ru()),
                OutcomePaper.Variant.valueOf(variant), number, text("decision.outcome.city." + facts.providerId(),
                "decision.outcome.city.default"), date, fullName(facts.accountId()),
                new OutcomePaper.Text(service.name().kk(), service.name().ru()), names, validUntil,
                signer == null ? null : signer.fullName(),
                position == null ? new OutcomePaper.Text("", "") : text("decision.outcome.position." + position, null),
                organisation == null ? new OutcomePaper.Text(facts.providerId(), facts.providerId())
                        : new OutcomePaper.Text(organisation.nameKk(), organisation.nameRu()),
                url != null ? url : properties.verificationBaseUrl() + "/verify?number="
                        + URLEncoder.encode(number, StandardCharsets.UTF_8),   // a draft: no code until it is signed
                language, supersedes == null ? null : supersedes.number(), correctionReason, passed);
    }

    private OutcomePaper.Text text(String key, String fallbackKey) {
        return new OutcomePaper.Text(message(key, fallbackKey, KAZAKH), message(key, fallbackKey, RUSSIAN));
    }

    private String message(String key, String fallbackKey, Locale locale) {
        String value = messages.getMessage(key, null, null, locale);
        return value != null || fallbackKey == null ? value : messages.getMessage(fallbackKey, null, locale);
    }

    /** A supplement adds specialties to a certificate the person holds (appendix 5); otherwise positive or negative. */
    private String variant(ServiceDefinition service, ApplicationFacts facts, boolean passed) {
        if (!passed) {
            return "NEGATIVE";
        }
        if (service.kind() == ServiceKind.QUALIFICATION && rows.ofAccount(facts.accountId()).stream()
                .anyMatch(r -> r.status().equals("SIGNED") && r.passed() && r.applicationId() != facts.applicationId()
                        && catalogue.get(new kz.attest.catalogue.ServiceCode(r.service())).kind() == ServiceKind.QUALIFICATION)) {
            return "SUPPLEMENT";
        }
        return "POSITIVE";
    }

    /** ¶29 (3 years), ¶53 (5 years): the catalogue's validity from the decision's day; none where it sets none. */
    private static LocalDate validUntil(ServiceDefinition service, boolean passed, LocalDate decidedOn) {
        return passed ? service.validity().map(term -> term.after(decidedOn)).orElse(null) : null;
    }

    private String verificationUrl(String number, String code) {
        return properties.verificationBaseUrl() + "/verify?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + "&code=" + code;
    }

    /** 128 random bits, hex: unguessable; only its SHA-256 is stored. */
    static String newCode() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    String fullName(long accountId) {
        return accounts.find(accountId).map(SignedInUser::fullName).orElse("—");
    }

    Locale language(long accountId) {
        return accounts.contacts(accountId).map(c -> c.language()).filter(l -> "kk".equals(l.getLanguage()))
                .map(l -> KAZAKH).orElse(RUSSIAN);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    }
}
