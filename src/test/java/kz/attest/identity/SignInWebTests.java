package kz.attest.identity;

import jakarta.servlet.http.Cookie;
import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Sign-in, lockout, role home pages, language memory and server-side authorization. */
@SpringBootTest
@AutoConfigureMockMvc
class SignInWebTests extends WithMockMvc {

    static final String PASSWORD = "qazaqstan2026";

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForFifteenMinutes() throws Exception {
        String iin = registered("ru");
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(iin).password("wrong-password-1"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin("/login").user(iin).password("wrong-password-1"))
                .andExpect(redirectedUrl("/login?locked"));
        // even the right password is refused while locked
        mvc.perform(formLogin("/login").user(iin).password(PASSWORD))
                .andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", "").param("lang", "en"))
                .andExpect(content().string(containsString("the account is locked for 15 minutes")));
        assertThat(jdbc.sql("SELECT locked_until > now() + interval '14 minutes' FROM identity_account WHERE iin = ?")
                .param(iin).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'account.locked' AND actor = ?")
                .param(iin).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInResetsTheFailureCount() throws Exception {
        String iin = registered("ru");
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin("/login").user(iin).password("wrong-password-1"));
        }
        mvc.perform(formLogin("/login").user(iin).password(PASSWORD)).andExpect(redirectedUrl("/cabinet"));
        assertThat(jdbc.sql("SELECT failed_sign_ins FROM identity_account WHERE iin = ?").param(iin)
                .query(Integer.class).single()).isZero();
        mvc.perform(formLogin("/login").user(iin).password("wrong-password-1")).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void anUnknownLoginAndAnOverLongPasswordAreJustBadCredentials() throws Exception {
        mvc.perform(formLogin("/login").user("nobody-" + UUID.randomUUID()).password("whatever123"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").user("officer").password("ж".repeat(200)))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "").param("lang", "kk"))
                .andExpect(content().string(containsString("ЖСН, логин немесе құпиясөз қате.")));
    }

    @ParameterizedTest(name = "{0} signs in to {1}")
    @MethodSource("kz.attest.identity.SignInWebTests#demoAccounts")
    void everyDemoAccountSignsInToItsRoleHome(String login, String password, String home) throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/login").user(login).password(password))
                .andExpect(redirectedUrl(home)).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession();
        mvc.perform(get(home).session(session)).andExpect(status().isOk());
        mvc.perform(get("/").session(session)).andExpect(redirectedUrl(home));
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> demoAccounts() {
        return DemoAccounts.ALL.stream().map(demo -> org.junit.jupiter.params.provider.Arguments.of(
                demo.login(), demo.password(), demo.role() == Role.APPLICANT ? "/cabinet" : "/staff"));
    }

    @Test
    void theStaffWorkplaceShowsTheOrganisationAndTheRoleLinks() throws Exception {
        MockHttpSession session = signIn("admin", "demo-admin-2026");
        mvc.perform(get("/staff").param("lang", "en").session(session))
                .andExpect(content().string(containsString("Ministry of Justice of the Republic of Kazakhstan")))
                .andExpect(content().string(containsString("System administrator")))
                .andExpect(content().string(containsString("href=\"/admin/calendar\"")));
        mvc.perform(get("/staff").param("lang", "ru").session(signIn("officer", "demo-officer-2026")))
                .andExpect(content().string(containsString("Департамент юстиции города Алматы")));
        // the admin's language switch must not leak into the demo account for other tests
        accounts.rememberLanguage(accounts.findByLogin("admin").orElseThrow().id(), java.util.Locale.forLanguageTag("ru"));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        // a browser asks for HTML and is redirected; other clients get a bare 401
        mvc.perform(get("/cabinet").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/staff").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me")).andExpect(status().isUnauthorized());
    }

    @Test
    void eachRoleReachesOnlyItsOwnHome() throws Exception {
        mvc.perform(get("/staff").with(user("someone").roles("APPLICANT"))).andExpect(status().isForbidden());
        mvc.perform(get("/cabinet").with(user("someone").roles("PROCTOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/").with(user("someone").roles("AUDITOR"))).andExpect(redirectedUrl("/staff"));
        mvc.perform(get("/").with(user("someone").roles("APPLICANT"))).andExpect(redirectedUrl("/cabinet"));
        mvc.perform(get("/audit").with(user("someone").roles("APPLICANT"))).andExpect(status().isForbidden());
    }

    @Test
    void theLandingPageIsPublicAndLocalized() throws Exception {
        mvc.perform(get("/").param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Аттестаттау, біліктілік және лицензиялау")))
                .andExpect(content().string(containsString("href=\"/register\"")));
    }

    @Test
    void theLanguageChosenWhileSignedInIsRestoredAtTheNextSignIn() throws Exception {
        String iin = registered("kk");
        MockHttpSession session = signIn(iin, PASSWORD);
        mvc.perform(get("/cabinet").param("lang", "en").session(session))
                .andExpect(content().string(containsString("My applications")));
        assertThat(jdbc.sql("SELECT language FROM identity_account WHERE iin = ?").param(iin)
                .query(String.class).single()).isEqualTo("en");

        // a new browser whose cookie says Russian still gets the account's English after sign-in
        MvcResult again = mvc.perform(post("/login").param("username", iin).param("password", PASSWORD)
                        .with(csrf()).cookie(new Cookie("attest-lang", "ru")))
                .andExpect(redirectedUrl("/cabinet")).andReturn();
        assertThat(again.getResponse().getCookie("attest-lang")).isNotNull()
                .extracting(Cookie::getValue).isEqualTo("en");
    }

    @Test
    void meDescribesTheSignedInApplicant() throws Exception {
        String iin = registered("ru");
        mvc.perform(get("/api/v1/me").session(signIn(iin, PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.iin").value(iin))
                .andExpect(jsonPath("$.roles[0]").value("APPLICANT"))
                .andExpect(jsonPath("$.language").value("ru"))
                .andExpect(jsonPath("$.home").value("/cabinet"));
    }

    @Test
    void apiClientsObtainACsrfToken() throws Exception {
        mvc.perform(get("/api/v1/csrf"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.headerName").value("X-CSRF-TOKEN"))
                .andExpect(jsonPath("$.token").isNotEmpty());
    }

    private MockHttpSession signIn(String login, String password) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(login).password(password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error").doesNotContain("locked");
        return (MockHttpSession) result.getRequest().getSession();
    }

    private String registered(String language) {
        String iin = TestIins.fresh();
        accounts.register(new ApplicantRegistration(iin, "Тест", "Серік", null, "serik@example.kz", "87012345678",
                PASSWORD, PASSWORD, language));
        return iin;
    }
}
