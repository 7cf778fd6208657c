package kz.attest.decision;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;

import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The Ministry's reports (issue 10) and a provider's public list of results (seed 004 appendix 1). */
@SpringBootTest   // the public results are switched on for dj-almaty in src/test/resources/config/application.properties
@AutoConfigureMockMvc
class ReportsTests extends WithDecisionCollaborators {

    @Test
    void theMinistrySeesPassRatesNoShowsSlaAndDecisionsAsPageJsonAndXlsx() throws Exception {
        MockHttpSession ministry = signIn("ministry-officer");
        mvc.perform(get("/api/v1/reports").session(ministry)).andExpect(status().isOk())
                .andExpect(jsonPath("$.passRates").isArray()).andExpect(jsonPath("$.compliance").isArray())
                .andExpect(jsonPath("$.decisions").isArray()).andExpect(jsonPath("$.noShows").isArray());
        String page = mvc.perform(get("/reports").param("lang", "kk").session(ministry)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Министрліктің есептері");
        byte[] xlsx = mvc.perform(get("/api/v1/reports.xlsx").session(ministry)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(4);
        }
        mvc.perform(get("/api/v1/reports").param("from", "2026-05-10").param("to", "2026-05-01").session(ministry))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/reports").session(signIn("officer"))).andExpect(status().isForbidden());
    }

    @Test
    void aProviderThatSwitchedItOnPublishesThePreviousDaysResultsWithoutSignIn_004_105_7() throws Exception {
        java.time.LocalDate yesterday = java.time.LocalDate.now(kz.attest.calendar.WorkingCalendar.ZONE).minusDays(1);
        mvc.perform(get("/api/v1/public-results/dj-almaty").param("day", yesterday.toString()))
                .andExpect(status().isOk()).andExpect(jsonPath("$").isArray());
        // not before the day after, and not for a provider that did not switch it on
        mvc.perform(get("/api/v1/public-results/dj-almaty").param("day", yesterday.plusDays(1).toString()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/public-results/cfe").param("day", yesterday.toString()))
                .andExpect(status().isNotFound());
    }
}
