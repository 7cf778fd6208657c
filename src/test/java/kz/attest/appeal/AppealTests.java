package kz.attest.appeal;

import com.jayway.jsonpath.JsonPath;
import kz.attest.application.ApplicantAndOfficer;
import kz.attest.application.ApplicationTestSupport;
import kz.attest.application.ApplicationTestSupport.Submitted;
import kz.attest.calendar.WorkingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Complaints about an application (seed 000 ¶100–¶102) through the REST API and the pages. */
class AppealTests extends ApplicantAndOfficer {

    @Autowired
    WorkingCalendar calendar;

    Submitted applicant;

    @BeforeEach
    void setUp() throws Exception {
        applicant = submittedApplication();
    }

    @Test
    void aComplaintToTheProvidersHeadIsAnsweredWithinFiveWorkingDaysOfRegistration_000_100_000_101() throws Exception {
        String body = file(applicant, "{\"addressee\":\"PROVIDER_HEAD\",\"subject\":\"INACTION\",\"text\":\"Not registered yet\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("OPEN"))
                .andExpect(jsonPath("$.addresseeOrganisation").value("dj-almaty"))
                .andExpect(jsonPath("$.applicationStatus").value("SUBMITTED"))
                .andReturn().getResponse().getContentAsString();
        long id = id(body);
        Instant filedAt = Instant.parse(JsonPath.read(body, "$.filedAt"));
        assertThat(LocalDate.parse(JsonPath.read(body, "$.dueDate"))).isEqualTo(calendar.deadline(filedAt, 5).dueDate());
        assertThat(LocalDate.parse(JsonPath.read(body, "$.registeredOn"))).isEqualTo(calendar.receiptDay(filedAt));
        assertThat(calendar.workingDaysBetween(calendar.receiptDay(filedAt),
                LocalDate.parse(JsonPath.read(body, "$.dueDate")))).isEqualTo(5);

        mvc.perform(get("/api/v1/appeals").session(applicant.session()))
                .andExpect(jsonPath("$[0].id").value(id));
        MockHttpSession head = ApplicationTestSupport.signIn(mvc, "head", "demo-head-2026");
        String queue = mvc.perform(get("/api/v1/office/appeals").session(head)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat((List<Object>) JsonPath.read(queue, "$[?(@.id == " + id + ")].status")).containsExactly("OPEN");
        // the Ministry's queue does not hold it
        String ministry = mvc.perform(get("/api/v1/office/appeals")
                        .session(ApplicationTestSupport.signIn(mvc, "ministry-head", "demo-ministry-head-2026")))
                .andReturn().getResponse().getContentAsString();
        assertThat((List<Object>) JsonPath.read(ministry, "$[?(@.id == " + id + ")]")).isEmpty();

        assertThat(templatesOf(id)).containsExactly("appeal.registered");
        assertThat(auditActionsOf(id)).containsExactly("appeal.filed");
    }

    @Test
    void aComplaintToTheQualityControlBodyIsAnsweredWithinFifteenWorkingDays_000_101() throws Exception {
        String body = file(applicant, "{\"addressee\":\"QUALITY_CONTROL\",\"subject\":\"ACTION\",\"text\":\"Rude officer\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addresseeOrganisation").value("quality-control"))
                .andReturn().getResponse().getContentAsString();
        Instant filedAt = Instant.parse(JsonPath.read(body, "$.filedAt"));
        assertThat(LocalDate.parse(JsonPath.read(body, "$.dueDate"))).isEqualTo(calendar.deadline(filedAt, 15).dueDate());

        // the provider's head may not answer a complaint addressed to the quality-control body
        answer(ApplicationTestSupport.signIn(mvc, "head", "demo-head-2026"), id(body), "{\"upheld\":true}")
                .andExpect(status().isForbidden());
        answer(ApplicationTestSupport.signIn(mvc, "quality-officer", "demo-quality-officer-2026"), id(body),
                "{\"upheld\":false,\"reasons\":\"The officer acted within the rules.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.answeredBy").value("quality-officer"));
    }

    @Test
    void anUpheldComplaintRevokesTheRefusalAndTheStepIsRedone_000_101() throws Exception {
        ApplicationTestSupport.refusedIncomplete(mvc, officer, applicant.applicationId());
        long id = id(file(applicant, "{\"addressee\":\"MINISTRY\",\"subject\":\"DECISION\",\"text\":\"The diploma was attached.\"}")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.addresseeOrganisation").value("ministry"))
                .andExpect(jsonPath("$.applicationStatus").value("REFUSED_INCOMPLETE"))
                .andReturn().getResponse().getContentAsString());

        MockHttpSession ministryHead = ApplicationTestSupport.signIn(mvc, "ministry-head", "demo-ministry-head-2026");
        answer(ministryHead, id, "{\"upheld\":true,\"reasons\":\"The diploma is in the file.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UPHELD"))
                .andExpect(jsonPath("$.reopened").value(true));

        mvc.perform(get("/api/v1/applications/" + applicant.applicationId()).session(applicant.session()))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.pendingStep").value("COMPLETENESS_CHECK"))
                .andExpect(jsonPath("$.history[3].note").value("APL-" + id))
                .andExpect(jsonPath("$.history[3].actor").value("ministry-head"));
        // the department goes on with the completeness check
        mvc.perform(post("/api/v1/applications/" + applicant.applicationId() + "/complete").session(officer).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));

        assertThat(templatesOf(id)).containsExactly("appeal.registered", "appeal.upheld");
        assertThat(channelsOf(id, "appeal.upheld")).containsExactlyInAnyOrder("CABINET", "SMS", "EMAIL");
        assertThat(auditActionsOf(id)).containsExactly("appeal.filed", "appeal.upheld");
    }

    @Test
    void anUpheldComplaintRevokesARefusalAfterTheHearingAndTheReviewIsRedone_000_101() throws Exception {
        long app = applicant.applicationId();
        ApplicationTestSupport.register(mvc, officer, app);
        officerDoes(app, "complete", null);
        officerDoes(app, "propose-refusal", "{\"reason\":\"Experience too short\",\"hearingAt\":\""
                + Instant.now().plus(java.time.Duration.ofDays(3)) + "\",\"place\":\"Room 5\"}");
        officerDoes(app, "hearing", null);
        ApplicationTestSupport.decidedAfterHearing(mvc, jdbc, ca, officer, app, false, "Experience too short");

        long id = id(file(applicant, "{\"addressee\":\"PROVIDER_HEAD\",\"subject\":\"DECISION\",\"text\":\"My experience is 3 years.\"}")
                .andExpect(jsonPath("$.applicationStatus").value("REFUSED"))
                .andReturn().getResponse().getContentAsString());
        answer(ApplicationTestSupport.signIn(mvc, "head", "demo-head-2026"), id, "{\"upheld\":true}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reopened").value(true));
        mvc.perform(get("/api/v1/applications/" + app).session(applicant.session()))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.pendingStep").value("ADMISSION_DECISION"))
                .andExpect(jsonPath("$.pendingDue").isNotEmpty());
    }

    @Test
    void anUpheldComplaintAboutAnOpenStepLeavesItsStatusAndNotesTheComplaint_000_101() throws Exception {
        long app = applicant.applicationId();
        long id = id(file(applicant, "{\"addressee\":\"MINISTRY\",\"subject\":\"INACTION\",\"text\":\"Nobody registers it.\"}")
                .andReturn().getResponse().getContentAsString());
        answer(ApplicationTestSupport.signIn(mvc, "ministry-officer", "demo-ministry-officer-2026"), id,
                "{\"upheld\":true,\"reasons\":\"The department is told to register it.\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.reopened").value(true));
        mvc.perform(get("/api/v1/applications/" + app).session(applicant.session()))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.pendingStep").value("REGISTER"))
                .andExpect(jsonPath("$.history[1].note").value("APL-" + id));
    }

    @Test
    void aRejectionGivesReasonsIsFinalAndPointsToTheCourt_000_101_000_102() throws Exception {
        long id = id(file(applicant, "{\"addressee\":\"PROVIDER_HEAD\",\"subject\":\"ACTION\",\"text\":\"Slow.\"}")
                .andReturn().getResponse().getContentAsString());
        MockHttpSession head = ApplicationTestSupport.signIn(mvc, "head", "demo-head-2026");
        answer(head, id, "{\"upheld\":false}").andExpect(status().isBadRequest());
        answer(head, id, "{\"upheld\":false,\"reasons\":\"Within the legal term.\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REJECTED"))
                .andExpect(jsonPath("$.answer").value("Within the legal term."))
                .andExpect(jsonPath("$.reopened").value(false));
        answer(head, id, "{\"upheld\":true}").andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").exists());
        mvc.perform(get("/api/v1/appeals/" + id).session(applicant.session()))
                .andExpect(jsonPath("$.status").value("REJECTED"));
        // ¶102: the cabinet tells the applicant the way to court
        mvc.perform(get("/appeals/" + id).param("lang", "en").session(applicant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Within the legal term.")))
                .andExpect(content().string(containsString("you may go to court")));
        assertThat(templatesOf(id)).containsExactly("appeal.registered", "appeal.rejected");
    }

    @Test
    void badComplaintsAreRefusedAndNothingIsStored_000_100() throws Exception {
        Submitted stranger = ApplicationTestSupport.submitted(mvc, accounts, ca);
        // someone else's application
        file(stranger, applicant.applicationId(), "{\"addressee\":\"MINISTRY\",\"subject\":\"DECISION\",\"text\":\"x\"}")
                .andExpect(status().isNotFound());
        // empty text, no addressee, unknown subject
        file(applicant, "{\"addressee\":\"MINISTRY\",\"subject\":\"DECISION\",\"text\":\"  \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").exists());
        file(applicant, "{\"subject\":\"DECISION\",\"text\":\"x\"}").andExpect(status().isBadRequest());
        file(applicant, "{\"addressee\":\"MINISTRY\",\"subject\":\"WHIM\",\"text\":\"x\"}").andExpect(status().isBadRequest());
        // staff may not file
        mvc.perform(post("/api/v1/applications/" + applicant.applicationId() + "/appeals").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"addressee\":\"MINISTRY\",\"subject\":\"DECISION\",\"text\":\"x\"}"))
                .andExpect(status().isForbidden());
        // a file that is not a PDF, JPEG or PNG
        mvc.perform(multipart("/api/v1/applications/" + applicant.applicationId() + "/appeals")
                        .file(new MockMultipartFile("files", "note.pdf", "application/pdf", "just text".getBytes()))
                        .param("addressee", "MINISTRY").param("subject", "DECISION").param("text", "x")
                        .session(applicant.session()).with(csrf()))
                .andExpect(status().isUnsupportedMediaType());
        assertThat(jdbc.sql("SELECT count(*) FROM appeal_appeal WHERE application_id = ?")
                .param(applicant.applicationId()).query(Integer.class).single()).isZero();

        // an officer of another organisation may neither see nor answer
        long id = id(file(applicant, "{\"addressee\":\"PROVIDER_HEAD\",\"subject\":\"ACTION\",\"text\":\"x\"}")
                .andReturn().getResponse().getContentAsString());
        MockHttpSession cfe = ApplicationTestSupport.signIn(mvc, "cfe-officer", "demo-cfe-officer-2026");
        answer(cfe, id, "{\"upheld\":true}").andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/appeals/" + id).session(cfe)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/appeals/" + id).session(stranger.session())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/appeals/" + id).session(applicant.session())).andExpect(jsonPath("$.status").value("OPEN"));
    }

    @Test
    void aComplaintCarriesFilesAndIsFiledFromTheCabinetPage_000_100() throws Exception {
        mvc.perform(get("/applications/" + applicant.applicationId() + "/appeals").param("lang", "ru")
                        .session(applicant.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Подать жалобу")))
                .andExpect(content().string(containsString("пятнадцати рабочих дней")));
        String location = mvc.perform(multipart("/applications/" + applicant.applicationId() + "/appeals")
                        .file(new MockMultipartFile("files", "proof.pdf", "application/pdf", ApplicationTestSupport.pdf()))
                        .param("addressee", "PROVIDER_HEAD").param("subject", "DECISION").param("text", "See the proof.")
                        .session(applicant.session()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/appeals/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String body = mvc.perform(get("/api/v1/appeals/" + id).session(applicant.session()))
                .andExpect(jsonPath("$.files.length()").value(1))
                .andExpect(jsonPath("$.files[0].contentType").value("application/pdf"))
                .andReturn().getResponse().getContentAsString();
        String fileId = JsonPath.read(body, "$.files[0].id");
        MockHttpSession head = ApplicationTestSupport.signIn(mvc, "head", "demo-head-2026");
        mvc.perform(get("/api/v1/appeals/" + id + "/files/" + fileId).session(head))
                .andExpect(status().isOk()).andExpect(content().bytes(ApplicationTestSupport.pdf()));
        mvc.perform(get("/office/appeals").param("lang", "en").session(head))
                .andExpect(status().isOk()).andExpect(content().string(containsString("APL-" + id)));
        mvc.perform(get("/appeals/" + id).param("lang", "kk").session(head))
                .andExpect(status().isOk()).andExpect(content().string(containsString("answer-form")));
        mvc.perform(post("/appeals/" + id + "/answer").param("upheld", "true").session(head).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/applications/" + applicant.applicationId()).param("lang", "en").session(applicant.session()))
                .andExpect(content().string(containsString("/applications/" + applicant.applicationId() + "/appeals")));
        mvc.perform(get("/appeals").param("lang", "en").session(applicant.session()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Upheld")));
        mvc.perform(get("/cabinet").param("lang", "en").session(applicant.session()))
                .andExpect(content().string(containsString("href=\"/appeals\"")));
        mvc.perform(get("/staff").param("lang", "en").session(head))
                .andExpect(content().string(containsString("href=\"/office/appeals\"")))
                .andExpect(content().string(containsString("href=\"/office/sla\"")));
    }

    private ResultActions file(Submitted who, String json) throws Exception {
        return file(who, applicant.applicationId(), json);
    }

    private ResultActions file(Submitted who, long applicationId, String json) throws Exception {
        return mvc.perform(post("/api/v1/applications/" + applicationId + "/appeals").session(who.session()).with(csrf())
                .param("lang", "en").contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private ResultActions answer(MockHttpSession staff, long id, String json) throws Exception {
        return mvc.perform(post("/api/v1/appeals/" + id + "/answer").session(staff).with(csrf()).param("lang", "en")
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void officerDoes(long app, String action, String json) throws Exception {
        var request = post("/api/v1/applications/" + app + "/" + action).session(officer).with(csrf());
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        mvc.perform(request).andExpect(status().isOk());
    }

    private static long id(String body) {
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private List<String> templatesOf(long appealId) {
        return kz.attest.notification.SentNotices.templates(jdbc, "Appeal", appealId);
    }

    private List<String> channelsOf(long appealId, String template) {
        return kz.attest.notification.SentNotices.channels(jdbc, "Appeal", appealId, template);
    }

    private List<String> auditActionsOf(long appealId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'Appeal' AND entity_id = ? ORDER BY seq")
                .param(Long.toString(appealId)).query(String.class).list();
    }
}
