package kz.attest.application;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * How an admitted application ends, as the decision module reports it (¶24–¶27, ¶52–¶54, ¶73–¶75, ¶96–¶98): the
 * results received, the decision prepared and signed, or the service refused after a no-show. No visibility check:
 * these are called by other modules in their own transactions, not by people's requests; each change is audited and
 * told like every status change of the application.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ApplicationOutcomes {

    private final ApplicationRows rows;
    private final DraftRows drafts;
    private final Catalogue catalogue;
    private final WorkingCalendar calendar;
    private final StatusNotices notices;
    private final Clock clock;

    /**
     * ¶24–¶25 (¶52, ¶73, ¶96): the results reached the provider — after the last stage, the commission's conclusion,
     * or a no-show that counts as failed (¶98) — so the application is tested and its decision due within the
     * catalogue's term. Audited; nothing changes (false) unless the application is admitted.
     */
    @Transactional
    public boolean resultsReceived(long id, kz.attest.web.Phrase note, String actor) {
        Application application = rows.find(id).orElseThrow(ApplicationOutcomes::notFound);
        if (!application.resultsReceived(note, actor, clock.instant(), deadlines(application))) {
            return false;
        }
        saveBy(application, actor);
        return true;
    }

    /** The decision is drawn up with its number, awaiting the signature (audited). */
    @Transactional
    public void decisionPrepared(long id, kz.attest.web.Phrase note, String actor) {
        Application application = rows.find(id).orElseThrow(ApplicationOutcomes::notFound);
        application.decisionPrepared(note, actor, clock.instant(), deadlines(application));
        saveBy(application, actor);
    }

    /** The decision is signed: the application ends (audited, the applicant told by cabinet, SMS and e-mail). */
    @Transactional
    public void decided(long id, kz.attest.web.Phrase note, String actor) {
        Application application = rows.find(id).orElseThrow(ApplicationOutcomes::notFound);
        application.decided(note, actor, clock.instant(), deadlines(application));
        saveBy(application, actor);
    }

    /** The facts of an application for the decision that ends it (no visibility check: for other modules). */
    @Transactional(readOnly = true)
    public java.util.Optional<ApplicationFacts> facts(long id) {
        return rows.find(id).map(a -> new ApplicationFacts(a.id(), a.registrationNumber(), a.accountId(),
                a.applicantIin(), a.service(), a.providerId(), a.status(),
                drafts.find(a.draftId()).map(d -> List.copyOf(new java.util.TreeSet<>(d.specialties()))).orElse(List.of())));
    }

    private void saveBy(Application application, String actor) {
        rows.update(application);
        notices.announce(application, actor);
    }

    /**
     * ¶27, ¶54, ¶75, ¶98: the provider refused an absent candidate's valid-reason request, so the service is refused.
     * Audited here; the applicant is told by the caller, which owns the no-show request.
     */
    @Transactional
    public void refuseAfterNoShow(long id, kz.attest.web.Phrase note, String actor) {
        Application application = rows.find(id).orElseThrow(ApplicationOutcomes::notFound);
        application.refuseAfterNoShow(note, actor, clock.instant(), deadlines(application));
        rows.update(application);
        notices.auditNoShowRefusal(application, actor);
    }

    private LegalDeadlines deadlines(Application application) {
        return new LegalDeadlines(catalogue.get(application.service()), calendar);
    }

    private static ApplicationRefusal notFound() {
        return new ApplicationRefusal(Kind.NOT_FOUND, "application.error.not-found");
    }
}
