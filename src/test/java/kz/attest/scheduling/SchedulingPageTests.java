package kz.attest.scheduling;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The operator's and the proctor's pages in the three languages (seed 000 ¶10, ¶15). */
@SpringBootTest
@AutoConfigureMockMvc
class SchedulingPageTests extends WithSchedulingFixtures {

    @Test
    void theOperatorCreatesAHallAndPlansASessionOnPages_000_10() throws Exception {
        mvc.perform(get("/operator/halls").param("lang", "kk").with(fixtures.as("operator-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Тестілеу залдары")))
                .andExpect(content().string(containsString("Алматы тестілеу орталығы")));
        String name = "Page hall " + UUID.randomUUID();
        String location = mvc.perform(post("/operator/halls").with(fixtures.as("operator-admin")).with(csrf())
                        .param("centreId", "tc-almaty").param("name", name).param("address", "Almaty, Dostyk 1")
                        .param("capacity", "6").param("seats", "4").param("allowedIpRanges", "10.1.0.0/16\n10.2.0.0/16"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/operator/halls/*"))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).param("lang", "en").with(fixtures.as("operator-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("10.2.0.0/16")))
                .andExpect(content().string(containsString("Mark out of order")));
        mvc.perform(post("/operator/halls").with(fixtures.as("operator-admin")).with(csrf()).param("lang", "ru")
                        .param("centreId", "tc-almaty").param("name", name + "x").param("address", "Almaty")
                        .param("capacity", "6").param("allowedIpRanges", "10.1.0.0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("CIDR")));

        String hallId = location.substring(location.lastIndexOf('/') + 1);
        String sessionUrl = mvc.perform(post("/operator/sessions").with(fixtures.as("operator-admin")).with(csrf())
                        .param("hallId", hallId).param("service", "BAILIFF_ATTESTATION")
                        .param("date", SchedulingFixtures.today().plusDays(5).toString()).param("startsAt", "09:00"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        var candidate = fixtures.admitted("BAILIFF_ATTESTATION", "dj-almaty");
        mvc.perform(get(sessionUrl).param("lang", "ru").with(fixtures.as("operator-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(candidate.registrationNumber())));
        mvc.perform(post(sessionUrl + "/assignments").with(fixtures.as("operator-admin")).with(csrf())
                        .param("applicationIds", String.valueOf(candidate.applicationId())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/operator/sessions").param("lang", "en").with(fixtures.as("operator-admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Plan a session")));
    }

    @Test
    void theProctorChecksInOnThePageAndSeesTheCodeOnce_000_15() throws Exception {
        var candidate = fixtures.admitted("ADVOCATE_ATTESTATION", "dj-almaty");
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 3), "$.id");
        String session = fixtures.session(hall, "ADVOCATE_ATTESTATION", SchedulingFixtures.today(), "00:00");
        String sitting = fixtures.assigned(session, List.of(candidate.applicationId())).getFirst();

        mvc.perform(get("/check-in").param("lang", "kk").with(fixtures.as("proctor")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(session)));
        mvc.perform(post("/check-in/" + session + "/open").with(fixtures.as("proctor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        MvcResult checkedIn = mvc.perform(post("/check-in/" + session + "/sittings/" + sitting + "/check-in")
                        .with(fixtures.as("proctor")).with(csrf())
                        .param("documentType", "ID_CARD").param("documentNumber", "123456789").param("seatId", ""))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("code")).andReturn();
        CheckInResult code = (CheckInResult) checkedIn.getFlashMap().get("code");
        mvc.perform(get("/check-in/" + session).param("lang", "en").with(fixtures.as("proctor"))
                        .flashAttr("code", code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(code.workstationCode())))
                .andExpect(content().string(containsString("Workstation code for seat 01")));
        mvc.perform(get("/check-in/" + session).param("lang", "ru").param("q", candidate.iin()).with(fixtures.as("proctor")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(code.workstationCode()))))
                .andExpect(content().string(containsString("Схема зала")));
        mvc.perform(post("/check-in/" + session + "/close").with(fixtures.as("proctor")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("absentees", 0));
        assertThat(jdbc.sql("SELECT state FROM scheduling_session WHERE id = ?::uuid").param(session)
                .query(String.class).single()).isEqualTo("CLOSED");
    }

    @Test
    void staffSeeTheirLinksAndOthersAreKeptOut() throws Exception {
        mvc.perform(get("/staff").param("lang", "en").with(fixtures.as("operator-admin")))
                .andExpect(content().string(containsString("/operator/sessions")));
        mvc.perform(get("/staff").param("lang", "en").with(fixtures.as("proctor")))
                .andExpect(content().string(containsString("/check-in")));
        mvc.perform(get("/operator/halls").with(fixtures.as("proctor"))).andExpect(status().isForbidden());
        mvc.perform(get("/check-in").with(fixtures.as("operator-admin"))).andExpect(status().isForbidden());
    }
}
