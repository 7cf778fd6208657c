package kz.attest.scheduling;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The proctor identifies candidates by an identity document or a digital ID and gives each a seat and a one-time
 * workstation code (seed 000 ¶15, ¶42, ¶67); a failed workstation means another seat and a new code.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class CheckInTests extends WithSchedulingFixtures {

    @Autowired
    ApplicationEvents events;

    /** A hall at the proctor's centre, a session of today, the candidates assigned and check-in open. */
    private Day today(String service, String provider, int seats, int candidates) throws Exception {
        String hallJson = fixtures.hall("tc-almaty", seats);
        String hall = JsonPath.read(hallJson, "$.id");
        List<SchedulingFixtures.Admitted> admitted = new java.util.ArrayList<>();
        for (int i = 0; i < candidates; i++) {
            admitted.add(fixtures.admitted(service, provider));
        }
        String session = fixtures.session(hall, service, SchedulingFixtures.today(), "00:00");
        List<String> sittings = fixtures.assigned(session,
                admitted.stream().map(SchedulingFixtures.Admitted::applicationId).toList());
        fixtures.open(session).andExpect(status().isOk()).andExpect(jsonPath("$.state").value("OPEN"));
        return new Day(hallJson, hall, session, admitted, sittings);
    }

    record Day(String hallJson, String hall, String session, List<SchedulingFixtures.Admitted> admitted,
               List<String> sittings) {
    }

    @Test
    @org.springframework.transaction.annotation.Transactional   // the bank's shortfall is rolled back with the test
    void aSessionCannotOpenOnABankThatCannotFillTheBlueprintAndTheRefusalNamesTheTopic_000_12_000_40_000_65_000_87()
            throws Exception {
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 3), "$.id");
        var candidate = fixtures.admitted("NOTARY_ATTESTATION", "dj-almaty");
        String session = fixtures.session(hall, "NOTARY_ATTESTATION", SchedulingFixtures.today(), "00:00");
        fixtures.assigned(session, List.of(candidate.applicationId()));
        jdbc.sql("UPDATE itembank_item SET status = 'RETIRED' WHERE topic = 'CIVIL_CODE' AND status = 'APPROVED'"
                + " AND practice = false").update();

        fixtures.open(session).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("scheduling.session.bank-not-ready"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("CIVIL_CODE")));
        assertThat(jdbc.sql("SELECT state FROM scheduling_session WHERE id = ?").param(UUID.fromString(session))
                .query(String.class).single()).isEqualTo("PLANNED");
    }

    @Test
    void proctorChecksInWithAnIdentityCardAndTheCandidateGetsASeatAndACode_000_15() throws Exception {
        Day day = today("ADVOCATE_ATTESTATION", "dj-almaty", 5, 1);
        var candidate = day.admitted().getFirst();

        mvc.perform(get("/api/v1/check-in/sessions").with(fixtures.as("proctor")))
                .andExpect(jsonPath("$[?(@.id == '" + day.session() + "')].state").value(org.hamcrest.Matchers.contains("OPEN")));
        mvc.perform(get("/api/v1/check-in/sessions/" + day.session() + "/sittings").param("q", candidate.iin())
                        .with(fixtures.as("proctor")))
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].fullName").value("Тестов Асан Болатұлы"));
        mvc.perform(get("/api/v1/check-in/sessions/" + day.session() + "/sittings").param("q", "тестов асан")
                        .with(fixtures.as("proctor")))
                .andExpect(jsonPath("$.length()").value(1));

        String body = fixtures.checkIn(day.session(), day.sittings().getFirst(), "ID_CARD", "0412 34567", null)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seatLabel").value("01"))
                .andReturn().getResponse().getContentAsString();
        String code = JsonPath.read(body, "$.workstationCode");
        assertThat(code).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}");

        CandidateCheckedIn event = events.stream(CandidateCheckedIn.class)
                .filter(e -> e.sittingId().toString().equals(day.sittings().getFirst())).findFirst().orElseThrow();
        assertThat(event.workstationCode()).isEqualTo(code);
        assertThat(event.applicationId()).contains(candidate.applicationId());
        assertThat(event.iin()).isEqualTo(candidate.iin());
        assertThat(event.stages()).containsExactly(1, 2);
        assertThat(event.centreId()).isEqualTo("tc-almaty");
        assertThat(event.hallId().toString()).isEqualTo(day.hall());
        assertThat(event.seatLabel()).isEqualTo("01");
        assertThat(event.hallPolicy()).isEqualTo(HallPolicy.open());
        assertThat(event.startsAt()).isEqualTo(LocalDateTime.of(SchedulingFixtures.today(), LocalTime.MIDNIGHT));
        assertThat(event.proctor()).isEqualTo("proctor");

        // the code is never shown again, and not stored in the clear
        mvc.perform(get("/api/v1/check-in/sessions/" + day.session() + "/sittings").with(fixtures.as("proctor")))
                .andExpect(jsonPath("$[0].state").value("CHECKED_IN"))
                .andExpect(jsonPath("$[0].documentType").value("ID_CARD"))
                .andExpect(jsonPath("$[0].workstationCode").doesNotExist());
        assertThat(mvc.perform(get("/api/v1/check-in/sessions/" + day.session() + "/sittings").with(fixtures.as("proctor")))
                .andReturn().getResponse().getContentAsString()).doesNotContain(code);
        assertThat(jdbc.sql("SELECT code_hash FROM scheduling_sitting WHERE id = ?::uuid").param(day.sittings().getFirst())
                .query(String.class).single()).isEqualTo(WorkstationCodes.hash(code)).doesNotContain(code);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'scheduling.sitting.checked-in' AND entity_id = ?")
                .param(day.sittings().getFirst()).query(Long.class).single()).isEqualTo(1);

        // already checked in
        fixtures.checkIn(day.session(), day.sittings().getFirst(), "PASSPORT", "N12345678", null)
                .andExpect(status().isConflict());
    }

    @Test
    void aDigitalIdIsConfirmedByTheDigitalDocumentsService_000_42_000_67() throws Exception {
        Day day = today("FORENSIC_EXPERT_QUALIFICATION", "cfe", 4, 1);
        var candidate = day.admitted().getFirst();
        // a well-formed number of someone else (a placeholder such as 000000000 is refused as malformed, issue 14)
        String wrong = DemoDigitalDocuments.numberOf(candidate.iin()).equals("123456780") ? "123456781" : "123456780";
        fixtures.checkIn(day.session(), day.sittings().getFirst(), "DIGITAL_ID", wrong, null)
                .andExpect(status().isConflict());
        fixtures.checkIn(day.session(), day.sittings().getFirst(), "DIGITAL_ID", "12AB", null)
                .andExpect(status().isBadRequest());
        fixtures.checkIn(day.session(), day.sittings().getFirst(), "DRIVING_LICENCE", "123456789", null)
                .andExpect(status().isBadRequest());
        fixtures.checkIn(day.session(), day.sittings().getFirst(), "DIGITAL_ID",
                        DemoDigitalDocuments.numberOf(candidate.iin()), SchedulingFixtures.seatId(day.hallJson(), "03"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seatLabel").value("03"));
    }

    @Test
    void aTakenOrBrokenSeatIsRefusedAndEveryCodeOfTheSessionDiffers() throws Exception {
        Day day = today("BAILIFF_ATTESTATION", "dj-almaty", 4, 4);
        String seat2 = SchedulingFixtures.seatId(day.hallJson(), "02");
        fixtures.checkIn(day.session(), day.sittings().get(0), "ID_CARD", "123456789", seat2).andExpect(status().isOk());
        fixtures.checkIn(day.session(), day.sittings().get(1), "ID_CARD", "123456780", seat2)
                .andExpect(status().isConflict());
        String seat4 = SchedulingFixtures.seatId(day.hallJson(), "04");
        mvc.perform(put("/api/v1/operator/halls/" + day.hall() + "/seats/" + seat4).with(fixtures.as("operator-admin"))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"active\": false}"))
                .andExpect(status().isOk());
        fixtures.checkIn(day.session(), day.sittings().get(1), "ID_CARD", "123456780", seat4)
                .andExpect(status().isConflict());
        fixtures.checkIn(day.session(), day.sittings().get(1), "ID_CARD", "123456780", UUID.randomUUID().toString())
                .andExpect(status().isNotFound());

        Set<String> codes = new HashSet<>();
        codes.add(JsonPath.read(fixtures.checkIn(day.session(), day.sittings().get(1), "ID_CARD", "123456780", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.workstationCode"));
        codes.add(JsonPath.read(fixtures.checkIn(day.session(), day.sittings().get(2), "PASSPORT", "n 1234 5678", null)
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.workstationCode"));
        assertThat(codes).hasSize(2);
        // seats 01-03 taken, 04 out of order
        fixtures.checkIn(day.session(), day.sittings().get(3), "ID_CARD", "123456781", null)
                .andExpect(status().isConflict());
    }

    @Test
    void candidatesOfAnotherSessionOrDayOrCentreAreRefused() throws Exception {
        Day day = today("NOTARY_ATTESTATION", "dj-almaty", 3, 1);
        Day other = today("NOTARY_ATTESTATION", "dj-almaty", 3, 1);
        fixtures.checkIn(day.session(), other.sittings().getFirst(), "ID_CARD", "123456789", null)
                .andExpect(status().isNotFound());

        // tomorrow's session cannot be opened nor its candidates checked in today
        var tomorrowCandidate = fixtures.admitted("NOTARY_ATTESTATION", "dj-almaty");
        String tomorrow = fixtures.session(day.hall(), "NOTARY_ATTESTATION", SchedulingFixtures.today().plusDays(1), null);
        String sitting = fixtures.assigned(tomorrow, List.of(tomorrowCandidate.applicationId())).getFirst();
        fixtures.open(tomorrow).andExpect(status().isConflict());
        fixtures.checkIn(tomorrow, sitting, "ID_CARD", "123456789", null).andExpect(status().isConflict());

        // a session at Astana: the Almaty proctor may not touch it
        String astana = JsonPath.read(fixtures.hall("tc-astana", 2), "$.id");
        var astanaCandidate = fixtures.admitted("NOTARY_ATTESTATION", "dj-almaty");
        String astanaSession = fixtures.session(astana, "NOTARY_ATTESTATION", SchedulingFixtures.today(), "00:00");
        String astanaSitting = fixtures.assigned(astanaSession, List.of(astanaCandidate.applicationId())).getFirst();
        fixtures.open(astanaSession).andExpect(status().isForbidden());
        fixtures.checkIn(astanaSession, astanaSitting, "ID_CARD", "123456789", null).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/check-in/sessions").with(fixtures.as("proctor")))
                .andExpect(jsonPath("$[?(@.id == '" + astanaSession + "')]").isEmpty());
        // an applicant is no proctor
        mvc.perform(get("/api/v1/check-in/sessions").with(fixtures.as("900315300123"))).andExpect(status().isForbidden());
    }

    @Test
    void aCandidateMovesToAnotherSeatWithANewCodeAndAReason() throws Exception {
        Day day = today("ADVOCATE_ATTESTATION", "dj-almaty", 4, 2);
        String first = JsonPath.read(fixtures.checkIn(day.session(), day.sittings().get(0), "ID_CARD", "123456789", null)
                .andReturn().getResponse().getContentAsString(), "$.workstationCode");
        fixtures.checkIn(day.session(), day.sittings().get(1), "ID_CARD", "123456780", null).andExpect(status().isOk());
        String url = "/api/v1/check-in/sessions/" + day.session() + "/sittings/" + day.sittings().get(0) + "/move";
        String seat2 = SchedulingFixtures.seatId(day.hallJson(), "02");
        String seat3 = SchedulingFixtures.seatId(day.hallJson(), "03");

        mvc.perform(post(url).with(fixtures.as("proctor")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"seatId\": \"%s\", \"reason\": \"monitor failed\"}".formatted(seat2)))
                .andExpect(status().isConflict());
        mvc.perform(post(url).with(fixtures.as("proctor")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"seatId\": \"%s\", \"reason\": \"  \"}".formatted(seat3)))
                .andExpect(status().isBadRequest());
        String body = mvc.perform(post(url).with(fixtures.as("proctor")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seatId\": \"%s\", \"reason\": \"monitor failed\"}".formatted(seat3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.seatLabel").value("03"))
                .andReturn().getResponse().getContentAsString();
        String second = JsonPath.read(body, "$.workstationCode");
        assertThat(second).isNotEqualTo(first);

        CandidateMovedSeat moved = events.stream(CandidateMovedSeat.class)
                .filter(e -> e.sittingId().toString().equals(day.sittings().get(0))).findFirst().orElseThrow();
        assertThat(moved.seatLabel()).isEqualTo("03");
        assertThat(moved.workstationCode()).isEqualTo(second);
        assertThat(moved.reason()).isEqualTo("monitor failed");
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'scheduling.sitting.moved' AND entity_id = ?")
                .param(day.sittings().get(0)).query(String.class).single()).isEqualTo("seat 01 -> 03: monitor failed");

        // seat 01 is free again for a late candidate; an assigned candidate cannot be moved
        mvc.perform(get("/api/v1/check-in/sessions/" + day.session() + "/seats").with(fixtures.as("proctor")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(4));
        var late = fixtures.admitted("ADVOCATE_ATTESTATION", "dj-almaty");
        String lateSitting = fixtures.assigned(day.session(), List.of(late.applicationId())).getFirst();
        mvc.perform(post("/api/v1/check-in/sessions/" + day.session() + "/sittings/" + lateSitting + "/move")
                        .with(fixtures.as("proctor")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seatId\": \"%s\", \"reason\": \"x\"}".formatted(seat3)))
                .andExpect(status().isConflict());
        fixtures.checkIn(day.session(), lateSitting, "ID_CARD", "123456781", null)
                .andExpect(jsonPath("$.seatLabel").value("01"));
        assertThat(Optional.of(events.stream(CandidateCheckedIn.class).count())).get().isNotNull();
    }
}
