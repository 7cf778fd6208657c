package kz.attest.scheduling;

import com.jayway.jsonpath.JsonPath;
import kz.attest.calendar.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * At the session's end the proctor marks those who did not come: the provider learns of it the same day (¶98) and the
 * applicant is told the last day of the 5-working-day window for a valid-reason request (¶27, ¶54, ¶75, ¶98).
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AbsenteeTests extends WithSchedulingFixtures {

    @Autowired
    ApplicationEvents events;
    @Autowired
    WorkingCalendar calendar;

    @Test
    void absenteesAreReportedToTheProviderAndToldTheValidReasonWindow_000_27() throws Exception {
        var came = fixtures.admitted("ADVOCATE_ATTESTATION", "dj-almaty");
        var missed = fixtures.admitted("ADVOCATE_ATTESTATION", "dj-almaty");
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 3), "$.id");
        String session = fixtures.session(hall, "ADVOCATE_ATTESTATION", SchedulingFixtures.today(), "00:00");
        List<String> sittings = fixtures.assigned(session, List.of(came.applicationId(), missed.applicationId()));
        fixtures.open(session).andExpect(status().isOk());
        fixtures.checkIn(session, sittings.get(0), "ID_CARD", "123456789", null).andExpect(status().isOk());

        mvc.perform(post("/api/v1/check-in/sessions/" + session + "/close").with(fixtures.as("proctor")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].applicationId").value(missed.applicationId()))
                .andExpect(jsonPath("$[0].state").value("ABSENT"));

        LocalDate until = calendar.addWorkingDays(SchedulingFixtures.today(), 5);
        CandidateAbsent absent = events.stream(CandidateAbsent.class)
                .filter(e -> e.applicationId() == missed.applicationId()).findFirst().orElseThrow();
        assertThat(absent.providerId()).isEqualTo("dj-almaty");
        assertThat(absent.testDate()).isEqualTo(SchedulingFixtures.today());
        assertThat(absent.validReasonUntil()).contains(until);
        assertThat(absent.countsAsFailure()).isFalse();
        assertThat(events.stream(CandidateAbsent.class).filter(e -> e.applicationId() == came.applicationId())).isEmpty();

        String parameters = jdbc.sql("""
                        SELECT parameters::text FROM notification_notice
                        WHERE recipient_account_id = ? AND template = 'scheduling.absent'""")
                .param(missed.accountId()).query(String.class).single();
        assertThat(parameters).contains("\"until\": \"" + until + "\"");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'scheduling.sitting.absent' AND entity_id = ?")
                .param(sittings.get(1)).query(Long.class).single()).isEqualTo(1);

        // closed once; no check-in afterwards
        mvc.perform(post("/api/v1/check-in/sessions/" + session + "/close").with(fixtures.as("proctor")).with(csrf()))
                .andExpect(status().isConflict());
        fixtures.checkIn(session, sittings.get(1), "ID_CARD", "123456789", null).andExpect(status().isConflict());
    }

    @Test
    void aPatentAttorneyWhoDoesNotComeHasFailedUnlessAValidReasonFollows_000_98() throws Exception {
        var missed = fixtures.admitted("PATENT_ATTORNEY_ATTESTATION", "ministry");
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 2), "$.id");
        String session = fixtures.session(hall, "PATENT_ATTORNEY_ATTESTATION", SchedulingFixtures.today(), "00:00");
        fixtures.assigned(session, List.of(missed.applicationId()));
        fixtures.open(session).andExpect(status().isOk());
        mvc.perform(post("/api/v1/check-in/sessions/" + session + "/close").with(fixtures.as("proctor")).with(csrf()))
                .andExpect(status().isOk());
        CandidateAbsent absent = events.stream(CandidateAbsent.class)
                .filter(e -> e.applicationId() == missed.applicationId()).findFirst().orElseThrow();
        assertThat(absent.countsAsFailure()).isTrue();
        assertThat(absent.providerId()).isEqualTo("ministry");
        assertThat(absent.validReasonUntil()).contains(calendar.addWorkingDays(SchedulingFixtures.today(), 5));
    }

    @Test
    void absenteesAreMarkedOnlyAfterTheStart() throws Exception {
        var candidate = fixtures.admitted("NOTARY_ATTESTATION", "dj-almaty");
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 2), "$.id");
        String session = fixtures.session(hall, "NOTARY_ATTESTATION", SchedulingFixtures.today().plusDays(1), null);
        fixtures.assigned(session, List.of(candidate.applicationId()));
        mvc.perform(post("/api/v1/check-in/sessions/" + session + "/close").with(fixtures.as("proctor")).with(csrf()))
                .andExpect(status().isConflict());
    }
}
