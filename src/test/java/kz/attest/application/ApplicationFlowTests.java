package kz.attest.application;

import com.jayway.jsonpath.JsonPath;
import kz.attest.calendar.WorkingCalendar;
import kz.attest.signature.DemoCertificateAuthority;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.ResultActions;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.mock.web.MockMultipartFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applicant's and provider's flow beyond submission: one open application per service (lifecycle.md). */
@SuppressWarnings("unchecked")
class ApplicationFlowTests extends ApplicantAndOfficer {

    @Autowired
    WorkingCalendar calendar;

    @Test
    void aSecondOpenApplicationForTheSameServiceIsRefused_000_3() throws Exception {
        long first = applicant.submitted();
        String second = applicant.readyDraft();

        applicant.submit(second, applicant.signingKey).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.error.already-open"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.containsString("#" + first)));
        assertThat(jdbc.sql("SELECT count(*) FROM application_application WHERE account_id = "
                + "(SELECT account_id FROM application_application WHERE id = ?)").param(first)
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/applications/" + first + "/withdraw").session(applicant.session).with(csrf()))
                .andExpect(jsonPath("$.status").value("WITHDRAWN"));
        applicant.submit(second, applicant.signingKey).andExpect(status().isCreated());
    }

    @Test
    void anObjectionWithinTwoWorkingDaysReachesTheOfficers_000_7() throws Exception {
        long id = refusalProposed();

        mvc.perform(multipart("/api/v1/applications/" + id + "/objections")
                        .file(new MockMultipartFile("files", "internship.pdf", "application/pdf", ApplicationFixtures.PDF))
                        .param("text", "My internship was completed on 1 March; the certificate is attached.")
                        .session(applicant.session).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.files[0].contentType").value("application/pdf"))
                .andExpect(jsonPath("$.dueDate").isNotEmpty());

        String objections = mvc.perform(get("/api/v1/applications/" + id + "/objections").session(officer))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].submittedBy").value(applicant.iin))
                .andReturn().getResponse().getContentAsString();
        String fileId = JsonPath.read(objections, "$[0].files[0].id");
        mvc.perform(get("/api/v1/applications/" + id + "/objections/files/" + fileId).session(officer))
                .andExpect(status().isOk()).andExpect(content().bytes(ApplicationFixtures.PDF));
        mvc.perform(get("/api/v1/applications/" + id).session(officer))
                .andExpect(jsonPath("$.status").value("REFUSAL_PROPOSED"))
                .andExpect(jsonPath("$.pendingStep").value("REFUSAL_DECISION"))
                .andExpect(jsonPath("$.history[-1].note").value(org.hamcrest.Matchers.startsWith("My internship")));
        mvc.perform(get("/office/applications/" + id).session(officer))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("certificate is attached")));
        assertThat(jdbc.sql("SELECT count(*) FROM notification_notice n JOIN identity_account a ON a.id = n.recipient_account_id"
                        + " WHERE n.subject_id = ? AND n.template = 'application.objection-received' AND a.username = 'officer'")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(auditActions(id)).contains("application.objection");
    }

    @Test
    void anObjectionAfterTwoWorkingDaysIsRefused_000_7() throws Exception {
        long id = refusalProposed();
        jdbc.sql("UPDATE application_step SET at = at - interval '20 days' WHERE application_id = ? AND status = 'REFUSAL_PROPOSED'")
                .param(id).update();

        mvc.perform(multipart("/api/v1/applications/" + id + "/objections").param("text", "late")
                        .param("lang", "en").session(applicant.session).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.objection.too-late"));
        assertThat(jdbc.sql("SELECT count(*) FROM application_objection WHERE application_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anObjectionFileMustBeWhatItsBytesSay_000_7() throws Exception {
        long id = refusalProposed();

        mvc.perform(multipart("/api/v1/applications/" + id + "/objections")
                        .file(new MockMultipartFile("files", "scan.pdf", "application/pdf", ApplicationFixtures.PNG))
                        .param("text", "see the scan").session(applicant.session).with(csrf()))
                .andExpect(status().isUnsupportedMediaType());
        mvc.perform(multipart("/api/v1/applications/" + id + "/objections").param("text", " ")
                        .session(applicant.session).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM application_objection WHERE application_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void onlyAPreliminaryRefusalCanBeObjectedTo_000_7() throws Exception {
        long id = applicant.submitted();

        mvc.perform(multipart("/api/v1/applications/" + id + "/objections").param("text", "why?")
                        .session(applicant.session).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void theMotivatedRefusalTakesEffectOnlyWhenTheHeadSignsIt_000_7() throws Exception {
        long id = refusalProposed();
        officerDoes(id, "hearing").andExpect(jsonPath("$.status").value("HEARING"));
        mvc.perform(post("/api/v1/applications/" + id + "/decision").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"admit\": false, \"reason\": \"internship not completed\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.content").value(org.hamcrest.Matchers.containsString("\"decision\":\"REFUSE\"")));
        mvc.perform(get("/api/v1/applications/" + id).session(applicant.session)).andExpect(jsonPath("$.status").value("HEARING"));

        mvc.perform(get("/api/v1/applications/" + id + "/decision/content").session(officer)).andExpect(status().isForbidden());
        MockHttpSession head = ApplicationFixtures.signIn(mvc, "head", "demo-head-2026");
        String body = mvc.perform(get("/api/v1/applications/" + id + "/decision/content").session(head))
                .andReturn().getResponse().getContentAsString();
        byte[] content = java.util.Base64.getDecoder().decode((String) JsonPath.read(body, "$.content"));
        String officersCms = ApplicationFixtures.sign(ApplicationFixtures.staffKey(jdbc, ca, "officer"), content);
        mvc.perform(post("/api/v1/applications/" + id + "/decision/sign").session(head).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cms\":\"" + officersCms + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("signature.refused.iin-mismatch"));
        mvc.perform(get("/api/v1/applications/" + id).session(officer)).andExpect(jsonPath("$.status").value("HEARING"));

        String signed = ApplicationFixtures.headSigns(mvc, jdbc, ca, id, "head").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED"))
                .andExpect(jsonPath("$.history[-1].actor").value("head"))
                .andExpect(jsonPath("$.history[-1].note").value("internship not completed"))
                .andReturn().getResponse().getContentAsString();
        java.time.LocalDate registered = java.time.LocalDate.parse(JsonPath.read(signed, "$.history[1].at").toString()
                .substring(0, 10));
        String had = JsonPath.read(signed, "$.history[-1].deadlineHad");
        assertThat(java.time.LocalDate.parse(had)).isEqualTo(calendar.addWorkingDays(
                java.time.LocalDate.ofInstant(Instant.parse(JsonPath.read(signed, "$.history[1].at")), WorkingCalendar.ZONE), 10));
        assertThat(registered).isNotNull();
        mvc.perform(get("/api/v1/applications/" + id + "/decision").session(applicant.session))
                .andExpect(jsonPath("$.signedBy").value("head"))
                .andExpect(jsonPath("$.signerSubject").value(org.hamcrest.Matchers.containsString("SERIALNUMBER=IIN")));
        assertThat(templatesOf(id)).endsWith("application.refused");
        assertThat(auditActions(id)).containsSubsequence("application.decision-prepared", "application.decision-signed",
                "application.refused");
        mvc.perform(get("/api/v1/applications/" + id + "/decision/content").session(head)).andExpect(status().isConflict());
    }

    @Test
    void anAdmissionAfterTheHearingIsSignedByTheHeadToo_000_7() throws Exception {
        long id = refusalProposed();
        officerDoes(id, "hearing");
        mvc.perform(post("/api/v1/applications/" + id + "/decision").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"admit\": true}"))
                .andExpect(status().isCreated());
        MockHttpSession cfeOfficer = ApplicationFixtures.signIn(mvc, "cfe-officer", "demo-cfe-officer-2026");
        mvc.perform(post("/api/v1/applications/" + id + "/decision").session(cfeOfficer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"admit\": false, \"reason\": \"x\"}"))
                .andExpect(status().isForbidden());

        ApplicationFixtures.headSigns(mvc, jdbc, ca, id, "head").andExpect(jsonPath("$.status").value("ADMITTED"));
    }

    @Test
    void aHeadDownloadsDemoKeysCarryingTheOrganisation() throws Exception {
        MockHttpSession head = ApplicationFixtures.signIn(mvc, "head", "demo-head-2026");
        byte[] p12 = mvc.perform(get("/staff/demo-keys.p12").session(head)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(new java.io.ByteArrayInputStream(p12), "attest-demo".toCharArray());
        String subject = java.util.Collections.list(store.aliases()).stream()
                .map(alias -> { try { return ((java.security.cert.X509Certificate) store.getCertificate(alias))
                        .getSubjectX500Principal().toString(); } catch (Exception e) { throw new IllegalStateException(e); } })
                .filter(name -> name.contains("IIN780512300014")).findFirst().orElseThrow();
        assertThat(subject).contains("O=");
        mvc.perform(get("/staff/demo-keys.p12").session(applicant.session)).andExpect(status().isNotFound());
    }

    @Test
    void theAdmittedApplicantIsToldPlaceDateTimeAndProcedureWithinOneWorkingDay_000_8_000_83() throws Exception {
        long id = applicant.submitted();
        officerDoes(id, "register");
        officerDoes(id, "complete");
        ApplicationFixtures.meetAllRequirements(mvc, officer, id);
        Instant testAt = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"place\": \"Astana, Mangilik El 8, hall 2\", \"testAt\": \"" + testAt
                                + "\", \"procedure\": \"computer test, 100 questions, 2 hours\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.history[-1].nextStep").value("ADMITTED_LIST_TO_OPERATOR"));
        String view = mvc.perform(get("/api/v1/applications/" + id).session(applicant.session))
                .andReturn().getResponse().getContentAsString();
        Instant admittedAt = Instant.parse(JsonPath.read(view, "$.history[-1].at"));
        assertThat(java.time.LocalDate.parse(JsonPath.read(view, "$.history[-1].nextDue")))
                .isEqualTo(calendar.addWorkingDays(java.time.LocalDate.ofInstant(admittedAt, WorkingCalendar.ZONE), 1));

        var notice = jdbc.sql("SELECT template, parameters::text AS p, created_at FROM notification_notice "
                        + "WHERE subject_type = 'Application' AND subject_id = ? AND template LIKE 'application.admitted%'")
                .param(Long.toString(id)).query((rs, n) -> java.util.List.of(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant().toString())).single();
        assertThat(notice.get(0)).isEqualTo("application.admitted-with-test");
        assertThat(notice.get(1)).contains("Astana, Mangilik El 8, hall 2", "computer test, 100 questions",
                java.time.LocalDateTime.ofInstant(testAt, WorkingCalendar.ZONE).toLocalTime().toString());
        assertThat(jdbc.sql("SELECT d.channel FROM notification_delivery d JOIN notification_notice n ON n.id = d.notice_id "
                        + "WHERE n.subject_id = ? AND n.template = 'application.admitted-with-test'")
                .param(Long.toString(id)).query(String.class).list()).containsExactlyInAnyOrder("CABINET", "SMS", "EMAIL");
        mvc.perform(get("/api/v1/applications/" + id + "/admission").session(applicant.session))
                .andExpect(jsonPath("$.place").value("Astana, Mangilik El 8, hall 2"))
                .andExpect(jsonPath("$.byOperator").value(false));
        mvc.perform(get("/applications/" + id).session(applicant.session))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Mangilik El 8")));
    }

    @Test
    void anAdmissionWithoutPlaceOrTimeIsRefusedUnlessTheOperatorSetsThem_000_8() throws Exception {
        long id = applicant.submitted();
        officerDoes(id, "register");
        officerDoes(id, "complete");
        ApplicationFixtures.meetAllRequirements(mvc, officer, id);
        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"place\": \"Astana\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.admission.place-and-time-required"));
        mvc.perform(get("/api/v1/applications/" + id).session(officer)).andExpect(jsonPath("$.status").value("UNDER_REVIEW"));

        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"byOperator\": true}"))
                .andExpect(jsonPath("$.status").value("ADMITTED"));
        assertThat(templatesOf(id)).endsWith("application.admitted-by-operator");
    }

    @Test
    void officersSeeEachNoticesDeliveryPerChannel_000_8() throws Exception {
        long id = applicant.submitted();
        officerDoes(id, "register");
        officerDoes(id, "complete");
        ApplicationFixtures.meetAllRequirements(mvc, officer, id);
        officerDoes(id, "admit").andExpect(status().isOk());

        mvc.perform(get("/api/v1/applications/" + id + "/deliveries").session(officer))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.template == 'application.admitted-by-operator')].channel",
                        org.hamcrest.Matchers.containsInAnyOrder("CABINET", "SMS", "EMAIL")))
                .andExpect(jsonPath("$[0].attempts").isNumber());
        mvc.perform(get("/office/applications/" + id).session(officer).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"deliveries\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-channel=\"SMS\"")));
        MockHttpSession cfeOfficer = ApplicationFixtures.signIn(mvc, "cfe-officer", "demo-cfe-officer-2026");
        mvc.perform(get("/api/v1/applications/" + id + "/deliveries").session(cfeOfficer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applications/" + id + "/deliveries").session(applicant.session)).andExpect(status().isForbidden());
    }

    @Test
    void theOperatorReadsTheAdmittedListAndOthersCannot_000_9() throws Exception {
        long id = admitted();
        MockHttpSession operator = ApplicationFixtures.signIn(mvc, "operator-admin", "demo-operator-admin-2026");

        mvc.perform(get("/api/v1/operator/admitted").param("service", "ADVOCATE_ATTESTATION").session(operator))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.applicationId == " + id + ")].applicantIin").value(applicant.iin));
        mvc.perform(get("/api/v1/operator/admitted").session(officer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/operator/admitted").session(applicant.session)).andExpect(status().isForbidden());
    }

    @Test
    void theSignedExportVerifiesAndATamperedOneDoesNot_000_9_000_84(@org.junit.jupiter.api.io.TempDir java.nio.file.Path otherCa)
            throws Exception {
        long id = admitted();

        byte[] file = mvc.perform(get("/api/v1/admitted/export").param("service", "ADVOCATE_ATTESTATION").session(officer))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("admitted-dj-almaty-")))
                .andReturn().getResponse().getContentAsByteArray();
        AdmittedExports.VerifiedExport verified = AdmittedExports.verify(file, List.of(ca.rootCertificate()));
        String json = new String(verified.json(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat((List<Object>) JsonPath.read(json, "$.candidates[?(@.applicationId == " + id + ")].applicantIin"))
                .containsExactly(applicant.iin);
        assertThat((String) JsonPath.read(json, "$.exportedBy")).isEqualTo("officer");
        assertThat(verified.signer().getSubjectX500Principal().toString()).contains("O=");

        byte[] tampered = file.clone();
        int at = new String(file, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf(applicant.iin);
        tampered[at] = (byte) (tampered[at] == '1' ? '2' : '1');
        assertThatThrownBy(() -> AdmittedExports.verify(tampered, List.of(ca.rootCertificate())))
                .hasFieldOrPropertyWithValue("messageKey", "application.export.invalid.integrity");
        DemoCertificateAuthority stranger = DemoCertificateAuthority.openOrCreate(otherCa, java.time.Clock.systemUTC(),
                "x".toCharArray(), null);
        assertThatThrownBy(() -> AdmittedExports.verify(file, List.of(stranger.rootCertificate())))
                .hasFieldOrPropertyWithValue("messageKey", "application.export.invalid.chain");

        assertThat(jdbc.sql("SELECT actor FROM audit_entry WHERE action = 'application.admitted-exported' AND entity_id = 'dj-almaty' "
                        + "AND summary LIKE ?").param("%" + id + "%").query(String.class).list()).contains("officer");
        MockHttpSession operator = ApplicationFixtures.signIn(mvc, "operator-admin", "demo-operator-admin-2026");
        mvc.perform(get("/api/v1/admitted/export").param("provider", "dj-almaty").session(operator)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/admitted/export").session(operator)).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/admitted/export").param("provider", "cfe").session(officer)).andExpect(status().isForbidden());
    }

    long admitted() throws Exception {
        long id = applicant.submitted();
        officerDoes(id, "register");
        officerDoes(id, "complete");
        ApplicationFixtures.meetAllRequirements(mvc, officer, id);
        officerDoes(id, "admit").andExpect(jsonPath("$.status").value("ADMITTED"));
        return id;
    }

    /** An application under review with a preliminary refusal and a hearing in two days. */
    long refusalProposed() throws Exception {
        long id = applicant.submitted();
        officerDoes(id, "register").andExpect(status().isOk());
        officerDoes(id, "complete").andExpect(status().isOk());
        mvc.perform(post("/api/v1/applications/" + id + "/propose-refusal").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\": \"no internship\", \"hearingAt\": \"" + Instant.now().plus(2, ChronoUnit.DAYS)
                                + "\", \"place\": \"Almaty, Abai 1, room 5\"}"))
                .andExpect(status().isOk());
        return id;
    }

    List<String> auditActions(long id) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'Application' AND entity_id = ? ORDER BY seq")
                .param(Long.toString(id)).query(String.class).list();
    }

    ResultActions officerDoes(long id, String action) throws Exception {
        return mvc.perform(post("/api/v1/applications/" + id + "/" + action).session(officer).with(csrf()));
    }

    List<String> templatesOf(long id) {
        return jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = 'Application' AND subject_id = ? ORDER BY id")
                .param(Long.toString(id)).query(String.class).list();
    }
}
