package kz.attest.scheduling;

import kz.attest.application.AdmittedCandidate;
import kz.attest.application.Applications;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.identity.Accounts;
import kz.attest.identity.SignedInUser;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Who can be assigned to a session, with the stages each would sit (¶22, ¶26, ¶51): the admitted candidates of its
 * service without a sitting (from the applications module and from imported export files), less any stage credited on
 * a repeat, and the candidates a re-score sent to a stage again when the session's plan holds that stage.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SessionOffers {

    private final SessionRows rows;
    private final Catalogue catalogue;
    private final Applications applications;
    private final Accounts accounts;
    private final AdmittedImports imports;
    private final StagePlanning stagePlanning;
    private final StageCredits stageCredits;

    /** The eligible candidates of the session, each with the stage request a re-score's new sitting fulfils. */
    List<Offer> of(Session session) {
        ServiceDefinition service = catalogue.get(session.service());
        LocalDate day = session.date();
        Map<Long, Offer> offers = new LinkedHashMap<>();
        boolean creditsPossible = service.retake().map(kz.attest.catalogue.RetakeRules::passedKnowledgeStageCredited)
                .orElse(false);
        List<EligibleCandidate> admitted = new ArrayList<>();
        for (AdmittedCandidate c : applications.admitted(Optional.of(session.service()))) {
            String fullName = accounts.find(c.accountId()).map(SignedInUser::fullName).orElse(c.applicantIin());
            admitted.add(new EligibleCandidate(c.applicationId(), c.registrationNumber(), c.accountId(),
                    c.applicantIin(), fullName, c.service().value(), c.providerId(), c.specialties(), c.admittedAt(),
                    List.of(), List.of(), EligibleCandidate.APPLICATIONS));
        }
        admitted.addAll(imports.candidates(session.service()));
        Set<Long> seated = rows.applicationsWithSitting(admitted.stream().map(EligibleCandidate::applicationId).toList());
        for (EligibleCandidate c : admitted) {
            if (seated.contains(c.applicationId()) || offers.containsKey(c.applicationId())) {
                continue;
            }
            Set<Integer> credited = c.accountId() > 0 && creditsPossible
                    ? stageCredits.credited(c.accountId(), session.service(), day)
                    : Set.of();
            List<Integer> creditedInPlan = service.stages().stream().map(Stage::number).filter(credited::contains)
                    .sorted().toList();
            List<Integer> toSit = session.stages().stream().filter(n -> !credited.contains(n)).toList();
            if (sittable(service, toSit, creditedInPlan)) {
                offers.put(c.applicationId(), new Offer(withStages(c, toSit, creditedInPlan, c.source()),
                        Optional.empty()));
            }
        }
        for (StagePlanning.Pending request : stagePlanning.pending(session.service())) {
            Sitting previous = request.previous();
            List<Integer> toSit = session.stages().stream().filter(n -> n >= request.stage()).toList();
            if (offers.containsKey(previous.applicationId()) || toSit.isEmpty() || toSit.getFirst() != request.stage()) {
                continue;
            }
            offers.put(previous.applicationId(), new Offer(new EligibleCandidate(previous.applicationId(),
                    previous.registrationNumber(), previous.accountId(), previous.iin(), previous.fullName(),
                    session.service().value(), previous.providerId(), previous.specialty().stream().toList(), null,
                    toSit, List.of(), EligibleCandidate.STAGE_REQUEST), Optional.of(request.id())));
        }
        return List.copyOf(offers.values());
    }

    /**
     * A candidate can sit these stages when there is at least one and every stage that needs the one before it passed
     * (¶22) has that one in the same sitting or credited.
     */
    private static boolean sittable(ServiceDefinition service, List<Integer> toSit, List<Integer> credited) {
        if (toSit.isEmpty()) {
            return false;
        }
        List<Integer> all = service.stages().stream().map(Stage::number).sorted().toList();
        for (int number : toSit) {
            Stage stage = service.stage(number).orElseThrow();
            int index = all.indexOf(number);
            if (stage.requiresPreviousStagePassed() && index > 0) {
                int previous = all.get(index - 1);
                if (!toSit.contains(previous) && !credited.contains(previous)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static EligibleCandidate withStages(EligibleCandidate c, List<Integer> stages, List<Integer> credited,
                                                String source) {
        return new EligibleCandidate(c.applicationId(), c.registrationNumber(), c.accountId(), c.applicantIin(),
                c.fullName(), c.service(), c.providerId(), c.specialties(), c.admittedAt(), stages, credited, source);
    }

    /** An eligible candidate and, for a re-score's new sitting, the stage request it fulfils. */
    record Offer(EligibleCandidate candidate, Optional<Long> stageRequestId) {
    }
}
