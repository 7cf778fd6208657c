package kz.attest.delivery;

import jakarta.servlet.http.HttpServletRequest;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.UUID;

/**
 * For other modules serving a started workstation (e.g. the candidate's results sheet on the result page): which
 * sitting the request's workstation is bound to, checked like every request of the test client (token, hall policy).
 * It is the controllers' side of the module, offered to other modules' controllers: like the exam controllers it reads
 * the session and the hall's headers from the request and passes only values ({@link WorkstationRequest}) on.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Workstations {

    private final Attempts attempts;

    /** The workstation's sitting; 401 without a started workstation, 403 once another workstation took it over. */
    @Transactional(readOnly = true)
    public WorkstationSitting sittingOf(HttpServletRequest request) {
        SittingRow sitting = attempts.sitting(ExamApiController.seat(request), ExamApiController.client(request));
        return new WorkstationSitting(sitting.id(), sitting.language() == null ? null
                : Locale.forLanguageTag(sitting.language()), sitting.trial());
    }

    /** A workstation's sitting: its id, the language the candidate chose (null before the choice), and a trial flag. */
    public record WorkstationSitting(UUID sittingId, Locale language, boolean trial) {
    }
}
