package kz.attest.scheduling;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.catalogue.Stage;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Organisation;
import kz.attest.identity.Organisations;
import kz.attest.identity.SignedInUser;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The operator administrator plans sessions from the admitted lists (¶9–¶10, ¶84) and assigns candidates, never more
 * than the hall's seats in service; each candidate is told place, date and time (¶38, ¶63, ¶83) in the same
 * transaction as the assignment.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Sessions {

    /** Seed 001's test day: the test from 09:00. */
    static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    static final String ENTITY = "Session";
    static final String NOTICE_ASSIGNED = "scheduling.assigned";
    /** The notice when a stage is credited (¶51): it names the stages to sit and the credited one. */
    static final String NOTICE_CREDITED = "scheduling.assigned-credited";
    /** The notice of a new sitting after a re-score (¶26): it names the stages to sit. */
    static final String NOTICE_RESTAGE = "scheduling.assigned-restage";
    private static final Set<Channel> CABINET_SMS_EMAIL = Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL);

    private final SessionRows rows;
    private final Halls halls;
    private final Catalogue catalogue;
    private final Organisations organisations;
    private final CurrentUser currentUser;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final StagePlanning stagePlanning;
    private final SessionOffers offers;

    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingCalendar.ZONE));
    }

    @Transactional
    SessionView plan(NewSession request) {
        Hall hall = halls.get(request.hallId());
        SignedInUser planner = currentUser.requireMemberOf(hall.centreId());
        ServiceDefinition service = ServiceCode.parse(request.service()).flatMap(catalogue::find)
                .filter(ServiceDefinition::tested)
                .orElseThrow(() -> new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.session.unknown-service", request.service()));
        if (request.date() == null || request.date().isBefore(today())) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.session.date-in-past");
        }
        List<Integer> all = service.stages().stream().map(Stage::number).sorted().toList();
        List<Integer> stages = request.stages().filter(s -> !s.isEmpty()).map(s -> s.stream().distinct().sorted().toList())
                .orElse(all);
        if (!all.containsAll(stages)) {
            throw new SchedulingRefusal(Kind.BAD_INPUT, "scheduling.session.unknown-stage",
                    all.stream().map(String::valueOf).collect(Collectors.joining(", ")));
        }
        Session session = new Session(UUID.randomUUID(), hall.id(), service.code(), request.date(),
                request.startsAt().orElse(DEFAULT_START), stages, SessionState.PLANNED);
        rows.insert(session, planner.login(), clock.instant());
        audit.record("scheduling.session.planned", ENTITY, session.id().toString(),
                "%s at %s (%s), %s %s, stages %s".formatted(service.code().value(), hall.name(), hall.centreId(),
                        session.date(), session.startsAt(), stages));
        return view(session, hall);
    }

    @Transactional(readOnly = true)
    List<SessionView> visible(Optional<LocalDate> date) {
        Map<UUID, Hall> byId = halls.visible().stream().collect(Collectors.toMap(Hall::id, Function.identity()));
        return rows.ofHalls(byId.keySet(), date).stream().map(s -> view(s, byId.get(s.hallId()))).toList();
    }

    @Transactional(readOnly = true)
    SessionView get(UUID id) {
        Session session = find(id);
        return view(session, halls.get(session.hallId()));
    }

    @Transactional(readOnly = true)
    List<SittingView> sittings(UUID sessionId, String query) {
        Session session = find(sessionId);
        Hall hall = halls.get(session.hallId());
        return rows.sittings(session.id()).stream().filter(s -> s.matches(query)).map(s -> SittingView.of(s, hall)).toList();
    }

    /**
     * The candidates that can be assigned to the session, each with the stages they would sit: the admitted candidates
     * of the session's service without a sitting yet (from the applications module and from imported export files,
     * de-duplicated by application id), less any stage credited on a repeat (¶51); and the candidates a re-score
     * sent to a stage again (¶26) when the session's plan holds that stage.
     */
    @Transactional(readOnly = true)
    List<EligibleCandidate> eligible(UUID sessionId) {
        Session session = find(sessionId);
        halls.get(session.hallId());
        return offers.of(session).stream().map(SessionOffers.Offer::candidate).toList();
    }

    /**
     * Assigns the chosen candidates, or every eligible one when none is chosen; 409 naming the shortfall when the
     * hall's seats in service cannot hold them besides those already assigned. Each candidate with an account on this
     * node is told place, date, time and, when fewer than the session's stages, the stages to sit.
     */
    @Transactional
    List<SittingView> assign(UUID sessionId, Optional<Collection<Long>> applicationIds) {
        Session session = find(sessionId);
        Hall hall = halls.get(session.hallId());
        SignedInUser planner = currentUser.requireMemberOf(hall.centreId());
        session = rows.lock(sessionId).orElseThrow();
        session.requireAssignable();
        Map<Long, SessionOffers.Offer> eligible = new LinkedHashMap<>();
        offers.of(session).forEach(o -> eligible.put(o.candidate().applicationId(), o));
        List<SessionOffers.Offer> chosen = new ArrayList<>();
        if (applicationIds.isPresent() && !applicationIds.get().isEmpty()) {
            for (Long id : new java.util.LinkedHashSet<>(applicationIds.get())) {
                SessionOffers.Offer candidate = eligible.get(id);
                if (candidate == null) {
                    throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.assign.not-eligible", String.valueOf(id));
                }
                chosen.add(candidate);
            }
        } else {
            chosen.addAll(eligible.values());
        }
        if (chosen.isEmpty()) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.assign.nobody");
        }
        long taken = rows.sittings(session.id()).stream().filter(s -> s.state() != SittingState.ABSENT).count();
        long free = Math.max(0, hall.activeSeats() - taken);
        if (chosen.size() > free) {
            throw new SchedulingRefusal(Kind.WRONG_STATE, "scheduling.assign.seats-short", chosen.size(), free, chosen.size() - free);
        }
        Instant now = clock.instant();
        Organisation centre = organisations.find(hall.centreId()).orElseThrow();
        List<SittingView> assigned = new ArrayList<>();
        for (SessionOffers.Offer offer : chosen) {
            EligibleCandidate candidate = offer.candidate();
            Sitting sitting = new Sitting(UUID.randomUUID(), session.id(), candidate.applicationId(),
                    candidate.registrationNumber(), candidate.providerId(), candidate.accountId(),
                    candidate.applicantIin(), candidate.fullName(), candidate.specialties().stream().findFirst(),
                    SittingState.ASSIGNED, Optional.empty(), Optional.empty(), Optional.empty(), candidate.stages(),
                    candidate.creditedStages(), offer.stageRequestId());
            rows.insert(sitting, now);
            offer.stageRequestId().ifPresent(request -> stagePlanning.fulfilled(request, sitting.id()));
            String notice = offer.stageRequestId().isPresent() ? NOTICE_RESTAGE
                    : candidate.creditedStages().isEmpty() ? NOTICE_ASSIGNED : NOTICE_CREDITED;
            audit.record(planner.login(), "scheduling.sitting.assigned", ENTITY, session.id().toString(),
                    "application %d (%s) assigned to %s %s, stages %s%s%s%s".formatted(candidate.applicationId(),
                            candidate.registrationNumber(), session.date(), session.startsAt(), candidate.stages(),
                            candidate.creditedStages().isEmpty() ? "" : ", credited " + candidate.creditedStages() + " (¶51)",
                            offer.stageRequestId().map(r -> ", stage request " + r + " (¶26)").orElse(""),
                            candidate.accountId() > 0 ? "" : ", no account on this node: not notified"));
            if (candidate.accountId() > 0) {
                Map<String, String> parameters = placeDateTime(session, hall, centre);
                parameters.put("stages", candidate.stages().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
                parameters.put("credited", candidate.creditedStages().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")));
                notifications.notify(new Notice(candidate.accountId(), notice, parameters, CABINET_SMS_EMAIL,
                        "Application", Long.toString(candidate.applicationId())));
            }
            assigned.add(SittingView.of(sitting, hall));
        }
        return assigned;
    }

    /** The notice's place, date and time; the centre's name in each language, the texts pick their own. */
    static Map<String, String> placeDateTime(Session session, Hall hall, Organisation centre) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("service", session.service().value());
        parameters.put("date", session.date().toString());
        parameters.put("time", session.startsAt().toString());
        parameters.put("centreKk", centre.nameKk());
        parameters.put("centreRu", centre.nameRu());
        parameters.put("centreEn", centre.nameEn());
        parameters.put("hall", hall.name());
        parameters.put("address", hall.address());
        return parameters;
    }

    Session find(UUID id) {
        return rows.find(id).orElseThrow(() -> new SchedulingRefusal(Kind.NOT_FOUND, "scheduling.session.not-found"));
    }

    SessionView view(Session session, Hall hall) {
        List<Sitting> sittings = rows.sittings(session.id());
        return new SessionView(session.id(), hall.id(), hall.name(), hall.address(), hall.centreId(),
                session.service().value(), session.date(), session.startsAt(), session.stages(), session.state(),
                hall.activeSeats(), count(sittings, SittingState.ASSIGNED), count(sittings, SittingState.CHECKED_IN),
                count(sittings, SittingState.ABSENT));
    }

    private static long count(List<Sitting> sittings, SittingState state) {
        return sittings.stream().filter(s -> s.state() == state).count();
    }

    /** What the operator administrator asks for a new session; start and stages default to 09:00 and all stages. */
    record NewSession(UUID hallId, String service, LocalDate date, Optional<LocalTime> startsAt,
                      Optional<List<Integer>> stages) {

        NewSession {
            startsAt = startsAt == null ? Optional.empty() : startsAt;
            stages = stages == null ? Optional.empty() : stages;
        }
    }
}
