package kz.attest.notification;

import kz.attest.testing.Bundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event the seeds name has a subject, body and SMS in Kazakh, Russian and English, filled from parameters. */
class NoticeTemplatesTests {

    static final List<String> SEED_EVENTS = List.of("application.accepted", "application.refused-incomplete",
            "application.admitted", "application.preliminary-refusal", "application.hearing-scheduled",
            "application.refused", "application.withdrawn", "test.results", "decision.issued", "appeal.answered",
            "generic.status-changed");
    static final Map<String, String> SHORT_VALUES = Map.ofEntries(Map.entry("number", "А-2026-0017"),
            Map.entry("service", "Адвокаттар"), Map.entry("date", "12.03.2026"), Map.entry("place", "Астана"),
            Map.entry("time", "10:00"), Map.entry("hearingDate", "20.03.2026"), Map.entry("hearingTime", "15:00"),
            Map.entry("hearingPlace", "Астана"), Map.entry("missing", "диплом"), Map.entry("reasons", "¶6"),
            Map.entry("result", "72/100"), Map.entry("decision", "аттестат"), Map.entry("answer", "иә"),
            Map.entry("subject", "А-17"), Map.entry("status", "жаңа"));

    private final NoticeTemplates templates = new NoticeTemplates(messages());

    static ResourceBundleMessageSource messages() {
        return Bundles.messageSource("i18n/messages", "i18n/notification");
    }

    static Stream<Arguments> eventsInEveryLanguage() {
        return SEED_EVENTS.stream().flatMap(event -> Stream.of("kk", "ru", "en").map(lang -> Arguments.of(event, lang)));
    }

    @Test
    void theThreeLanguagesHaveTheSameKeys() {
        Bundles.assertSameKeysInEveryLanguage("notification");
    }

    @ParameterizedTest
    @MethodSource("eventsInEveryLanguage")
    void everySeedEventRendersWithAllItsParameters(String event, String language) {
        assertThat(templates.exists(event)).isTrue();
        Map<String, String> values = templates.parameterNames(event).stream()
                .collect(Collectors.toMap(name -> name, name -> "«" + name + "»"));
        RenderedNotice text = templates.render(event, values, Locale.forLanguageTag(language));
        for (String name : templates.parameterNames(event)) {
            assertThat(text.subject() + text.body()).as("%s in %s", name, event).contains("«" + name + "»");
        }
        assertThat(text.subject() + text.body() + text.sms()).doesNotContain("{").doesNotContain("}");
    }

    @ParameterizedTest
    @MethodSource("eventsInEveryLanguage")
    void smsTextsFitOneUcs2MessageWithShortValues(String event, String language) {
        String sms = templates.render(event, SHORT_VALUES, Locale.forLanguageTag(language)).sms();
        assertThat(sms.length()).as(sms).isLessThanOrEqualTo(SmsSegments.SINGLE);
    }

    @Test
    void admissionNoticeNamesPlaceDateAndTimeInKazakh_000_8() {
        RenderedNotice text = templates.render("application.admitted", Map.of("number", "А-17", "service",
                "Адвокаттар аттестаттауы", "place", "Астана, Мәңгілік Ел 8", "date", "20.03.2026", "time", "10:00"),
                Locale.forLanguageTag("kk"));
        assertThat(text.subject()).isEqualTo("№ А-17 өтініш бойынша тестілеуге жіберілу");
        assertThat(text.body()).contains("Астана, Мәңгілік Ел 8", "20.03.2026", "10:00");
    }

    @Test
    void preliminaryRefusalNamesTheHearingInRussian_000_7() {
        RenderedNotice text = templates.render("application.preliminary-refusal", Map.of("number", "А-17",
                "service", "Адвокаты", "reasons", "неполные сведения", "hearingDate", "20.03.2026",
                "hearingTime", "15:00", "hearingPlace", "Астана, каб. 301"), Locale.forLanguageTag("ru"));
        assertThat(text.body()).contains("заслушивании 20.03.2026 в 15:00", "Астана, каб. 301", "неполные сведения");
    }

    @Test
    void aMissingParameterShowsADashNotAPlaceholder() {
        RenderedNotice text = templates.render("application.accepted", Map.of("number", "А-17"),
                Locale.forLanguageTag("ru"));
        assertThat(text.body()).contains("«—»").doesNotContain("{1}");
    }

    @Test
    void anUnknownTemplateFallsBackToTheGenericStatusChange() {
        RenderedNotice text = templates.render("application.registered", Map.of("status", "зарегистрировано"),
                Locale.forLanguageTag("ru"));
        assertThat(text.subject()).isEqualTo("Изменён статус: Ваше дело").doesNotContain("application.registered");
        assertThat(text.body()).contains("зарегистрировано");
    }

    /** Issue 14: dates in one format per language in notices too; the senders pass ISO dates. */
    @Test
    void anIsoDateParameterIsWrittenAsTheReadersDate_000_8() {
        RenderedNotice text = templates.render("application.admitted", Map.of("number", "А-17", "service",
                "Адвокаттар аттестаттауы", "place", "Астана", "date", "2026-03-20", "time", "10:00"),
                Locale.forLanguageTag("kk"));
        assertThat(text.body()).contains("20.03.2026").doesNotContain("2026-03-20");
        assertThat(templates.render("application.admitted", Map.of("number", "А-17", "date", "2026-03-20T05:00:00Z"),
                Locale.forLanguageTag("ru")).body()).contains("20.03.2026 10:00");
    }

    @Test
    void anUnsupportedLanguageGetsRussian() {
        assertThat(templates.render("application.withdrawn", Map.of("number", "А-17"), Locale.GERMAN).subject())
                .isEqualTo("Заявление № А-17 отозвано");
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"kk", "ru", "en"})
    void preliminaryRefusalReasonEndingWithAFullStopGetsNoSecond_000_7(String language) {
        Map<String, String> values = new java.util.HashMap<>(SHORT_VALUES);
        values.put("reasons", "Стаж менее двух лет.");
        RenderedNotice text = templates.render("application.preliminary-refusal", values, Locale.forLanguageTag(language));
        assertThat(text.body()).contains("Стаж менее двух лет.").doesNotContain("..");

        values.put("reasons", "Стаж менее двух лет");
        assertThat(templates.render("application.preliminary-refusal", values, Locale.forLanguageTag(language)).body())
                .contains("Стаж менее двух лет.");
    }

    /**
     * Issue 14: a history note given as the notice's grounds is a message key with its arguments; the notice reads it
     * in the recipient's language, never the English of the system (¶27: refused after an absence).
     */
    @ParameterizedTest
    @CsvSource({"kk, тестілеуге келмеді; дәлелді себеп туралы өтініш берілмеді",
            "ru, неявка на тестирование; заявление об уважительной причине не подано",
            "en, absent from the test; no request to excuse the absence was filed"})
    void aHistoryNoteAsGroundsReadsInTheRecipientsLanguage_000_27(String language, String grounds) {
        ResourceBundleMessageSource source = messages();
        source.addBasenames("i18n/application");
        NoticeTemplates withHistoryNotes = new NoticeTemplates(source);
        Map<String, String> values = new java.util.HashMap<>(SHORT_VALUES);
        values.put("reasons", kz.attest.web.Phrase.of("application.history.note.absent-no-request").encode());

        String body = withHistoryNotes.render("application.refused", values, Locale.forLanguageTag(language)).body();

        assertThat(body).contains(grounds + ".").doesNotContain("phrase:").doesNotContain("application.history");
        if (!language.equals("en")) {
            assertThat(body).doesNotContainPattern("[A-Za-z]{4,}");
        }
    }
}
