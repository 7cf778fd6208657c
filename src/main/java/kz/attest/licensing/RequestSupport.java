package kz.attest.licensing;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.DeadlineRule;
import kz.attest.catalogue.DeadlineStep;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.OrganisationKind;
import kz.attest.identity.Organisations;
import kz.attest.identity.Role;
import kz.attest.identity.SignedInUser;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static kz.attest.web.Refusal.Kind.BAD_INPUT;
import static kz.attest.web.Refusal.Kind.NOT_ALLOWED;
import static kz.attest.web.Refusal.Kind.NOT_FOUND;

/**
 * What the applicant's and the provider's sides of a licence request share: who may act (applicant, staff, head), the
 * request loaded for them, its provider, its legal steps, its view and the applicant's notices.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RequestSupport {

    private final RequestRows requests;
    private final LicenceRows licences;
    private final Catalogue catalogue;
    private final WorkingCalendar calendar;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final Notifications notifications;
    private final Clock clock;

    void notify(LicenceRequest r, String template, Map<String, String> parameters) {
        notifications.notify(new Notice(r.accountId, template, parameters, Set.of(Channel.CABINET, Channel.EMAIL),
                "LicenceRequest", Long.toString(r.id), providerOf(r)));
    }

    String providerOf(LicenceRequest r) {
        return providerOf(catalogue.get(r.service));
    }

    String providerOf(ServiceDefinition service) {
        return organisations.byKind(OrganisationKind.valueOf(service.provider().name())).getFirst().id();
    }

    SignedInUser staff() {
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.PROVIDER_OFFICER) && !user.hasRole(Role.PROVIDER_HEAD)) {
            throw new LicensingRefusal(NOT_ALLOWED, "licensing.error.staff-only");
        }
        return user;
    }

    /** Whether the person works for the provider of the service (or for the organisation it belongs to). */
    boolean providerStaff(SignedInUser user, ServiceDefinition service) {
        if (!user.isStaff() || user.organisationId() == null) {
            return false;
        }
        String provider = providerOf(service);
        return user.organisationId().equals(provider) || organisations.find(provider)
                .flatMap(kz.attest.identity.Organisation::parent).map(user.organisationId()::equals).orElse(false);
    }

    /**
     * The licensor's staff for documents of this form: only the staff of the provider of a licence that depends on such
     * a document record or revoke one by hand (issue 13: another organisation's officer is refused).
     */
    SignedInUser licensorOf(String form) {
        SignedInUser user = staff();
        List<ServiceDefinition> licences = catalogue.all().stream()
                .filter(s -> s.prerequisite().map(p -> catalogue.get(p).decisionForm().code().equals(form)).orElse(false))
                .toList();
        if (licences.isEmpty()) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.prerequisite-invalid");
        }
        if (licences.stream().noneMatch(s -> providerStaff(user, s))) {
            throw new LicensingRefusal(NOT_ALLOWED, "licensing.error.not-licensor");
        }
        return user;
    }

    static void requireHead(SignedInUser user) {
        if (!user.hasRole(Role.PROVIDER_HEAD)) {
            throw new LicensingRefusal(NOT_ALLOWED, "licensing.error.head-only");
        }
    }

    RequestView view(LicenceRequest r) {
        LegalSteps plan = plan(r);
        Instant now = clock.instant();
        Optional<DeadlineRule> pending = r.pendingStep(plan);
        Instant due = pending.map(rule -> r.due(rule, plan)).orElse(null);
        String replaces = r.replacesLicenceId == null ? null
                : licences.held(r.replacesLicenceId).map(LicenceRows.Held::number).orElse(null);
        String licence = r.licenceId == null ? null : licences.held(r.licenceId).map(LicenceRows.Held::number).orElse(null);
        return new RequestView(r.id, r.number, r.kind.name(), r.service, r.status.name(), r.specialties, replaces,
                r.reissueReason, r.paymentReference, r.paymentStatus == null ? null : r.paymentStatus.name(),
                List.copyOf(r.documents), r.receivedAt, pending.map(rule -> rule.step().name()).orElse(null), due,
                due != null && now.isAfter(due),
                r.steps.stream().map(s -> new RequestView.Step(s.step().name(), s.dueAt(), s.doneAt(), s.actor(),
                        s.note(), s.doneAt().isAfter(s.dueAt()))).toList(),
                licence, r.refusalReason);
    }

    LegalSteps plan(LicenceRequest r) {
        return new LegalSteps(catalogue.get(r.service), r.kind, calendar);
    }

    SignedInUser applicant() {
        SignedInUser user = currentUser.require();
        if (!user.hasRole(Role.APPLICANT) || user.iin() == null) {
            throw new LicensingRefusal(NOT_ALLOWED, "licensing.error.applicant-only");
        }
        return user;
    }

    LicenceRequest own(long id, SignedInUser applicant) {
        return requests.find(id).filter(r -> r.accountId == applicant.accountId()).orElseThrow(() -> notFound(id));
    }

    LicenceRequest ownForUpdate(long id, SignedInUser applicant) {
        return requests.findForUpdate(id).filter(r -> r.accountId == applicant.accountId())
                .orElseThrow(() -> notFound(id));
    }

    LicenceRequest forUpdate(long id, SignedInUser staff) {
        LicenceRequest r = requests.findForUpdate(id).orElseThrow(() -> notFound(id));
        currentUser.requireMemberOf(providerOf(r));
        return r;
    }

    static LicenceRequest.Kind kind(String name) {
        try {
            return name == null ? LicenceRequest.Kind.ISSUE : LicenceRequest.Kind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.kind", name);
        }
    }

    static DeadlineStep step(String name) {
        try {
            return DeadlineStep.valueOf(name);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new LicensingRefusal(BAD_INPUT, "licensing.error.step-unknown", name);
        }
    }

    static LicensingRefusal notFound(long id) {
        return new LicensingRefusal(NOT_FOUND, "licensing.error.request-unknown", id);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
