package kz.attest.application;

import com.jayway.jsonpath.JsonPath;
import kz.attest.catalogue.Catalogue;
import kz.attest.catalogue.ExpertSpecialty;
import kz.attest.catalogue.ServiceCode;
import kz.attest.catalogue.ServiceDefinition;
import kz.attest.notification.SentNotices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Submission through the portal and the provider's first steps for the Centre of Forensic Expertise ({@code cfe}:
 * attestation ¶33, ¶35; qualification ¶58, ¶60, ¶63) and the Ministry ({@code ministry}: patent attorneys ¶77, ¶78),
 * over the REST API and the real database.
 */
class ForensicAndPatentSubmissionParagraphTests extends WithApplicant {

    @Autowired
    Catalogue catalogue;
    @Autowired
    kz.attest.calendar.WorkingCalendar calendar;

    @ParameterizedTest(name = "{0} goes to {1} with its documents, not to {2}")
    @CsvSource({
            "FORENSIC_EXPERT_ATTESTATION, cfe, dj-almaty, 1",       // ¶33: to the ЦСЭ, documents of rules №336 app.1 ¶8
            "FORENSIC_MEDICAL_ATTESTATION, cfe, ministry, 1",       // ¶33
            "FORENSIC_EXPERT_QUALIFICATION, cfe, dj-almaty, 2",     // ¶58: appendix 6, documents of rules №335 app.1 ¶8
            "FORENSIC_MEDICAL_QUALIFICATION, cfe, ministry, 1",     // ¶58
            "PATENT_ATTORNEY_ATTESTATION, ministry, cfe, 0"         // ¶77: to the Ministry, documents of order №1316 ¶8
    })
    void theApplicationGoesThroughThePortalToItsProviderWithEveryRequiredDocument_000_33_000_58_000_77(
            String service, String provider, String wrongProvider, int specialties) throws Exception {
        ServiceDefinition definition = catalogue.get(service);
        mvc.perform(post("/api/v1/applications/drafts").session(applicant.session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"" + service + "\",\"provider\":\"" + wrongProvider + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.error.provider-invalid"));

        String draft = applicant.startDraft(service, provider);
        List<String> documents = definition.requiredDocuments();
        for (String type : documents.subList(0, documents.size() - 1)) {
            applicant.attach(draft, type, type.toLowerCase() + ".pdf", ApplicationFixtures.PDF)
                    .andExpect(status().isCreated());
        }
        answer(draft, service, specialties);
        mvc.perform(get("/api/v1/applications/drafts/" + draft + "/content").session(applicant.session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.error.documents-missing"));
        assertThat(jdbc.sql("SELECT count(*) FROM application_application WHERE draft_id = CAST(? AS uuid)")
                .param(draft).query(Long.class).single()).isZero();

        applicant.attach(draft, documents.getLast(), "last.pdf", ApplicationFixtures.PDF).andExpect(status().isCreated());
        String body = applicant.submit(draft, applicant.signingKey).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(get("/api/v1/applications/" + id).session(applicant.session))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.pendingStep").value("REGISTER"))
                .andExpect(jsonPath("$.documents.length()").value(documents.size()));
        assertThat(jdbc.sql("SELECT provider_id FROM application_application WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo(provider);
    }

    @ParameterizedTest(name = "{0}: {2} registers and the cabinet shows the status")
    @CsvSource({
            "FORENSIC_EXPERT_ATTESTATION, cfe, cfe-officer, ministry-officer",       // ¶35
            "FORENSIC_EXPERT_QUALIFICATION, cfe, cfe-officer, officer",              // ¶60
            "PATENT_ATTORNEY_ATTESTATION, ministry, ministry-officer, cfe-officer"   // ¶78
    })
    void theProviderRegistersAndTheAcceptedStatusReachesTheCabinet_000_35_000_60_000_78(
            String service, String provider, String officerLogin, String otherOfficer) throws Exception {
        long id = submitted(service, provider);
        MockHttpSession other = ApplicationFixtures.signIn(mvc, otherOfficer, "demo-" + otherOfficer + "-2026");
        mvc.perform(post("/api/v1/applications/" + id + "/register").session(other).with(csrf()))
                .andExpect(status().isForbidden());

        MockHttpSession officer = ApplicationFixtures.signIn(mvc, officerLogin, "demo-" + officerLogin + "-2026");
        mvc.perform(post("/api/v1/applications/" + id + "/register").session(officer).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.pendingStep").value("COMPLETENESS_CHECK"))
                .andExpect(jsonPath("$.history[-1].actor").value(officerLogin))
                .andExpect(jsonPath("$.history[-1].deadlineHad").isNotEmpty());

        assertThat(channelsOf(id, "application.accepted")).containsExactly("CABINET");
        mvc.perform(get("/api/v1/applications").session(applicant.session))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].status").value("REGISTERED"));
    }

    @Test
    void aCompleteQualificationApplicationIsAdmittedAndToldPlaceDateAndTime_000_63() throws Exception {
        long id = submitted("FORENSIC_EXPERT_QUALIFICATION", "cfe");
        MockHttpSession officer = ApplicationFixtures.signIn(mvc, "cfe-officer", "demo-cfe-officer-2026");
        mvc.perform(post("/api/v1/applications/" + id + "/register").session(officer).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/" + id + "/complete").session(officer).with(csrf()))
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"));
        Instant testAt = Instant.now().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        String admission = "{\"place\": \"Almaty, Zheltoksan 105, hall 3\", \"testAt\": \"" + testAt
                + "\", \"procedure\": \"two computer tests, in Kazakh or Russian\"}";

        // no grounds for refusal must be established first: an unchecked requirement keeps the applicant out
        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(admission))
                .andExpect(status().isConflict());
        assertThat(templatesOf(id)).noneMatch(t -> t.startsWith("application.admitted"));

        ApplicationFixtures.meetAllRequirements(mvc, officer, id);
        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(admission))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADMITTED"));

        String parameters = jdbc.sql("""
                        SELECT parameters::text FROM notification_notice
                        WHERE subject_type = 'Application' AND subject_id = ? AND template = 'application.admitted-with-test'""")
                .param(Long.toString(id)).query(String.class).single();
        assertThat(parameters).contains("Almaty, Zheltoksan 105, hall 3",
                java.time.LocalDateTime.ofInstant(testAt, kz.attest.calendar.WorkingCalendar.ZONE).toLocalTime().toString());
        assertThat(channelsOf(id, "application.admitted-with-test")).contains("CABINET", "SMS");
        mvc.perform(get("/api/v1/applications/" + id + "/admission").session(applicant.session))
                .andExpect(jsonPath("$.place").value("Almaty, Zheltoksan 105, hall 3"))
                .andExpect(jsonPath("$.byOperator").value(false));
    }

    @Test
    void anAdmissionForATestLessThanThreeWorkingDaysAfterTheFilingIsRefusedNamingTheLastDay_000_58() throws Exception {
        long id = submitted("FORENSIC_MEDICAL_QUALIFICATION", "cfe");
        MockHttpSession officer = ApplicationFixtures.signIn(mvc, "cfe-officer", "demo-cfe-officer-2026");
        ApplicationFixtures.readyForAdmission(mvc, officer, id);

        // filed today: a test tomorrow leaves fewer than 3 working days, whatever today is
        java.time.LocalDate filed = java.time.LocalDate.now(kz.attest.calendar.WorkingCalendar.ZONE);
        Instant tomorrow = filed.plusDays(1).atTime(10, 0).atZone(kz.attest.calendar.WorkingCalendar.ZONE).toInstant();
        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"place\": \"Almaty, hall 1\", \"testAt\": \"" + tomorrow + "\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.error.filed-too-late-for-test"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString(
                        calendar.subtractWorkingDays(filed.plusDays(1), 3).toString())));
        assertThat(templatesOf(id)).noneMatch(t -> t.startsWith("application.admitted"));

        Instant later = Instant.now().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"place\": \"Almaty, hall 1\", \"testAt\": \"" + later + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADMITTED"));
    }

    @Test
    void theEndOfTrainingRecordedOnAnAdmittedApplicationPutsTheListForTestingInTheQueue_000_57() throws Exception {
        long id = submitted("FORENSIC_EXPERT_QUALIFICATION", "cfe");
        MockHttpSession officer = ApplicationFixtures.signIn(mvc, "cfe-officer", "demo-cfe-officer-2026");
        ApplicationFixtures.readyForAdmission(mvc, officer, id);
        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf()))
                .andExpect(jsonPath("$.status").value("ADMITTED"));

        java.time.LocalDate today = java.time.LocalDate.now(kz.attest.calendar.WorkingCalendar.ZONE);
        mvc.perform(post("/api/v1/applications/" + id + "/training-end").session(applicant.session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"endedOn\": \"" + today + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/applications/" + id + "/training-end").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"endedOn\": \"" + today.plusDays(1) + "\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/applications/" + id + "/training-end").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"endedOn\": \"" + today + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.pendingStep").value("ADMITTED_LIST_TO_OPERATOR"))
                .andExpect(jsonPath("$.pendingDue").value(calendar.addWorkingDays(today, 10).toString()));

        mvc.perform(get("/api/v1/office/applications").session(officer))
                .andExpect(jsonPath("$[?(@.id == " + id + ")].pendingStep").value("ADMITTED_LIST_TO_OPERATOR"));
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE action = 'application.training-ended' AND entity_id = ?""")
                .param(Long.toString(id)).query(Integer.class).single()).isEqualTo(1);

        // the officer exports the admitted list for the operator: the step is taken and leaves the queue
        mvc.perform(get("/api/v1/admitted/export").param("service", "FORENSIC_EXPERT_QUALIFICATION").session(officer))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/office/applications").session(officer))
                .andExpect(jsonPath("$[?(@.id == " + id + ")]").isEmpty());
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_entry WHERE action = 'application.step-taken' AND entity_id = ?""")
                .param(Long.toString(id)).query(Integer.class).single()).isEqualTo(1);
    }

    /** Submits a ready application of the service to the provider, naming one specialty where the service asks. */
    private long submitted(String service, String provider) throws Exception {
        String draft = applicant.startDraft(service, provider);
        for (String type : catalogue.get(service).requiredDocuments()) {
            applicant.attach(draft, type, type.toLowerCase() + ".pdf", ApplicationFixtures.PDF)
                    .andExpect(status().isCreated());
        }
        answer(draft, service, catalogue.specialtiesFor(ServiceCode.of(service)).isEmpty() ? 0 : 1);
        String body = applicant.submit(draft, applicant.signingKey).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private void answer(String draft, String service, int specialties) throws Exception {
        String chosen = catalogue.specialtiesFor(ServiceCode.of(service)).stream().limit(specialties)
                .map(ExpertSpecialty::code).map(code -> "\"" + code + "\"").collect(Collectors.joining(", "));
        mvc.perform(put("/api/v1/applications/drafts/" + draft).session(applicant.session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ApplicationFixtures.ALL_DECLARATIONS.replace("\"specialties\": []",
                                "\"specialties\": [" + chosen + "]")))
                .andExpect(status().isOk());
    }

    private List<String> templatesOf(long id) {
        return SentNotices.templates(jdbc, "Application", id);
    }

    private List<String> channelsOf(long id, String template) {
        return SentNotices.channels(jdbc, "Application", id, template);
    }
}
