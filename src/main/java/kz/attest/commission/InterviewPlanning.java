package kz.attest.commission;

import kz.attest.audit.AuditLog;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.identity.SignedInUser;
import kz.attest.notification.Channel;
import kz.attest.notification.Notice;
import kz.attest.notification.Notifications;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The interview's slot (seed 001: the same day 15:00, ending by 17:00; the duration from the catalogue), in a room or
 * online (an https link); the candidate is told.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InterviewPlanning {

    private final InterviewRows rows;
    private final InterviewQueries queries;
    private final Catalogue catalogue;
    private final WorkingCalendar calendar;
    private final CommissionProperties properties;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;

    /**
     * The chair or secretary plans (or re-plans) the slot: the day (default: the test day), the start (default: the
     * window's start, 15:00), a room or an https link — exactly one. The candidate is told in the cabinet, by SMS and
     * e-mail.
     */
    @Transactional
    public InterviewView plan(long id, LocalDate date, LocalTime time, String room, String link) {
        Interview interview = Interview.open(queries.lockedForChange(id));
        InterviewRows.Row row = interview.row();
        SignedInUser user = queries.member(row, MemberRole::plans, "commission.error.planners-only");
        Interview.Slot slot = interview.slot(date, time, room, link, interview.duration(catalogue),
                properties.dayStart(), properties.dayEnd(), calendar::isWorkingDay, clock.instant());
        rows.plan(id, slot.startsAt(), slot.endsAt(), slot.room(), slot.link(), user.login());
        audit.record(user.login(), "commission.interview-planned", Interview.ENTITY, Long.toString(id),
                slot.day() + " " + slot.start() + "–" + slot.end() + ", "
                        + (slot.room() != null ? "room " + slot.room() : "online " + slot.link()));
        Map<String, String> parameters = new HashMap<>();
        parameters.put("service", row.service());
        parameters.put("date", slot.day().toString());
        parameters.put("time", slot.start() + "–" + slot.end());
        parameters.put("place", slot.place());
        parameters.put("reference", row.registrationNumber());
        notifications.notify(new Notice(row.accountId(), "commission.interview-planned", parameters,
                Set.of(Channel.CABINET, Channel.SMS, Channel.EMAIL), Interview.ENTITY, Long.toString(id)));
        return queries.view(id);
    }
}
