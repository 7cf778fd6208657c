package kz.attest.application;

import com.jayway.jsonpath.JsonPath;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import kz.attest.notification.SentNotices;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Submission with EDS and the provider's processing through the REST API (lifecycle.md, seed 000 ¶3–¶8). */
class ApplicationApiTests extends ApplicantAndOfficer {

    @Autowired
    Applications applications;

    @Test
    @SuppressWarnings("unchecked")
    void aSignedApplicationIsRegisteredCheckedAndAdmitted_000_4_000_5_000_6_000_7_000_8() throws Exception {
        long id = applicant.submitted();
        mvc.perform(get("/api/v1/applications/" + id).session(applicant.session))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.pendingStep").value("REGISTER"))
                .andExpect(jsonPath("$.pendingDue").isNotEmpty())
                .andExpect(jsonPath("$.documents.length()").value(4));
        String queue = mvc.perform(get("/api/v1/office/applications").session(officer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Object>) JsonPath.read(queue, "$[?(@.id == " + id + ")].pendingStep")).containsExactly("REGISTER");

        officerDoes(id, "register").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andExpect(jsonPath("$.registrationNumber").value(org.hamcrest.Matchers.matchesPattern("DJ-ALMATY-\\d{4}-\\d{5}")))
                .andExpect(jsonPath("$.pendingStep").value("COMPLETENESS_CHECK"));
        officerDoes(id, "complete").andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.pendingStep").value("ADMISSION_DECISION"));
        ApplicationFixtures.meetAllRequirements(mvc, officer, id);
        officerDoes(id, "admit").andExpect(jsonPath("$.status").value("ADMITTED"))
                .andExpect(jsonPath("$.history.length()").value(4))
                .andExpect(jsonPath("$.history[3].actor").value("officer"))
                .andExpect(jsonPath("$.history[3].nextStep").value("ADMITTED_LIST_TO_OPERATOR"));

        assertThat(templatesOf(id)).containsExactly("application.accepted", "application.admitted-by-operator");
        assertThat(channelsOf(id, "application.admitted-by-operator")).containsExactlyInAnyOrder("CABINET", "SMS", "EMAIL");
        assertThat(channelsOf(id, "application.accepted")).containsExactly("CABINET");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'Application' AND entity_id = ? ORDER BY seq")
                .param(Long.toString(id)).query(String.class).list())
                .filteredOn(action -> !action.equals("application.requirement-marked"))
                .containsExactly("application.submitted", "application.registered", "application.under_review",
                        "application.admitted");
        mvc.perform(get("/api/v1/applications").session(applicant.session))
                .andExpect(jsonPath("$[0].id").value(id)).andExpect(jsonPath("$[0].status").value("ADMITTED"));
        assertThat(applications.admitted(java.util.Optional.of(kz.attest.catalogue.ServiceCode.of("ADVOCATE_ATTESTATION"))))
                .filteredOn(c -> c.applicationId() == id).singleElement()
                .satisfies(c -> assertThat(c.applicantIin()).isEqualTo(applicant.iin))
                .satisfies(c -> assertThat(c.admittedAt()).isNotNull());
    }

    @Test
    void aPreliminaryRefusalWithAHearingEndsInAMotivatedRefusal_000_7() throws Exception {
        long id = applicant.submitted();
        officerDoes(id, "register");
        officerDoes(id, "complete");
        String proposal = """
                {"reason": "no internship", "hearingAt": "%s", "place": "Almaty, Abai 1, room 5"}"""
                .formatted(Instant.now().plus(2, ChronoUnit.DAYS));
        mvc.perform(post("/api/v1/applications/" + id + "/propose-refusal").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(proposal))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSAL_PROPOSED"))
                .andExpect(jsonPath("$.hearingPlace").value("Almaty, Abai 1, room 5"))
                .andExpect(jsonPath("$.pendingStep").value("REFUSAL_DECISION"));
        officerDoes(id, "hearing").andExpect(jsonPath("$.status").value("HEARING"));
        mvc.perform(post("/api/v1/applications/" + id + "/decision").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"admit\": false, \"reason\": \"internship not completed\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.admit").value(false));
        ApplicationFixtures.headSigns(mvc, jdbc, ca, id, "head").andExpect(jsonPath("$.status").value("REFUSED"));

        assertThat(templatesOf(id)).containsExactly("application.accepted", "application.preliminary-refusal",
                "application.refused");
        assertThat(channelsOf(id, "application.preliminary-refusal")).contains("SMS");
        assertThat(channelsOf(id, "application.refused")).contains("SMS");
    }

    @Test
    void incompleteDocumentsAreRefusedNamingTheMissingOnes_000_5() throws Exception {
        long id = applicant.submitted();
        officerDoes(id, "register");

        mvc.perform(post("/api/v1/applications/" + id + "/refuse-incomplete").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"missingDocuments\": [\"INTERNSHIP_CERTIFICATE\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("REFUSED_INCOMPLETE"))
                .andExpect(jsonPath("$.history[2].note").value("INTERNSHIP_CERTIFICATE"));
        assertThat(templatesOf(id)).containsExactly("application.accepted", "application.refused-incomplete");
    }

    @Test
    void submittingTheSameDraftTwiceYieldsOneApplication() throws Exception {
        String draft = applicant.readyDraft();
        String first = applicant.submit(draft, applicant.signingKey).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String second = applicant.submit(draft, applicant.signingKey).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();

        assertThat((Object) JsonPath.read(second, "$.id")).isEqualTo(JsonPath.read(first, "$.id"));
        assertThat(jdbc.sql("SELECT count(*) FROM application_application WHERE draft_id = CAST(? AS uuid)")
                .param(draft).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSignatureOfAnotherPersonIsRefusedAndNothingStored_003_1() throws Exception {
        String draft = applicant.readyDraft();
        var stranger = ca.issue(CertificateSubject.individual(ApplicationFixtures.freshIin(), "Ахметов", "Бек", null),
                KeyPurpose.SIGNING);

        applicant.submit(draft, stranger).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("signature.refused.iin-mismatch"));
        assertNothingStoredFor(draft);
    }

    @Test
    void aRevokedCertificateIsRefusedAndNothingStored() throws Exception {
        String draft = applicant.readyDraft();
        var revoked = ca.issue(CertificateSubject.individual(applicant.iin, "Сериков", "Асан", null), KeyPurpose.SIGNING);
        ca.revoke(revoked.certificate());

        applicant.submit(draft, revoked).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("signature.refused.revoked"));
        assertNothingStoredFor(draft);
    }

    @Test
    void backdatedSigningTimeDoesNotRescueExpiredCertificate_003_1() throws Exception {
        String draft = applicant.readyDraft();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        var expired = ca.issue(CertificateSubject.individual(applicant.iin, "Сериков", "Асан", null), KeyPurpose.SIGNING,
                now.minus(12, ChronoUnit.HOURS), now.minus(1, ChronoUnit.HOURS));
        String cms = signBackdated(expired, applicant.content(draft), now.minus(6, ChronoUnit.HOURS));

        mvc.perform(post("/api/v1/applications/drafts/" + draft + "/submit").session(applicant.session).with(csrf())
                        .param("lang", "en").contentType(MediaType.APPLICATION_JSON).content("{\"cms\":\"" + cms + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("signature.refused.expired"))
                .andExpect(jsonPath("$.title").value("The certificate has expired."));
        assertNothingStoredFor(draft);
    }

    @Test
    void aCertificateIinFailingTheChecksumIsNotValidRatherThanAMismatch_003_1() throws Exception {
        String draft = applicant.readyDraft();
        var ncaTestKey = ca.issue(CertificateSubject.individual("123456789011", "Тестов", "Тест", null), KeyPurpose.SIGNING);

        applicant.submit(draft, ncaTestKey).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("signature.refused.invalid-iin"))
                .andExpect(jsonPath("$.title").value(org.hamcrest.Matchers.startsWith("The certificate's IIN is not valid")));
        assertNothingStoredFor(draft);
    }

    /** A detached CMS whose signed signingTime attribute claims {@code claimed}. */
    private static String signBackdated(DemoCertificateAuthority.IssuedCredential key, byte[] data, Instant claimed) throws Exception {
        var builder = new org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder(
                new org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder().build());
        builder.setSignedAttributeGenerator(new org.bouncycastle.cms.DefaultSignedAttributeTableGenerator(
                new org.bouncycastle.asn1.cms.AttributeTable(new org.bouncycastle.asn1.cms.Attribute(
                        org.bouncycastle.asn1.cms.CMSAttributes.signingTime,
                        new org.bouncycastle.asn1.DERSet(new org.bouncycastle.asn1.cms.Time(java.util.Date.from(claimed)))))));
        var generator = new org.bouncycastle.cms.CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(builder.build(
                new org.bouncycastle.operator.jcajce.JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()),
                key.certificate()));
        generator.addCertificates(new org.bouncycastle.cert.jcajce.JcaCertStore(key.chain()));
        return java.util.Base64.getEncoder().encodeToString(
                generator.generate(new org.bouncycastle.cms.CMSProcessableByteArray(data), false).getEncoded());
    }

    @Test
    void anAuthenticationKeyCannotSignAnApplication() throws Exception {
        String draft = applicant.readyDraft();
        var authKey = ca.issue(CertificateSubject.individual(applicant.iin, "Сериков", "Асан", null),
                KeyPurpose.AUTHENTICATION);

        applicant.submit(draft, authKey).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("signature.refused.key-usage"));
        assertNothingStoredFor(draft);
    }

    @Test
    void aSignatureOverOtherContentFailsIntegrity() throws Exception {
        String draft = applicant.readyDraft();
        String cms = ApplicationFixtures.sign(applicant.signingKey, "{}".getBytes(StandardCharsets.UTF_8));

        mvc.perform(post("/api/v1/applications/drafts/" + draft + "/submit").session(applicant.session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"cms\":\"" + cms + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("signature.refused.integrity"));
        assertNothingStoredFor(draft);
    }

    @Test
    void aPdfNameWithPngBytesIsRefused() throws Exception {
        String draft = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");

        applicant.attach(draft, "LAW_DIPLOMA", "diploma.pdf", ApplicationFixtures.PNG)
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("application.document.type-mismatch"))
                .andExpect(jsonPath("$.title").value("The file's content does not match its extension .pdf."));
        assertNoDocuments(draft);
    }

    @Test
    void textBytesNamedPdfAreRefused() throws Exception {
        String draft = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");

        applicant.attach(draft, "LAW_DIPLOMA", "diploma.pdf", "just some text".getBytes(StandardCharsets.UTF_8))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("application.document.type-not-accepted"));
        assertNoDocuments(draft);
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        String draft = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");

        applicant.attach(draft, "LAW_DIPLOMA", "diploma.pdf", new byte[0])
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.document.empty"));
        assertNoDocuments(draft);
    }

    @Test
    void aFileOverTheLimitIsRefused() throws Exception {
        String draft = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");
        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(ApplicationFixtures.PDF, 0, large, 0, ApplicationFixtures.PDF.length);

        applicant.attach(draft, "LAW_DIPLOMA", "diploma.pdf", large)
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("application.document.too-large"));
        assertNoDocuments(draft);
    }

    @Test
    void aDocumentTypeTheServiceDoesNotAskForIsRefused() throws Exception {
        String draft = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");

        applicant.attach(draft, "MEDICAL_CERTIFICATE", "medical.pdf", ApplicationFixtures.PDF)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.document.type-not-asked"));
    }

    @Test
    void aDraftWithoutTheDeclarationsCannotBeSigned() throws Exception {
        String draft = applicant.startDraft("ADVOCATE_ATTESTATION", "dj-almaty");

        mvc.perform(get("/api/v1/applications/drafts/" + draft + "/content").session(applicant.session))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.error.declarations-required"));
    }

    @Test
    void aServiceGoesOnlyToAnOrganisationThatProvidesIt() throws Exception {
        mvc.perform(post("/api/v1/applications/drafts").session(applicant.session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"service\":\"ADVOCATE_ATTESTATION\",\"provider\":\"cfe\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("application.error.provider-invalid"));
    }

    @Test
    void aWithdrawnApplicationCannotBeSubmittedAgain() throws Exception {
        String draft = applicant.readyDraft();
        String body = applicant.submit(draft, applicant.signingKey).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();

        mvc.perform(post("/api/v1/applications/" + id + "/withdraw").session(applicant.session).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));

        applicant.submit(draft, applicant.signingKey).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("application.error.withdrawn"));
        officerDoes(id, "register").andExpect(status().isConflict());
        assertThat(templatesOf(id)).containsExactly("application.withdrawn");
    }

    @Test
    void anOfficerOfAnotherOrganisationIsForbidden() throws Exception {
        long id = applicant.submitted();
        MockHttpSession cfeOfficer = ApplicationFixtures.signIn(mvc, "cfe-officer", "demo-cfe-officer-2026");

        mvc.perform(post("/api/v1/applications/" + id + "/register").session(cfeOfficer).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applications/" + id).session(cfeOfficer)).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/applications/" + id).session(applicant.session)).andExpect(jsonPath("$.status").value("SUBMITTED"));
    }

    @Test
    void aStepOutOfOrderIsAConflictInTheUsersLanguage() throws Exception {
        long id = applicant.submitted();

        mvc.perform(post("/api/v1/applications/" + id + "/admit").session(officer).with(csrf()).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("The admission is not possible: the application is in the status \"Submitted\"."));
    }

    @Test
    void anotherApplicantCannotSeeTheApplication() throws Exception {
        long id = applicant.submitted();
        ApplicationFixtures other = ApplicationFixtures.applicant(mvc, accounts, ca);

        mvc.perform(get("/api/v1/applications/" + id).session(other.session)).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/applications/" + id + "/withdraw").session(other.session).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions officerDoes(long id, String action) throws Exception {
        return mvc.perform(post("/api/v1/applications/" + id + "/" + action).session(officer).with(csrf()));
    }

    private List<String> templatesOf(long id) {
        return SentNotices.templates(jdbc, "Application", id);
    }

    private List<String> channelsOf(long id, String template) {
        return SentNotices.channels(jdbc, "Application", id, template);
    }

    private void assertNothingStoredFor(String draft) {
        assertThat(jdbc.sql("SELECT count(*) FROM application_application WHERE draft_id = CAST(? AS uuid)")
                .param(draft).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT application_id FROM application_draft WHERE id = CAST(? AS uuid)")
                .param(draft).query(Long.class).optional()).isEmpty();
    }

    private void assertNoDocuments(String draft) {
        assertThat(jdbc.sql("SELECT count(*) FROM application_document WHERE draft_id = CAST(? AS uuid)")
                .param(draft).query(Long.class).single()).isZero();
    }
}
