package kz.attest.web;

import kz.attest.testing.Responses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 14: HTML routes answer with the localized error page and a way back; the catalogue leads to applying. */
@SpringBootTest
@AutoConfigureMockMvc
class PortalPagesTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void anUnknownAddressIsTheNotFoundPageNotTheSignInPage() throws Exception {
        mvc.perform(get("/no-such-page").param("lang", "en").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("text/html")))
                .andExpect(Responses.showing("There is no such page", "id=\"error-home\""));
        mvc.perform(get("/office/no-such-page").param("lang", "ru").accept(MediaType.TEXT_HTML)
                        .with(user(users.loadUserByUsername("officer"))))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Такой страницы нет")));
        // pages that exist still ask for signing in
        mvc.perform(get("/cabinet").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
    }

    @Test
    void anIdThatIsNoIdIsALocalizedPageWithAWayBackNotJson() throws Exception {
        mvc.perform(get("/applications/abc").param("lang", "kk").accept(MediaType.TEXT_HTML)
                        .header("Referer", "http://localhost/cabinet")
                        .with(user(users.loadUserByUsername("900315300123"))))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("text/html")))
                .andExpect(Responses.showing("Мұндай бет жоқ", "id=\"error-back\" href=\"http://localhost/cabinet\""));
        mvc.perform(get("/check-in/not-a-uuid").param("lang", "en").accept(MediaType.TEXT_HTML)
                        .with(user(users.loadUserByUsername("proctor"))))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("text/html")))
                .andExpect(content().string(containsString("There is no such page")));
        mvc.perform(get("/admin/calendar/abcd").param("lang", "en").accept(MediaType.TEXT_HTML)
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("text/html")));
        mvc.perform(get("/services/{code}", "<script>alert(1)</script>").param("lang", "en").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", startsWith("text/html")))
                .andExpect(content().string(not(containsString("<script>alert"))));
        // the API keeps its problem details
        mvc.perform(get("/api/v1/applications/abc").with(user(users.loadUserByUsername("900315300123"))))
                .andExpect(status().is4xxClientError())
                .andExpect(header().string("Content-Type", startsWith("application/problem+json")));
    }

    @Test
    void aServicePageHasAnApplyButtonAndNamesItsLawInWords_000_3() throws Exception {
        mvc.perform(get("/services/ADVOCATE_ATTESTATION").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("id=\"apply-ADVOCATE_ATTESTATION\"",
                        "href=\"/applications/new?service=ADVOCATE_ATTESTATION\"", "paragraphs 3–29"))
                .andExpect(content().string(not(containsString("000 ¶"))))
                .andExpect(content().string(not(containsString("<code>ADVOCATE_ATTESTATION</code>"))));
        mvc.perform(get("/applications/new").param("service", "ADVOCATE_ATTESTATION").param("lang", "ru")
                        .with(user(users.loadUserByUsername("900315300123"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"service-ADVOCATE_ATTESTATION\"")))
                .andExpect(content().string(not(containsString("id=\"service-NOTARY_ATTESTATION\""))));
    }

    @Test
    void everyRoleHasAWorkplaceOfCardsWithCounts() throws Exception {
        mvc.perform(get("/staff").param("lang", "en").with(user(users.loadUserByUsername("officer"))))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("id=\"card-office-applications\"", "href=\"/office/applications\"",
                        "href=\"/office/results\"", "href=\"/office/no-shows\"", "overdue"));
        mvc.perform(get("/cabinet").param("lang", "en").with(user(users.loadUserByUsername("900315300123"))))
                .andExpect(status().isOk())
                .andExpect(Responses.showing("href=\"/cabinet/results\"", "href=\"/cabinet/demo-keys.p12\"",
                        "unread notices"));
        mvc.perform(get("/staff").param("lang", "en").with(user(users.loadUserByUsername("proctor"))))
                .andExpect(content().string(containsString("/live\"")));
    }
}
