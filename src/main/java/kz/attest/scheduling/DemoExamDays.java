package kz.attest.scheduling;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.ServiceCode;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The exam days of the demonstration story ({@code kz.attest.demo}), held through the very services the operator
 * administrator and the proctor use: a session planned in a demonstration hall and its admitted candidates assigned
 * (the caller signed in as the operator administrator), then check-in opened and every candidate checked in with an
 * identity card (the caller signed in as the proctor). Nothing here bypasses a rule of planning or check-in.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DemoExamDays {

    private final Sessions sessions;
    private final CheckIns checkIns;
    private final Clock clock;

    /** Today in Almaty. */
    public LocalDate today() {
        return sessions.today();
    }

    /**
     * Plans a session of the service in the centre's demonstration hall on the day (today: starting this minute, so
     * that check-in and closing are possible now; another day: at 09:00) and assigns the applications.
     */
    public UUID plan(String centreId, ServiceCode service, LocalDate date, Collection<Long> applicationIds) {
        LocalTime start = date.equals(today())
                ? LocalTime.now(clock.withZone(WorkingCalendar.ZONE)).truncatedTo(ChronoUnit.MINUTES)
                : Sessions.DEFAULT_START;
        SessionView session = sessions.plan(new Sessions.NewSession(DemoHalls.id("hall:" + centreId), service.value(),
                date, Optional.of(start), Optional.empty()));
        sessions.assign(session.id(), Optional.of(applicationIds));
        return session.id();
    }

    /** Opens today's session and checks every assigned candidate in; the check-in (seat and code) by application. */
    public Map<Long, CheckInResult> checkInEveryone(UUID sessionId) {
        checkIns.open(sessionId);
        Map<Long, CheckInResult> results = new LinkedHashMap<>();
        int card = 0;
        for (SittingView sitting : sessions.sittings(sessionId, null)) {
            String number = "04%07d".formatted(1_234_560 + card++);
            results.put(sitting.applicationId(), checkIns.checkIn(sessionId, sitting.id(),
                    new CheckIns.CheckInRequest(IdentityDocumentType.ID_CARD.name(), number, Optional.empty())));
        }
        return results;
    }
}
