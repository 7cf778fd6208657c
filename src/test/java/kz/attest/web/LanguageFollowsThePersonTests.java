package kz.attest.web;

import jakarta.servlet.http.Cookie;
import kz.attest.identity.Accounts;
import kz.attest.identity.ApplicantRegistration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

/** Issue 14: the language follows the person — the browser on a first visit, the choice on the sign-in page, the API's ask. */
@SpringBootTest
@AutoConfigureMockMvc
class LanguageFollowsThePersonTests {

    static final String PASSWORD = "qazaqstan2026";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFirstVisitFollowsTheBrowsersAcceptLanguage() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "kk-KZ,kk;q=0.9,ru;q=0.8"))
                .andExpect(content().string(containsString("lang=\"kk\"")));
        mvc.perform(get("/login").header("Accept-Language", "en-GB,en;q=0.9"))
                .andExpect(content().string(containsString("lang=\"en\"")));
        mvc.perform(get("/login").header("Accept-Language", "de-DE,de;q=0.9"))
                .andExpect(content().string(containsString("lang=\"ru\"")));
        // a language chosen before (the cookie) wins over the browser
        mvc.perform(get("/login").header("Accept-Language", "en").cookie(new Cookie("attest-lang", "kk")))
                .andExpect(content().string(containsString("lang=\"kk\"")));
    }

    @Test
    void theLanguageChosenOnTheSignInPageIsNotOverriddenByTheAccountsStoredOne() throws Exception {
        String iin = kz.attest.identity.TestIins.fresh();
        accounts.register(new ApplicantRegistration(iin, "Тестов", "Асан", null, iin + "@example.kz",
                "+7701" + iin.substring(5), PASSWORD, PASSWORD, "ru"));
        mvc.perform(get("/login").param("lang", "kk"))
                .andExpect(content().string(containsString("name=\"language\" value=\"kk\"")));
        MvcResult signedIn = mvc.perform(post("/login").param("username", iin).param("password", PASSWORD)
                        .param("language", "kk").cookie(new Cookie("attest-lang", "kk")).with(csrf()))
                .andExpect(redirectedUrl("/cabinet")).andReturn();
        assertThat(signedIn.getResponse().getCookie("attest-lang").getValue()).isEqualTo("kk");
        assertThat(jdbc.sql("SELECT language FROM identity_account WHERE iin = ?").param(iin)
                .query(String.class).single()).isEqualTo("kk");
    }

    @Test
    void theApiAnswersInTheLanguageAskedFor() throws Exception {
        mvc.perform(get("/api/v1/services/NO_SUCH_SERVICE").header("Accept-Language", "kk")
                        .cookie(new Cookie("attest-lang", "en")))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.matchesPattern("^[A-Za-z .,'-]+$"))));
        mvc.perform(get("/api/v1/services/NO_SUCH_SERVICE").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.matchesPattern("^[A-Za-z0-9 .,:'’_-]+$")));
    }
}
