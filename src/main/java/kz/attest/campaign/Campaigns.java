package kz.attest.campaign;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.identity.Accounts;
import kz.attest.identity.CurrentUser;
import kz.attest.identity.Organisation;
import kz.attest.identity.OrganisationKind;
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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Forensic attestation campaigns (seed 000 ¶30–¶31, seed 001), run by the staff of the Centre of Forensic Expertise:
 * creating a campaign with its exam days and experts, and announcing it — notices to each
 * expert (cabinet, SMS, e-mail) and to the testing operator, at least 30 calendar days before the first exam day.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Campaigns {

    /** ¶30: notices go out no later than thirty calendar days before the attestation starts. */
    public static final int NOTICE_CALENDAR_DAYS = 30;
    static final String ENTITY = "Campaign";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Set<Channel> EXPERT_CHANNELS = Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL);
    private static final Set<Channel> OPERATOR_CHANNELS = Set.of(Channel.CABINET, Channel.EMAIL);

    private final CampaignRows rows;
    private final CurrentUser currentUser;
    private final Organisations organisations;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditLog auditLog;
    private final WorkingCalendar calendar;
    private final Clock clock;
    private final ExpertRegister register;

    /** The signed-in Centre's campaigns, newest first. */
    @Transactional(readOnly = true)
    public List<CampaignView> campaigns() {
        String centre = register.centre();
        return rows.campaignIds(centre).stream().map(id -> rows.campaign(id).orElseThrow()).toList();
    }

    /** One campaign, for the staff of its Centre. */
    @Transactional(readOnly = true)
    public CampaignView campaign(long id) {
        CampaignView campaign = rows.campaign(id).orElseThrow(Campaigns::notFound);
        currentUser.requireMemberOf(campaign.providerId());
        return campaign;
    }

    /**
     * Creates a campaign (a draft, not yet announced): validates the kind (an extraordinary one names who decided it
     * and the basis, ¶31), the schedule (working exam days, each with an earlier working submission day; the first exam
     * day at least 30 calendar days away, ¶30), and the experts (a regular campaign takes only experts due), and spreads
     * the experts over the exam days in the register's order.
     */
    @Transactional
    public CampaignView create(NewCampaign request) {
        String centre = register.centre();
        SignedInUser user = currentUser.require();
        if (request == null || request.kind() == null || blank(request.title())) {
            throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.title-required");
        }
        if (request.title().strip().length() > 500 || (request.basis() != null && request.basis().length() > 2000)) {
            throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.text-too-long");
        }
        List<ExamDay> days = schedule(request.days());
        LocalDate first = days.getFirst().examDate();
        ExtraordinaryDecider decider = null;
        String basis = null;
        if (request.kind() == CampaignKind.EXTRAORDINARY) {
            if (request.decidedBy() == null || blank(request.basis())) {
                throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.extraordinary-decision-required");
            }
            decider = request.decidedBy();
            basis = request.basis().strip();
        }
        List<Expert> experts = experts(centre, request, first);
        if (experts.isEmpty()) {
            throw new CampaignRefusal(Kind.WRONG_STATE, "campaign.no-experts");
        }
        for (Expert expert : experts) {
            if (decider != null && expert.kind().decider() != decider) {
                throw new CampaignRefusal(Kind.WRONG_STATE, "campaign.wrong-decider", expert.fullName(),
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                "campaign.decider." + expert.kind().decider().name()));
            }
        }
        NewCampaign clean = new NewCampaign(request.kind(), request.title().strip(), decider, basis, days, List.of());
        long id = rows.insertCampaign(centre, clean, user.login(), clock.instant());
        days.forEach(day -> rows.insertDay(id, day));
        int perDay = (experts.size() + days.size() - 1) / days.size();
        for (int i = 0; i < experts.size(); i++) {
            rows.insertParticipant(id, experts.get(i).id(), days.get(i / perDay).examDate());
        }
        auditLog.record(user.login(), "campaign.created", ENTITY, Long.toString(id), clean.kind() + " \"" + clean.title()
                + "\", " + experts.size() + " experts, exam days " + days.stream().map(d -> d.examDate() + " (submit "
                + d.submissionDate() + ")").collect(Collectors.joining(", "))
                + (decider == null ? "" : ", decided by " + decider + ": " + basis));
        return rows.campaign(id).orElseThrow();
    }

    /**
     * ¶30: announces the campaign — every expert with an account is told the exam day and the submission day (cabinet,
     * SMS, e-mail), the testing operator's staff get the schedule — at least 30 calendar days before the first exam day.
     */
    @Transactional
    public CampaignView announce(long id) {
        CampaignView campaign = rows.campaign(id).orElseThrow(Campaigns::notFound);
        SignedInUser user = currentUser.requireMemberOf(campaign.providerId());
        if (campaign.status() != CampaignStatus.DRAFT) {
            throw new CampaignRefusal(Kind.WRONG_STATE, "campaign.already-announced");
        }
        requireNoticePeriod(campaign.firstExamDay());
        Instant now = clock.instant();
        if (!rows.announce(id, user.login(), now)) {
            throw new CampaignRefusal(Kind.WRONG_STATE, "campaign.already-announced");
        }
        int notified = 0;
        for (CampaignView.Participant participant : campaign.participants()) {
            Long accountId = accounts.findByLoginName(participant.iin()).map(SignedInUser::accountId).orElse(null);
            if (accountId != null) {
                Map<String, String> parameters = new LinkedHashMap<>();
                parameters.put("campaign", campaign.title());
                parameters.put("kind", campaign.kind().name());
                parameters.put("examDate", DAY.format(participant.examDate()));
                parameters.put("submissionDate", DAY.format(participant.submissionDate()));
                notifications.notify(new Notice(accountId, "campaign.expert-called", parameters, EXPERT_CHANNELS,
                        ENTITY, Long.toString(id)));
                notified++;
            }
            rows.markNotified(id, participant.expertId(), accountId);
        }
        int operatorStaff = 0;
        String schedule = campaign.days().stream()
                .map(d -> DAY.format(d.examDate()) + " (" + campaign.participants().stream()
                        .filter(p -> p.examDate().equals(d.examDate())).count() + ")")
                .collect(Collectors.joining(", "));
        for (Organisation operator : organisations.byKind(OrganisationKind.TESTING_OPERATOR)) {
            for (long accountId : accounts.staffOf(operator.id())) {
                notifications.notify(new Notice(accountId, "campaign.operator-informed", Map.of(
                        "campaign", campaign.title(), "firstDay", DAY.format(campaign.firstExamDay()),
                        "lastDay", DAY.format(campaign.days().getLast().examDate()),
                        "experts", Integer.toString(campaign.participants().size()), "schedule", schedule),
                        OPERATOR_CHANNELS, ENTITY, Long.toString(id)));
                operatorStaff++;
            }
        }
        auditLog.record(user.login(), "campaign.announced", ENTITY, Long.toString(id), notified + " of "
                + campaign.participants().size() + " experts notified on the portal, " + operatorStaff
                + " operator staff notified; first exam day " + campaign.firstExamDay());
        return rows.campaign(id).orElseThrow();
    }

    private List<ExamDay> schedule(List<ExamDay> requested) {
        if (requested == null || requested.isEmpty()) {
            throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.days-required");
        }
        Set<LocalDate> seen = new HashSet<>();
        List<ExamDay> days = new ArrayList<>();
        for (ExamDay day : requested) {
            if (day == null || day.examDate() == null || day.submissionDate() == null) {
                throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.days-required");
            }
            if (!seen.add(day.examDate())) {
                throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.day-twice", DAY.format(day.examDate()));
            }
            if (!calendar.isWorkingDay(day.examDate())) {
                throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.exam-day-not-working", DAY.format(day.examDate()));
            }
            if (!day.submissionDate().isBefore(day.examDate()) || !calendar.isWorkingDay(day.submissionDate())) {
                throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.submission-day-invalid", DAY.format(day.submissionDate()),
                        DAY.format(day.examDate()));
            }
            days.add(day);
        }
        days.sort(Comparator.comparing(ExamDay::examDate));
        requireNoticePeriod(days.getFirst().examDate());
        return days;
    }

    /** ¶30: refuses (409) a first exam day closer than 30 calendar days from today. */
    private void requireNoticePeriod(LocalDate firstExamDay) {
        LocalDate earliest = calendar.addCalendarDays(today(), NOTICE_CALENDAR_DAYS);
        if (firstExamDay.isBefore(earliest)) {
            throw new CampaignRefusal(Kind.WRONG_STATE, "campaign.too-close", DAY.format(firstExamDay), DAY.format(earliest));
        }
    }

    private List<Expert> experts(String centre, NewCampaign request, LocalDate firstExamDay) {
        List<Long> ids = request.experts() == null ? List.of() : request.experts().stream().distinct().toList();
        if (ids.isEmpty()) {
            if (request.kind() != CampaignKind.REGULAR) {
                throw new CampaignRefusal(Kind.BAD_INPUT, "campaign.experts-required");
            }
            return register.expertsOf(centre).stream().filter(e -> e.dueOn(firstExamDay)).toList();
        }
        List<Expert> experts = new ArrayList<>();
        for (long id : ids) {
            Expert expert = rows.expert(id).filter(e -> e.providerId().equals(centre)).map(register::withRegistry)
                    .orElseThrow(() -> new CampaignRefusal(Kind.NOT_FOUND, "campaign.expert.not-found", id));
            if (request.kind() == CampaignKind.REGULAR && !expert.dueOn(firstExamDay)) {
                if (expert.exemptOn(firstExamDay)) {
                    throw new CampaignRefusal(Kind.WRONG_STATE, "campaign.expert.exempt", expert.fullName());
                }
                throw new CampaignRefusal(Kind.WRONG_STATE, "campaign.expert.not-due", expert.fullName(),
                        DAY.format(expert.dueFrom()));
            }
            experts.add(expert);
        }
        experts.sort(Comparator.comparing(Expert::surname).thenComparing(Expert::givenName).thenComparing(Expert::id));
        return experts;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), WorkingCalendar.ZONE);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static CampaignRefusal notFound() {
        return new CampaignRefusal(Kind.NOT_FOUND, "campaign.not-found");
    }
}
