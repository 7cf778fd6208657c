package kz.attest.decision;

import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.Stage;
import kz.attest.catalogue.StageKind;
import kz.attest.scheduling.StageCredits;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scheduling's {@link StageCredits} port (¶51): on a repeat within the retake window, the knowledge stage the
 * candidate passed at the failed sitting is credited where the catalogue's retake rules say so
 * ({@link RetakePolicy.Eligibility#knowledgeStageCredited}), so that the candidate sits the practical stage only.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RepeatStageCredits implements StageCredits {

    private final RetakeChecks retakes;
    private final Catalogue catalogue;

    @Override
    @Transactional(readOnly = true)
    public Set<Integer> credited(long accountId, ServiceCode service, LocalDate day) {
        return retakes.eligibility(accountId, service, day)
                .filter(RetakePolicy.Eligibility::knowledgeStageCredited)
                .filter(e -> e.latest().map(latest -> !day.isAfter(latest)).orElse(true))
                .map(e -> catalogue.get(service).stages().stream().filter(s -> s.kind() == StageKind.KNOWLEDGE_TEST)
                        .map(Stage::number).collect(Collectors.toSet()))
                .orElse(Set.of());
    }
}
