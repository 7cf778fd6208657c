package kz.attest.campaign;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.decision.OutcomeRegistry;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Iin;
import kz.attest.identity.Organisation;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import kz.attest.identity.SignedInUser;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The Centre of Forensic Expertise's register of experts (seed 001): who they are, since when they work and when they
 * were last attested, read together with the registry of attested persons, so that a regular attestation (every five
 * years) is due or not.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExpertRegister {

    private final CampaignRows rows;
    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final AuditLog auditLog;
    private final OutcomeRegistry registry;
    private final Clock clock;

    /**
     * The Centre's experts with their last attestation read from the registry of attested persons (decision module)
     * where it is later than the one on record: a passed, signed attestation restarts the 5-year cycle (seed 001).
     */
    List<Expert> expertsOf(String centre) {
        return rows.experts(centre).stream().map(this::withRegistry).toList();
    }

    Expert withRegistry(Expert e) {
        return registry.lastAttested(e.iin(), e.providerId())
                .filter(day -> e.lastAttestation() == null || day.isAfter(e.lastAttestation()))
                .map(day -> new Expert(e.id(), e.providerId(), e.iin(), e.surname(), e.givenName(), e.patronymic(),
                        e.kind(), e.specialty(), e.activityStart(), day))
                .orElse(e);
    }

    /** An expert of the register with whether a regular attestation on {@code on} is due or the expert is exempt. */
    public record ExpertStatus(Expert expert, boolean due, boolean exempt) {
    }

    /** The register of the signed-in Centre's experts, each with whether a regular attestation on {@code on} is due. */
    @Transactional(readOnly = true)
    public List<ExpertStatus> register(LocalDate on) {
        String centre = centre();
        LocalDate day = on == null ? today() : on;
        return expertsOf(centre).stream().map(e -> new ExpertStatus(e, e.dueOn(day), e.exemptOn(day))).toList();
    }

    /** Adds an expert to the register of the signed-in Centre. */
    @Transactional
    public Expert addExpert(NewExpert expert) {
        String centre = centre();
        SignedInUser user = currentUser.require();
        if (expert == null || !Iin.check(expert.iin(), today()).valid()) {
            throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.expert.iin-invalid");
        }
        if (blank(expert.surname()) || blank(expert.givenName()) || expert.kind() == null
                || expert.activityStart() == null) {
            throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.expert.incomplete");
        }
        if (expert.activityStart().isAfter(today()) || (expert.lastAttestation() != null
                && (expert.lastAttestation().isAfter(today()) || expert.lastAttestation().isBefore(expert.activityStart())))) {
            throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.expert.dates-invalid");
        }
        NewExpert clean = new NewExpert(expert.iin().strip(), expert.surname().strip(), expert.givenName().strip(),
                blank(expert.patronymic()) ? null : expert.patronymic().strip(), expert.kind(),
                blank(expert.specialty()) ? null : expert.specialty().strip(), expert.activityStart(),
                expert.lastAttestation());
        if (rows.expertExists(clean.iin())) {
            throw new CampaignRefusal(Kind.WRONG_STATE, "campaign.expert.exists", clean.iin());
        }
        long id = rows.insertExpert(centre, clean, clock.instant());
        auditLog.record(user.login(), "campaign.expert-added", "ForensicExpert", Long.toString(id),
                clean.iin() + " " + clean.surname() + ", " + clean.kind() + ", activity since " + clean.activityStart()
                        + ", last attested " + clean.lastAttestation());
        return rows.expert(id).orElseThrow();
    }

    /** The signed-in person's organisation, which must be a Centre of Forensic Expertise (403 otherwise). */
    String centre() {
        SignedInUser user = currentUser.require();
        return user.organisation().flatMap(organisations::find)
                .filter(o -> o.kind() == OrganisationKind.FORENSIC_CENTRE)
                .map(Organisation::id)
                .orElseThrow(() -> new CampaignRefusal(Kind.NOT_ALLOWED, "campaign.centre-only"));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
