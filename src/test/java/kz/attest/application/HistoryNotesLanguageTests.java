package kz.attest.application;

import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 14: the history of an application is read in the reader's language. The demonstration applicant's advocate
 * attestation went through testing, a decision drawn up and signed (¶24–¶25); its history on the applicant's cabinet
 * page and on the back office's page holds no English phrase of the system and no login, in Kazakh and in Russian.
 */
class HistoryNotesLanguageTests extends WithMockMvc {

    /** What the system wrote in English before the notes became message keys, and the logins that acted. */
    private static final Pattern ENGLISH_OR_LOGIN = Pattern.compile(
            "(?i)\\b(?:passed|not passed|decision No|attestation held|testing|commission's conclusion|list for testing"
                    + "|officer|head|system|absent)\\b");

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "kk, /applications/{id}, 900315300123, нәтиже: өтті, тестілеу жүйесі, шешім дайындалды",
            "ru, /applications/{id}, 900315300123, результат: пройдено, система тестирования, подготовлено решение №",
            "kk, /office/applications/{id}, officer, нәтиже: өтті, тестілеу жүйесі, шешім дайындалды",
            "ru, /office/applications/{id}, officer, результат: пройдено, система тестирования, подготовлено решение №"})
    void historyOfATestedAndDecidedApplicationIsInTheReadersLanguage_000_24_000_25(String language, String page,
            String login, String result, String testing, String prepared) throws Exception {
        long id = jdbc.sql("""
                        SELECT id FROM application_application WHERE applicant_iin = '900315300123'
                          AND status = 'DECIDED' AND service_code = 'ADVOCATE_ATTESTATION' ORDER BY id LIMIT 1""")
                .query(Long.class).single();
        String html = mvc.perform(get(page.replace("{id}", Long.toString(id))).param("lang", language)
                        .locale(Locale.forLanguageTag(language)).header("Accept-Language", language)
                        .with(user(users.loadUserByUsername(login))))
                .andReturn().getResponse().getContentAsString();
        Matcher section = Pattern.compile("(?s)<section[^>]*id=\"history\".*?</section>").matcher(html);
        assertThat(section.find()).as("the history on %s", page).isTrue();
        String history = section.group().replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ");

        assertThat(history).contains(result, testing, prepared);
        assertThat(ENGLISH_OR_LOGIN.matcher(history).results().map(m -> m.group()).toList())
                .as("English notes or logins in the %s history: %s", language, history).isEmpty();
    }
}
