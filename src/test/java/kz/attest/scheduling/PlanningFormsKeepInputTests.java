package kz.attest.scheduling;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 14: a refused planning form comes back with the message next to the field and everything typed kept (¶10). */
@SpringBootTest
@AutoConfigureMockMvc
class PlanningFormsKeepInputTests extends WithSchedulingFixtures {

    @Test
    void aBadAddressRangeIsToldNextToTheFieldAndTheRangesStay_000_10() throws Exception {
        String hall = com.jayway.jsonpath.JsonPath.read(fixtures.hall("tc-almaty", 2), "$.id");
        mvc.perform(post("/operator/halls/{id}/policy", hall).with(fixtures.as("operator-admin")).with(csrf())
                        .param("allowedIpRanges", "10.1.0.0/16\n10.0.0.0/33").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"allowedIpRanges-error\"")))
                .andExpect(content().string(containsString("10.0.0.0/33</textarea>")));
        assertThat(jdbc.sql("SELECT count(*) FROM scheduling_hall WHERE id = ? AND allowed_ip_ranges::text LIKE '%/33%'")
                .param(UUID.fromString(hall)).query(Integer.class).single()).isZero();
    }

    @Test
    void aBadStageListAndAPastDateKeepTheTypedInput_000_10() throws Exception {
        String hall = com.jayway.jsonpath.JsonPath.read(fixtures.hall("tc-almaty", 2), "$.id");
        mvc.perform(post("/operator/sessions").with(fixtures.as("operator-admin")).with(csrf()).param("lang", "en")
                        .param("hallId", hall).param("service", "ADVOCATE_ATTESTATION")
                        .param("date", LocalDate.now().plusDays(20).toString()).param("startsAt", "10:30")
                        .param("stages", "one, two"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"stages-error\"")))
                .andExpect(content().string(containsString("value=\"one, two\"")))
                .andExpect(content().string(containsString("value=\"10:30\"")));
        mvc.perform(post("/operator/sessions").with(fixtures.as("operator-admin")).with(csrf()).param("lang", "ru")
                        .param("hallId", hall).param("service", "ADVOCATE_ATTESTATION")
                        .param("date", "2020-01-10").param("stages", "1"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("id=\"date-error\"")))
                .andExpect(content().string(containsString("value=\"2020-01-10\"")));
    }

    @Test
    void aWrongDigitalIdOrAPlaceholderNumberStaysOnTheCandidatesRow_000_15() throws Exception {
        var candidate = fixtures.admitted("ADVOCATE_ATTESTATION", "dj-almaty");
        String hall = com.jayway.jsonpath.JsonPath.read(fixtures.hall("tc-almaty", 3), "$.id");
        String session = fixtures.session(hall, "ADVOCATE_ATTESTATION", SchedulingFixtures.today(), "00:00");
        String sitting = fixtures.assigned(session, java.util.List.of(candidate.applicationId())).getFirst();
        mvc.perform(post("/check-in/" + session + "/open").with(fixtures.as("proctor")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String wrong = candidate.iin().endsWith("123456789") ? "987654321" : "123456789";
        mvc.perform(post("/check-in/" + session + "/sittings/" + sitting + "/check-in").param("lang", "en")
                        .with(fixtures.as("proctor")).with(csrf())
                        .param("documentType", "DIGITAL_ID").param("documentNumber", wrong).param("seatId", ""))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("id=\"check-in-error-" + sitting + "\"")))
                .andExpect(content().string(containsString("value=\"" + wrong + "\"")))
                .andExpect(content().string(containsString("value=\"DIGITAL_ID\" selected")));
        mvc.perform(post("/check-in/" + session + "/sittings/" + sitting + "/check-in").param("lang", "en")
                        .with(fixtures.as("proctor")).with(csrf())
                        .param("documentType", "ID_CARD").param("documentNumber", "000000000").param("seatId", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("does not have the format of this document")))
                .andExpect(content().string(containsString("value=\"000000000\"")));
        assertThat(jdbc.sql("SELECT state FROM scheduling_sitting WHERE id = ?::uuid").param(sitting)
                .query(String.class).single()).isEqualTo("ASSIGNED");
    }
}
