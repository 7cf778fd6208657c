package kz.attest.commission;

import com.jayway.jsonpath.JsonPath;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ServiceCode;
import kz.attest.identity.Accounts;
import kz.attest.notification.Channel;
import kz.attest.notification.NoticeDeliveryView;
import kz.attest.notification.Notifications;
import kz.attest.signature.DemoCertificateAuthority;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The commission interview of seeds 001 and 002 through the API: pending after a passed test of a service that holds
 * it, the slot (seed 001: the same day 15:00–17:00, online), at most three questions per expert specialty, the
 * members' votes, the outcome, the protocol in Kazakh and Russian and the chair's EDS signature (seed 002 ¶5).
 */
@SpringBootTest
@AutoConfigureMockMvc
class CommissionInterviewTests {

    private static final String ORG = "cfe";
    private static final String SPECIALTIES = "MEDICAL_LIVING_PERSONS,MEDICAL_CORPSES";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Accounts accounts;
    @Autowired
    private ApplicationEventPublisher events;
    @Autowired
    private TransactionTemplate tx;
    @Autowired
    private Catalogue catalogue;
    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private DemoCertificateAuthority ca;
    @Autowired
    private Notifications notifications;

    /** A candidate of the service admitted by the provider; the sitting's outcome is published; returns the sitting. */
    private Candidate sitting(String service, boolean passed) {
        String iin = CommissionFixtures.freshApplicant(accounts);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        long application = CommissionFixtures.admittedApplication(jdbc, account, iin, service, ORG, SPECIALTIES);
        UUID sitting = UUID.randomUUID();
        CommissionFixtures.publish(events, tx, CommissionFixtures.completed(sitting, application, account, service, passed));
        return new Candidate(iin, account, application, sitting);
    }

    private record Candidate(String iin, long account, long application, UUID sitting) {
    }

    private Long interviewOf(UUID sitting) {
        return jdbc.sql("SELECT id FROM commission_interview WHERE sitting_id = ?").param(sitting)
                .query(Long.class).optional().orElse(null);
    }

    private long pendingInterview() {
        return interviewOf(sitting(CommissionFixtures.SERVICE, true).sitting());
    }

    private LocalDate nextWorkingDay() {
        return calendar.nextWorkingDay(LocalDate.now(WorkingCalendar.ZONE).plusDays(1));
    }

    private ResultActions plan(MockHttpSession session, long id, String body) throws Exception {
        return mvc.perform(post("/api/v1/interviews/" + id + "/slot").session(session).with(csrf()).param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private long plannedInterview(MockHttpSession chair) throws Exception {
        long id = pendingInterview();
        plan(chair, id, "{\"date\":\"" + nextWorkingDay() + "\",\"link\":\"https://zoom.example.kz/j/123\"}")
                .andExpect(status().isOk());
        return id;
    }

    private ResultActions ask(MockHttpSession session, long id, String specialty, String text) throws Exception {
        return mvc.perform(post("/api/v1/interviews/" + id + "/questions").session(session).with(csrf())
                .param("lang", "en").contentType(MediaType.APPLICATION_JSON)
                .content("{\"specialty\":\"" + specialty + "\",\"text\":\"" + text + "\"}"));
    }

    private ResultActions vote(MockHttpSession session, long id, boolean passed) throws Exception {
        return mvc.perform(put("/api/v1/interviews/" + id + "/vote").session(session).with(csrf()).param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON).content("{\"passed\":" + passed + "}"));
    }

    private byte[] prepare(MockHttpSession chair, long id) throws Exception {
        String body = mvc.perform(post("/api/v1/interviews/" + id + "/protocol").session(chair).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Base64.getDecoder().decode((String) JsonPath.read(body, "$.content"));
    }

    private ResultActions signProtocol(MockHttpSession session, long id, String cms) throws Exception {
        return mvc.perform(post("/api/v1/interviews/" + id + "/protocol/sign").session(session).with(csrf())
                .param("lang", "en").contentType(MediaType.APPLICATION_JSON).content("{\"cms\":\"" + cms + "\"}"));
    }

    private String chairIin() {
        return jdbc.sql("""
                        SELECT s.iin FROM identity_staff_signing_iin s JOIN identity_account a ON a.id = s.account_id
                        WHERE a.username = 'commission-chair'""").query(String.class).single();
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM commission_interview WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    void anInterviewIsPendingAfterAPassedTestOfAServiceThatHoldsIt_001_10_002_5() {
        // the test configuration (classpath:/config/application.properties) switches it on for this service only
        assertThat(catalogue.get(CommissionFixtures.SERVICE).interviewHeld()).isTrue();
        assertThat(catalogue.get("FORENSIC_EXPERT_ATTESTATION").interviewHeld()).isFalse();

        Candidate candidate = sitting(CommissionFixtures.SERVICE, true);
        Long id = interviewOf(candidate.sitting());
        assertThat(id).isNotNull();
        assertThat(statusOf(id)).isEqualTo("PENDING");

        // the same event again (redelivery) does not make a second interview
        CommissionFixtures.publish(events, tx, CommissionFixtures.completed(candidate.sitting(),
                candidate.application(), candidate.account(), CommissionFixtures.SERVICE, true));
        assertThat(jdbc.sql("SELECT count(*) FROM commission_interview WHERE application_id = ?")
                .param(candidate.application()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'commission.interview-pending' AND entity_id = ?")
                .param(candidate.sitting().toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void noInterviewAfterAFailedTestNorForAServiceWithoutIt_002_5() {
        assertThat(interviewOf(sitting(CommissionFixtures.SERVICE, false).sitting())).isNull();
        assertThat(interviewOf(sitting("FORENSIC_EXPERT_ATTESTATION", true).sitting())).isNull();
    }

    @Test
    void theSlotIsTheTestDayAtFifteenOnlineOrInARoomAndTheCandidateIsTold_001_10() throws Exception {
        MockHttpSession chair = CommissionFixtures.staff(mvc, "commission-chair");
        Candidate candidate = sitting(CommissionFixtures.SERVICE, true);
        long id = interviewOf(candidate.sitting());
        LocalDate day = nextWorkingDay();

        plan(chair, id, "{\"date\":\"" + day + "\",\"room\":\"305\",\"link\":\"https://zoom.example.kz/j/1\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title", containsString("exactly one")));
        plan(chair, id, "{\"date\":\"" + day + "\"}").andExpect(status().isBadRequest());
        plan(chair, id, "{\"date\":\"" + day + "\",\"link\":\"http://zoom.example.kz/j/1\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title", containsString("https://")));
        plan(chair, id, "{\"date\":\"" + day + "\",\"link\":\"zoom\"}").andExpect(status().isBadRequest());
        plan(chair, id, "{\"date\":\"" + day + "\",\"time\":\"16:50\",\"room\":\"305\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title", containsString("17:00")));
        plan(chair, id, "{\"date\":\"tomorrow\",\"room\":\"305\"}").andExpect(status().isBadRequest());
        plan(chair, id, "{\"date\":\"2020-01-06\",\"room\":\"305\"}").andExpect(status().isBadRequest());
        // a member who is neither chair nor secretary does not plan
        plan(CommissionFixtures.staff(mvc, "commission"), id, "{\"date\":\"" + day + "\",\"room\":\"305\"}")
                .andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("PENDING");
        assertThat(notifications.deliveriesOf("Interview", Long.toString(id))).isEmpty();

        // the secretary plans online, the start defaults to 15:00 and the duration is the catalogue's 20 minutes
        plan(CommissionFixtures.staff(mvc, "cfe-officer"), id,
                "{\"date\":\"" + day + "\",\"link\":\"https://zoom.example.kz/j/123\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PLANNED"))
                .andExpect(jsonPath("$.startsAt").value(ZonedDateTime.of(day, LocalTime.of(15, 0), WorkingCalendar.ZONE)
                        .toInstant().toString()))
                .andExpect(jsonPath("$.endsAt").value(ZonedDateTime.of(day, LocalTime.of(15, 20), WorkingCalendar.ZONE)
                        .toInstant().toString()))
                .andExpect(jsonPath("$.link").value("https://zoom.example.kz/j/123"));
        assertThat(notifications.noticesOf(candidate.account(), Locale.forLanguageTag("ru")))
                .anySatisfy(n -> {
                    assertThat(n.template()).isEqualTo("commission.interview-planned");
                    assertThat(n.body()).contains("https://zoom.example.kz/j/123").contains("15:00");
                });
        assertThat(notifications.deliveriesOf("Interview", Long.toString(id))).extracting(NoticeDeliveryView::channel)
                .contains(Channel.SMS, Channel.EMAIL);
        // the candidate sees it in the cabinet
        MockHttpSession applicant = CommissionFixtures.signIn(mvc, candidate.iin(), CommissionFixtures.PASSWORD);
        mvc.perform(get("/api/v1/cabinet/interviews").session(applicant))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].status").value("PLANNED"));
        mvc.perform(get("/cabinet/interviews").session(applicant))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .content().string(containsString("https://zoom.example.kz/j/123")));
    }

    @Test
    void noMoreThanThreeQuestionsPerExpertSpecialty_001_10_2() throws Exception {
        MockHttpSession chair = CommissionFixtures.staff(mvc, "commission-chair");
        MockHttpSession member = CommissionFixtures.staff(mvc, "commission");
        long id = plannedInterview(chair);
        ask(member, id, "MEDICAL_LIVING_PERSONS", "Вопрос 1").andExpect(status().isOk());
        ask(chair, id, "MEDICAL_LIVING_PERSONS", "Вопрос 2").andExpect(status().isOk());
        ask(member, id, "MEDICAL_LIVING_PERSONS", "Сұрақ 3").andExpect(status().isOk());
        ask(member, id, "MEDICAL_LIVING_PERSONS", "Вопрос 4").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title", containsString("Forensic medical examination of living persons")))
                .andExpect(jsonPath("$.title", containsString("3")));
        ask(member, id, "MEDICAL_CORPSES", "Вопрос по другой специальности").andExpect(status().isOk());
        ask(member, id, "HANDWRITING", "Не его специальность").andExpect(status().isBadRequest());
        ask(member, id, "MEDICAL_CORPSES", " ").andExpect(status().isBadRequest());
        ask(CommissionFixtures.staff(mvc, "cfe-head"), id, "MEDICAL_CORPSES", "Не член комиссии")
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT specialty, count(*) FROM commission_question WHERE interview_id = ? GROUP BY specialty")
                .param(id).query((rs, n) -> rs.getString(1) + "=" + rs.getInt(2)).list())
                .containsExactlyInAnyOrder("MEDICAL_LIVING_PERSONS=3", "MEDICAL_CORPSES=1");
    }

    @Test
    void onlyTheCommissionsVotingMembersVote_002_5() throws Exception {
        long id = plannedInterview(CommissionFixtures.staff(mvc, "commission-chair"));
        vote(CommissionFixtures.staff(mvc, "cfe-head"), id, true).andExpect(status().isForbidden());      // not a member
        vote(CommissionFixtures.staff(mvc, "cfe-officer"), id, true).andExpect(status().isForbidden());   // secretary
        vote(CommissionFixtures.staff(mvc, "officer"), id, true).andExpect(status().isForbidden());       // another organisation
        mvc.perform(get("/api/v1/commissions/" + ORG + "/interviews").session(CommissionFixtures.staff(mvc, "officer")))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM commission_vote WHERE interview_id = ?").param(id)
                .query(Integer.class).single()).isZero();

        MockHttpSession member = CommissionFixtures.staff(mvc, "commission");
        vote(member, id, false).andExpect(status().isOk()).andExpect(jsonPath("$.tally.fail").value(1));
        vote(member, id, true).andExpect(status().isOk())        // changeable until the protocol is signed
                .andExpect(jsonPath("$.tally.pass").value(1)).andExpect(jsonPath("$.tally.fail").value(0));
    }

    @ParameterizedTest(name = "chair {0}, member {1} -> {2}, chair decides a tie: {3}")
    @CsvSource({"true, true, true, false", "false, false, false, false", "true, false, true, true",
            "false, true, false, true"})
    void theMajorityDecidesAndATieGoesWithTheChairsVote_002_5(boolean chairVote, boolean memberVote, boolean passed,
                                                             boolean decidedByChair) throws Exception {
        MockHttpSession chair = CommissionFixtures.staff(mvc, "commission-chair");
        long id = plannedInterview(chair);
        vote(CommissionFixtures.staff(mvc, "commission"), id, memberVote).andExpect(status().isOk());
        // no protocol before the chair votes
        mvc.perform(post("/api/v1/interviews/" + id + "/protocol").session(chair).with(csrf()))
                .andExpect(status().isConflict());
        vote(chair, id, chairVote).andExpect(status().isOk())
                .andExpect(jsonPath("$.tally.passed").value(passed))
                .andExpect(jsonPath("$.tally.decidedByChair").value(decidedByChair));

        byte[] pdf = prepare(chair, id);
        signProtocol(chair, id, CommissionFixtures.sign(CommissionFixtures.key(ca, chairIin()), pdf))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.passed").value(passed))
                .andExpect(jsonPath("$.decidedByChair").value(decidedByChair));
    }

    @Test
    void theProtocolIsAPdfInKazakhAndRussian_002_5() throws Exception {
        MockHttpSession chair = CommissionFixtures.staff(mvc, "commission-chair");
        long id = plannedInterview(chair);
        ask(chair, id, "MEDICAL_CORPSES", "Өлім себебін қалай анықтайсыз?").andExpect(status().isOk());
        vote(chair, id, true).andExpect(status().isOk());
        vote(CommissionFixtures.staff(mvc, "commission"), id, true).andExpect(status().isOk());
        byte[] pdf = prepare(chair, id);

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Аттестаттау комиссиясының әңгімелесу хаттамасы")
                    .contains("Протокол собеседования аттестационной комиссии")
                    .contains("Өлім себебін қалай анықтайсыз?")
                    .contains(catalogue.specialty("MEDICAL_CORPSES").name().kk())
                    .contains(catalogue.specialty("MEDICAL_CORPSES").name().ru())
                    .contains("әңгімелесуден өтті")
                    .contains("Әбдірахманов");
            assertThat(text.indexOf("хаттамасы")).isLessThan(text.indexOf("Протокол"));
            for (String letter : new String[]{"ә", "ө", "ү", "ұ", "қ", "ғ", "ң", "і"}) {
                assertThat(text).contains(letter);
            }
        }
        mvc.perform(get("/api/v1/interviews/" + id + "/protocol.pdf").session(chair))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType(MediaType.APPLICATION_PDF));
    }

    @Test
    void theChairSignsTheProtocolWithEdsAWrongSignerIsRefusedAndTheOutcomeReachesTheRegister_002_5_000_24() throws Exception {
        MockHttpSession chair = CommissionFixtures.staff(mvc, "commission-chair");
        Candidate candidate = sitting(CommissionFixtures.SERVICE, true);
        // the test's stage is in the provider's results register (¶24); the interview's outcome joins it when signed
        CommissionFixtures.publish(events, tx, new kz.attest.delivery.StageScored(UUID.randomUUID(), candidate.sitting(),
                java.util.Optional.of(candidate.application()), candidate.account(),
                new kz.attest.catalogue.ServiceCode(CommissionFixtures.SERVICE), 1, 80, 100, 70, true,
                java.time.Instant.now()));
        long id = interviewOf(candidate.sitting());
        plan(chair, id, "{\"date\":\"" + nextWorkingDay() + "\",\"room\":\"Зал 2\"}").andExpect(status().isOk());
        vote(chair, id, true).andExpect(status().isOk());
        // no protocol without a quorum: more than half of the two voting members
        mvc.perform(post("/api/v1/interviews/" + id + "/protocol").session(chair).with(csrf()).param("lang", "en"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.title", containsString("1 of 2")));
        MockHttpSession member = CommissionFixtures.staff(mvc, "commission");
        vote(member, id, true).andExpect(status().isOk());
        // the protocol is signed only once prepared
        signProtocol(chair, id, "MIIB").andExpect(status().isConflict());
        byte[] pdf = prepare(chair, id);

        // another person's key: refused, nothing stored
        signProtocol(chair, id, CommissionFixtures.sign(CommissionFixtures.key(ca, "780512300014"), pdf)).andExpect(status().isBadRequest());
        // the chair's key over other bytes
        signProtocol(chair, id, CommissionFixtures.sign(CommissionFixtures.key(ca, chairIin()), new byte[]{1, 2, 3}))
                .andExpect(status().isBadRequest());
        // a member is not the chair
        signProtocol(member, id, CommissionFixtures.sign(CommissionFixtures.key(ca, chairIin()), pdf))
                .andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("PLANNED");

        // a vote after the protocol was prepared makes it outdated
        vote(member, id, true).andExpect(status().isOk());
        signProtocol(chair, id, CommissionFixtures.sign(CommissionFixtures.key(ca, chairIin()), pdf))
                .andExpect(status().isConflict());
        pdf = prepare(chair, id);
        // the chair's page offers the EDS signature of the prepared protocol (eds-sign.js)
        mvc.perform(get("/commission/interviews/" + id).session(chair).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("id=\"protocol-sign\"")));
        signProtocol(chair, id, CommissionFixtures.sign(CommissionFixtures.key(ca, chairIin()), pdf))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CONCLUDED"))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.signedBy").value("commission-chair"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'commission.protocol-signed' AND entity_id = ?")
                .param(Long.toString(id)).query(Integer.class).single()).isEqualTo(1);
        // the outcome is in the provider's results register beside the test's stages
        assertThat(jdbc.sql("SELECT interview_passed FROM decision_result_sitting WHERE sitting_id = ?")
                .param(candidate.sitting()).query(Boolean.class).single()).isTrue();
        mvc.perform(get("/api/v1/office/results").session(CommissionFixtures.staff(mvc, "cfe-officer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.sittingId == '" + candidate.sitting() + "')].interview.passed").value(true));
        // the signed protocol reaches the candidate's cabinet
        MockHttpSession applicant = CommissionFixtures.signIn(mvc, candidate.iin(), CommissionFixtures.PASSWORD);
        mvc.perform(get("/api/v1/cabinet/interviews").session(applicant))
                .andExpect(jsonPath("$[0].passed").value(true));
        mvc.perform(get("/cabinet/interviews/" + id + "/protocol.pdf").session(applicant)).andExpect(status().isOk());
        assertThat(notifications.noticesOf(candidate.account(), Locale.forLanguageTag("kk")))
                .extracting(kz.attest.notification.NoticeView::template).contains("commission.interview-passed");
    }

    @Test
    void nothingChangesOnceTheChairHasSigned_002_5() throws Exception {
        MockHttpSession chair = CommissionFixtures.staff(mvc, "commission-chair");
        MockHttpSession member = CommissionFixtures.staff(mvc, "commission");
        long id = plannedInterview(chair);
        vote(chair, id, false).andExpect(status().isOk());
        vote(member, id, false).andExpect(status().isOk());
        byte[] pdf = prepare(chair, id);
        signProtocol(chair, id, CommissionFixtures.sign(CommissionFixtures.key(ca, chairIin()), pdf))
                .andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(false));

        vote(member, id, true).andExpect(status().isConflict());
        ask(member, id, "MEDICAL_CORPSES", "Ещё вопрос").andExpect(status().isConflict());
        plan(chair, id, "{\"date\":\"" + nextWorkingDay() + "\",\"room\":\"1\"}").andExpect(status().isConflict());
        mvc.perform(post("/api/v1/interviews/" + id + "/protocol").session(chair).with(csrf()))
                .andExpect(status().isConflict());
        signProtocol(chair, id, CommissionFixtures.sign(CommissionFixtures.key(ca, chairIin()), pdf))
                .andExpect(status().isConflict());
        mvc.perform(get("/commission/interviews/" + id).session(member).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(containsString("Protocol signed")));
        assertThat(jdbc.sql("SELECT count(*) FROM commission_vote WHERE interview_id = ? AND passed")
                .param(id).query(Integer.class).single()).isZero();
    }
}
