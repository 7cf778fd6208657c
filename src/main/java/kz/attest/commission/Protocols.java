package kz.attest.commission;

import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.reporting.PdfRenderer;
import kz.attest.web.SupportedLocales;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The protocol (minutes) of a commission interview as a PDF: the Kazakh text first, then the Russian (the state
 * language and the language of official use), rendered with the application's own fonts through
 * {@link PdfRenderer}, so Kazakh letters never fall back to a missing glyph.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Protocols {

    static final List<Locale> LANGUAGES = List.of(SupportedLocales.KAZAKH, SupportedLocales.RUSSIAN);
    private static final List<String> LABELS = List.of("title", "basis", "reference", "candidate", "iin", "service",
            "specialties", "when", "place", "room", "online", "commission", "chair", "member", "secretary", "questions",
            "specialty", "question", "none", "votes", "vote-pass", "vote-fail", "outcome", "passed", "failed", "tie",
            "tally", "chair-signature");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PdfRenderer renderer;
    private final MessageSource messages;

    /** One language's part of the protocol: its labels and the texts that depend on the language. */
    record Section(Locale language, Map<String, String> labels, String service, List<String> specialties,
                   Map<String, String> specialtyNames, String when, String outcome) {
    }

    byte[] render(InterviewView interview, CommissionView commission, Catalogue catalogue) {
        List<Section> sections = LANGUAGES.stream().map(language -> section(language, interview, catalogue)).toList();
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("interview", interview);
        variables.put("commission", commission);
        variables.put("sections", sections);
        return renderer.render("commission/protocol", variables, LANGUAGES.getFirst(),
                "interview protocol " + interview.id());
    }

    private Section section(Locale language, InterviewView interview, Catalogue catalogue) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (String label : LABELS) {
            labels.put(label, messages.getMessage("commission.protocol." + label, null, language));
        }
        String service = catalogue.find(new ServiceCode(interview.service()))
                .map(s -> s.name().in(language)).orElse(interview.service());
        Map<String, String> specialtyNames = new LinkedHashMap<>();
        for (InterviewView.Question q : interview.questions()) {
            specialtyNames.computeIfAbsent(q.specialty(), code -> specialtyName(catalogue, code, language));
        }
        List<String> specialties = interview.specialties().stream()
                .map(code -> specialtyName(catalogue, code, language)).toList();
        String when = interview.startsAt() == null ? "—"
                : DAY_TIME.format(interview.startsAt().atZone(WorkingCalendar.ZONE)) + "–"
                + TIME.format(interview.endsAt().atZone(WorkingCalendar.ZONE));
        InterviewView.Tally tally = interview.tally();
        String outcome = tally.passed() == null ? "—" : labels.get(tally.passed() ? "passed" : "failed")
                + (tally.decidedByChair() ? " " + labels.get("tie") : "");
        return new Section(language, labels, service, specialties, specialtyNames, when, outcome);
    }

    private static String specialtyName(Catalogue catalogue, String code, Locale language) {
        try {
            return catalogue.specialty(code).name().in(language);
        } catch (RuntimeException e) {
            return code;
        }
    }

}
