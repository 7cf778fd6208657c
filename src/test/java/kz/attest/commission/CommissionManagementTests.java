package kz.attest.commission;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The provider's attestation commission (seed 002 ¶6 names it among the participants): formed and staffed by the
 * provider's head or officers, scoped to the organisation; the pages in three languages.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommissionManagementTests {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;

    @Test
    void theProvidersHeadFormsTheCommissionAndAnotherOrganisationIsRefused_002_6() throws Exception {
        MockHttpSession head = CommissionFixtures.staff(mvc, "head");   // dj-almaty
        mvc.perform(put("/api/v1/commissions/dj-almaty").session(head).with(csrf()).param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/commissions/dj-almaty").session(head).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Аттестационная комиссия ДЮ\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Аттестационная комиссия ДЮ"));
        // without CSRF: refused
        mvc.perform(put("/api/v1/commissions/dj-almaty/members/officer").session(head)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"SECRETARY\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/commissions/dj-almaty/members/head").session(head).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"CHAIR\"}"))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/commissions/dj-almaty/members/officer").session(head).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"SECRETARY\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].login").value("head"))
                .andExpect(jsonPath("$.members[0].role").value("CHAIR"))
                .andExpect(jsonPath("$.members[?(@.login == 'officer')].role").value("SECRETARY"));
        // someone of another organisation, an unknown role, an applicant: 400, nothing stored
        mvc.perform(put("/api/v1/commissions/dj-almaty/members/cfe-officer").session(head).with(csrf()).param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"MEMBER\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title", containsString("cfe-officer")));
        mvc.perform(put("/api/v1/commissions/dj-almaty/members/officer").session(head).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"PRESIDENT\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/commissions/dj-almaty/members/900315300123").session(head).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"MEMBER\"}"))
                .andExpect(status().isBadRequest());
        // another organisation's head, and a commission member who is not a manager: 403
        MockHttpSession cfeHead = CommissionFixtures.staff(mvc, "cfe-head");
        mvc.perform(put("/api/v1/commissions/dj-almaty/members/officer").session(cfeHead).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"MEMBER\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/commissions/dj-almaty").session(cfeHead)).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/commissions/cfe/members/commission").session(CommissionFixtures.staff(mvc, "commission"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"role\":\"CHAIR\"}"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT role FROM commission_member m JOIN identity_account a ON a.id = m.account_id "
                        + "WHERE m.organisation_id = 'cfe' AND a.username = 'commission'").query(String.class).single())
                .isEqualTo("MEMBER");

        mvc.perform(delete("/api/v1/commissions/dj-almaty/members/officer").session(head).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/commissions/dj-almaty/members/officer").session(head).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action LIKE 'commission.member-%' AND entity_id = 'dj-almaty'")
                .query(Integer.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void theDemonstrationCommissionOfTheCentreHasAChairAMemberAndASecretary_001_10() throws Exception {
        MockHttpSession chair = CommissionFixtures.staff(mvc, "commission-chair");
        mvc.perform(get("/api/v1/commissions/cfe").session(chair))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.members[0].login").value("commission-chair"))
                .andExpect(jsonPath("$.members[0].role").value("CHAIR"));
        mvc.perform(get("/staff").session(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/commission\"")));
        mvc.perform(get("/commission").session(chair)).andExpect(redirectedUrl("/commission/cfe"));
        for (String lang : new String[]{"kk", "ru", "en"}) {
            mvc.perform(get("/commission/cfe").session(chair).param("lang", lang))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(lang.equals("kk") ? "Аттестаттау комиссиясы"
                            : lang.equals("ru") ? "Аттестационная комиссия" : "Attestation commission")));
        }
        // the page form of the head of the Centre adds nobody from outside the organisation
        mvc.perform(post("/commission/cfe/members").session(CommissionFixtures.staff(mvc, "cfe-head")).with(csrf())
                        .param("login", "officer").param("role", "MEMBER"))
                .andExpect(status().isBadRequest());
    }
}
