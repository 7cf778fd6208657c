package kz.attest.identity;

import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Applicant self-registration (seed 001) through the page and the API: every kind of bad input gives a localized
 * message next to its field and a 4xx, and stores nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RegistrationWebTests extends WithMockMvc {

    static final String PASSWORD = "qazaqstan2026";

    /** Bad input of each kind named in the issue: field, value, expected message key, English text. */
    static Stream<Arguments> badInput() {
        return Stream.of(
                Arguments.of("iin", "", "iin.invalid.required", "Enter the IIN."),
                Arguments.of("iin", "90031530012", "iin.invalid.length", "exactly 12 digits"),
                Arguments.of("iin", "90031530012a", "iin.invalid.not-digits", "digits only"),
                Arguments.of("iin", "900315900123", "iin.invalid.century-sex-digit", "7th digit"),
                Arguments.of("iin", "901315300123", "iin.invalid.birth-date", "not a valid date of birth"),
                Arguments.of("iin", "991231500000", "iin.invalid.birth-date-in-future", "in the future"),
                Arguments.of("iin", "900315300124", "iin.invalid.check-digit", "check digit of the IIN does not match"),
                Arguments.of("iin", TestIins.uncomputable(), "iin.invalid.check-digit-uncomputable", "cannot be computed"),
                Arguments.of("password", "short1", "identity.password.too-short", "at least 10 characters"),
                Arguments.of("password", "onlyletterslong", "identity.password.letters-and-digits", "both letters and digits"),
                Arguments.of("passwordConfirmation", "different2026", "identity.password.mismatch", "do not match"),
                Arguments.of("email", "serik@example", "identity.email.invalid", "not a valid e-mail address"),
                Arguments.of("email", "a".repeat(250) + "@example.kz", "identity.email.too-long", "at most 254"),
                Arguments.of("phone", "+7 812 234 56 78", "identity.phone.invalid", "Kazakh mobile number"),
                Arguments.of("surname", "С".repeat(101), "identity.name.too-long", "At most 100 characters"),
                Arguments.of("givenName", "", "identity.name.required", "Fill in this field"),
                Arguments.of("patronymic", "П".repeat(101), "identity.name.too-long", "At most 100 characters"));
    }

    @ParameterizedTest(name = "form: {0}={2}")
    @MethodSource("badInput")
    void badInputOnTheFormIsShownNextToTheFieldAndStoresNothing(String field, String value, String key, String text)
            throws Exception {
        String marker = field.equals("surname") ? null : marker();
        Map<String, String> overrides = new HashMap<>(Map.of(field, value));
        if (field.equals("password")) {
            overrides.put("passwordConfirmation", value);
        }
        MockHttpServletRequestBuilder request = formRequest(TestIins.fresh(), marker == null ? "x" : marker, overrides)
                .with(csrf());
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("registration", field, key))
                .andExpect(content().string(containsString(escapeHtml(text))))
                .andExpect(content().string(containsString("id=\"" + field + "-error\"")));
        if (marker != null) {
            assertThat(accountsWithSurname(marker)).isZero();
        }
    }

    @ParameterizedTest(name = "api: {0}={2}")
    @MethodSource("badInput")
    void badInputOnTheApiIsA400ProblemWithTheFieldMessageAndStoresNothing(String field, String value, String key,
                                                                          String text) throws Exception {
        String marker = marker();
        String iin = field.equals("iin") ? value : TestIins.fresh();
        String surname = field.equals("surname") ? value : marker;
        String json = """
                {"iin":"%s","surname":"%s","givenName":"%s","patronymic":"%s","email":"%s","phone":"%s",
                 "password":"%s","passwordConfirmation":"%s","language":"en"}""".formatted(
                iin, surname, field.equals("givenName") ? value : "Серік",
                field.equals("patronymic") ? value : "",
                field.equals("email") ? value : "serik@example.kz",
                field.equals("phone") ? value : "+7 701 234 56 78",
                field.equals("password") ? value : PASSWORD,
                field.equals("passwordConfirmation") ? value : field.equals("password") ? value : PASSWORD);
        mvc.perform(post("/api/v1/accounts/register").param("lang", "en").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("error.validation"))
                .andExpect(jsonPath("$.errors." + field).value(containsString(text)));
        assertThat(accountsWithSurname(surname)).isZero();
    }

    @Test
    void aRegisteredIinCannotRegisterAgain() throws Exception {
        String iin = TestIins.fresh();
        accounts.register(new ApplicantRegistration(iin, marker(), "Серік", null, "serik@example.kz", "87012345678",
                PASSWORD, PASSWORD, "ru"));
        mvc.perform(formRequest(iin, marker()))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode("registration", "iin", "identity.iin.taken"))
                .andExpect(content().string(containsString("An account with this IIN already exists")));
        mvc.perform(post("/api/v1/accounts/register").param("lang", "ru").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(apiJson(iin, marker(), "ru")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.iin").value(containsString("Учётная запись с этим ИИН уже существует")));
        assertThat(jdbc.sql("SELECT count(*) FROM identity_account WHERE iin = ?").param(iin).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void anUnknownLanguageInTheApiIsA400() throws Exception {
        String marker = marker();
        mvc.perform(post("/api/v1/accounts/register").param("lang", "en").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(apiJson(TestIins.fresh(), marker, "de")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.language").value(containsString("Unknown language")));
        assertThat(accountsWithSurname(marker)).isZero();
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        mvc.perform(post("/api/v1/accounts/register").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"iin\": [1, 2"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aValidFormRegistersTheApplicantInTheLanguageOfThePage() throws Exception {
        String iin = TestIins.fresh();
        mvc.perform(formRequest(iin, marker(), Map.of("lang", "kk")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?registered"));
        assertThat(jdbc.sql("SELECT language FROM identity_account WHERE iin = ?").param(iin).query(String.class).single())
                .isEqualTo("kk");
        assertThat(jdbc.sql("SELECT phone FROM identity_account WHERE iin = ?").param(iin).query(String.class).single())
                .isEqualTo("+77012345678");
    }

    @Test
    void theApiAnswers201AndHashesThePassword() throws Exception {
        String iin = TestIins.fresh();
        mvc.perform(post("/api/v1/accounts/register").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(apiJson(iin, marker(), "en")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.login").value(iin));
        String hash = jdbc.sql("SELECT password_hash FROM identity_account WHERE iin = ?").param(iin)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'account.registered' AND actor = ?")
                .param(iin).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aPostWithoutCsrfTokenIsForbidden() throws Exception {
        String marker = marker();
        String iin = TestIins.fresh();
        mvc.perform(post("/api/v1/accounts/register").contentType(MediaType.APPLICATION_JSON)
                        .content(apiJson(iin, marker, "en")))
                .andExpect(status().isForbidden());
        mvc.perform(formRequest(iin, marker, Map.of()))
                .andExpect(status().isForbidden());
        assertThat(accountsWithSurname(marker)).isZero();
    }

    private MockHttpServletRequestBuilder formRequest(String iin, String surname) {
        return formRequest(iin, surname, Map.of()).with(csrf());
    }

    /** The form of a valid registration in English, with some fields overridden; no CSRF token yet. */
    private MockHttpServletRequestBuilder formRequest(String iin, String surname, Map<String, String> overrides) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("lang", "en");
        fields.put("iin", iin);
        fields.put("surname", surname);
        fields.put("givenName", "Серік");
        fields.put("patronymic", "");
        fields.put("email", "serik@example.kz");
        fields.put("phone", "+7 701 234 56 78");
        fields.put("password", PASSWORD);
        fields.put("passwordConfirmation", PASSWORD);
        fields.putAll(overrides);
        MockHttpServletRequestBuilder request = post("/register");
        fields.forEach(request::param);
        return request;
    }

    private static String apiJson(String iin, String surname, String language) {
        return """
                {"iin":"%s","surname":"%s","givenName":"Серік","email":"serik@example.kz","phone":"87012345678",
                 "password":"%s","passwordConfirmation":"%s","language":"%s"}""".formatted(
                iin, surname, PASSWORD, PASSWORD, language);
    }

    private long accountsWithSurname(String surname) {
        return jdbc.sql("SELECT count(*) FROM identity_account WHERE surname = ?").param(surname)
                .query(Long.class).single();
    }

    private static String marker() {
        return "Тест-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
