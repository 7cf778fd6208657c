package kz.attest.commission;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.InterviewRules;
import kz.attest.catalogue.TermUnit;
import kz.attest.web.Refusal.Kind;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;

/**
 * One commission interview as stored, with the rules of its steps (seeds 001, 002): closed interviews refuse every
 * change, questions and votes wait for a planned slot, the slot lies in the day's window on a working day, the protocol
 * is signed only as prepared, and an outcome needs the chair's vote and more than half of the voting members.
 */
@RequiredArgsConstructor(access = AccessLevel.PRIVATE)
final class Interview {

    static final String ENTITY = "Interview";
    static final int MAX_TEXT = 4000;
    private static final Duration DEFAULT_DURATION = Duration.ofMinutes(20);

    private final InterviewRows.Row row;

    /** The interview, open for a change (a concluded one refuses). */
    static Interview open(InterviewRows.Row row) {
        if (row.status() == InterviewStatus.CONCLUDED) {
            throw InterviewRefusal.concluded();
        }
        return new Interview(row);
    }

    /** The interview, open and planned (questions, votes and the protocol wait for the slot). */
    static Interview planned(InterviewRows.Row row) {
        Interview interview = open(row);
        if (row.status() != InterviewStatus.PLANNED) {
            throw InterviewRefusal.notPlanned();
        }
        return interview;
    }

    InterviewRows.Row row() {
        return row;
    }

    long id() {
        return row.id();
    }

    /** A planned slot: the day and times in Astana and the place (exactly one of room and link). */
    record Slot(LocalDate day, LocalTime start, LocalTime end, Instant startsAt, Instant endsAt, String room,
                String link) {

        String place() {
            return room != null ? room : link;
        }
    }

    /**
     * The slot the planner asks for (day defaults to the test day, start to the window's start), or the refusal:
     * exactly one of room and https link, inside the day's window, not before the test day, on a working day, not past.
     */
    Slot slot(LocalDate date, LocalTime time, String room, String link, Duration duration, LocalTime dayStart,
              LocalTime dayEnd, Predicate<LocalDate> workingDay, Instant now) {
        LocalDate day = date != null ? date : row.testDay();
        LocalTime start = time != null ? time : dayStart;
        String cleanRoom = blankToNull(room);
        String cleanLink = blankToNull(link);
        if ((cleanRoom == null) == (cleanLink == null)) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.place-exactly-one");
        }
        if (cleanRoom != null && cleanRoom.length() > 255) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.room-too-long");
        }
        if (cleanLink != null && !httpsLink(cleanLink)) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.link-https");
        }
        LocalTime end = start.plus(duration);
        if (start.isBefore(dayStart) || end.isAfter(dayEnd) || end.isBefore(start)) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.outside-window", dayStart.toString(), dayEnd.toString());
        }
        if (day.isBefore(row.testDay())) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.before-test-day", row.testDay().toString());
        }
        if (!workingDay.test(day)) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.not-working-day", day.toString());
        }
        Instant startsAt = ZonedDateTime.of(day, start, WorkingCalendar.ZONE).toInstant();
        if (startsAt.isBefore(now)) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.slot-in-past");
        }
        return new Slot(day, start, end, startsAt, startsAt.plus(duration), cleanRoom, cleanLink);
    }

    /** A question to record: a specialty of the interview and a text of 1 to {@value #MAX_TEXT} characters. */
    record AskedQuestion(String specialty, String text) {
    }

    AskedQuestion question(String specialty, String text, List<String> specialties) {
        String code = specialty == null ? "" : specialty.strip();
        if (!specialties.contains(code)) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.specialty-unknown", code);
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_TEXT) {
            throw new InterviewRefusal(Kind.BAD_INPUT, "commission.error.question-text", MAX_TEXT);
        }
        return new AskedQuestion(code, clean);
    }

    /** The catalogue's interview rules of the service (409 if the service no longer holds interviews). */
    InterviewRules rules(Catalogue catalogue) {
        return catalogue.get(row.service()).interview()
                .orElseThrow(() -> new InterviewRefusal(Kind.WRONG_STATE, "commission.error.no-interview"));
    }

    /** The slot's length from the catalogue (minutes; 20 when the catalogue gives none in minutes). */
    Duration duration(Catalogue catalogue) {
        var term = rules(catalogue).duration();
        if (term == null || term.unit() != TermUnit.MINUTES) {
            return DEFAULT_DURATION;
        }
        return Duration.ofMinutes(term.amount());
    }

    /** The prepared protocol, if nothing changed since it was prepared (else the chair must prepare it again). */
    byte[] currentProtocol() {
        if (row.protocolPdf() == null || row.protocolVersion() == null || row.protocolVersion() != row.version()) {
            throw InterviewRefusal.protocolOutdated();
        }
        return row.protocolPdf();
    }

    /** The outcome the votes give, or the refusal: the chair must have voted and more than half of the voters. */
    static InterviewView.Tally outcome(InterviewView view) {
        InterviewView.Tally tally = view.tally();
        boolean chairVoted = view.votes().stream().anyMatch(v -> v.role() == MemberRole.CHAIR);
        if (!chairVoted) {
            throw new InterviewRefusal(Kind.WRONG_STATE, "commission.error.chair-must-vote");
        }
        if ((tally.pass() + tally.fail()) * 2 <= tally.voters()) {
            throw new InterviewRefusal(Kind.WRONG_STATE, "commission.error.no-quorum", tally.pass() + tally.fail(),
                    tally.voters());
        }
        return tally;
    }

    /** Outcome by majority of the votes cast by current voting members; a tie is decided by the chair's vote. */
    static InterviewView.Tally tally(List<InterviewView.Vote> votes, int voters) {
        int pass = (int) votes.stream().filter(InterviewView.Vote::passed).count();
        int fail = votes.size() - pass;
        if (pass != fail) {
            return new InterviewView.Tally(pass, fail, voters, pass > fail, false);
        }
        Boolean chair = votes.stream().filter(v -> v.role() == MemberRole.CHAIR).map(InterviewView.Vote::passed)
                .findFirst().orElse(null);
        return new InterviewView.Tally(pass, fail, voters, pass == 0 ? null : chair, pass > 0 && chair != null);
    }

    static boolean httpsLink(String link) {
        if (link.length() > 1024) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
