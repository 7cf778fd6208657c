package kz.attest.licensing;

import com.jayway.jsonpath.JsonPath;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.KeyPurpose;
import kz.attest.testing.WithMockMvc;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Licence requests through the REST API (seed 003 appendix 1 diagram 1, seed 004 appendix 2). */
class LicensingFlowTests extends WithMockMvc {

    static final String BAILIFF = """
            {"service":"BAILIFF_LICENSE","kind":"ISSUE"}""";
    static final String FORENSIC = """
            {"service":"FORENSIC_ACTIVITY_LICENSE","kind":"ISSUE","specialties":["HANDWRITING","BALLISTICS"]}""";
    static final String[] BAILIFF_DOCUMENTS = {"IDENTITY_DOCUMENT", "ATTESTATION_DECISION"};
    static final String[] FORENSIC_DOCUMENTS = {"IDENTITY_DOCUMENT", "QUALIFICATION_CERTIFICATE"};
    static final List<String> BAILIFF_OFFICER_STEPS = List.of("REGISTER", "ASSIGN_OFFICER", "COMPLETENESS_CHECK",
            "LICENCE_PREPARATION");
    static final List<String> FORENSIC_OFFICER_STEPS = List.of("REGISTER", "ASSIGN_OFFICER", "QUALIFICATION_CHECK");

    @Autowired
    PaymentGateway gateway;
    @Autowired
    LicenceOverdueJob overdueJob;

    LicensingFixtures bailiff() throws Exception {
        LicensingFixtures applicant = LicensingFixtures.applicant(mvc, accounts, ca, "");
        applicant.holds("APP_3", "APP3-" + applicant.iin, List.of(), LocalDate.now().plusYears(2));
        return applicant;
    }

    LicensingFixtures forensicExpert() throws Exception {
        LicensingFixtures applicant = LicensingFixtures.applicant(mvc, accounts, ca, "");
        applicant.holds("APP_5", "APP5-" + applicant.iin, List.of("HANDWRITING", "BALLISTICS", "PORTRAIT"), null);
        return applicant;
    }

    String reissue(String number) {
        return """
                {"service":"BAILIFF_LICENSE","kind":"REISSUE","replaces":"%s","reason":"change of surname"}""".formatted(number);
    }

    @Test
    void aBailiffWithTheAttestationDecisionObtainsALicenceThenItsReissue_004_3() throws Exception {
        LicensingFixtures applicant = bailiff();
        long id = applicant.submittedRequest(BAILIFF, BAILIFF_DOCUMENTS);
        mvc.perform(get("/api/v1/licences/requests/" + id).session(applicant.session))
                .andExpect(jsonPath("$.status").value("IN_PROGRESS"))
                .andExpect(jsonPath("$.paymentStatus").value("PAID"))
                .andExpect(jsonPath("$.pendingStep").value("REGISTER"))
                .andExpect(jsonPath("$.pendingDue").isNotEmpty());
        String queue = mvc.perform(get("/api/v1/office/licences/requests").session(LicensingFixtures.officer(mvc)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<Object>) JsonPath.read(queue, "$[?(@.id == " + id + ")].pendingStep")).containsExactly("REGISTER");
        // approval is the director's: an officer is refused
        for (String step : BAILIFF_OFFICER_STEPS) {
            applicant.staffDoes(LicensingFixtures.officer(mvc), id, step).andExpect(status().isOk());
        }
        applicant.staffDoes(LicensingFixtures.officer(mvc), id, "LICENCE_APPROVAL").andExpect(status().isForbidden());
        applicant.staffDoes(LicensingFixtures.head(mvc), id, "LICENCE_APPROVAL").andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingStep").value("LICENCE_SIGNING"))
                .andExpect(jsonPath("$.history.length()").value(5));
        String licence = JsonPath.read(mvc.perform(post("/api/v1/office/licences/requests/" + id + "/sign")
                        .session(LicensingFixtures.head(mvc)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.holderIin").value(applicant.iin))
                .andReturn().getResponse().getContentAsString(), "$.number");

        byte[] pdf = mvc.perform(get("/api/v1/licences/" + licence + "/pdf").session(applicant.session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {   // PAdES: one CAdES-detached signature
            assertThat(document.getSignatureDictionaries()).singleElement()
                    .satisfies(signature -> assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached"));
            assertThat(document.getNumberOfPages()).isEqualTo(2);   // Russian (the applicant's language) and Kazakh
        }
        mvc.perform(get("/api/v1/public/licences/" + licence)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.holderIin").value(containsString("********")));
        mvc.perform(get("/api/v1/licences/requests/" + id).session(applicant.session))
                .andExpect(jsonPath("$.status").value("ISSUED")).andExpect(jsonPath("$.licenceNumber").value(licence));

        // re-issue (change of surname): shorter preparation, supersedes the old licence
        long again = applicant.submittedRequest(reissue(licence), BAILIFF_DOCUMENTS);
        String renewed = applicant.issued(again, BAILIFF_OFFICER_STEPS, List.of("LICENCE_APPROVAL"));
        mvc.perform(get("/api/v1/public/licences/" + licence)).andExpect(jsonPath("$.status").value("REISSUED"))
                .andExpect(jsonPath("$.replacedBy").value(renewed));
        mvc.perform(get("/api/v1/public/licences/" + renewed)).andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.replaces").value(licence))
                .andExpect(jsonPath("$.reissueReason").value("change of surname"));

        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'LicenceRequest' AND entity_id = ? ORDER BY seq")
                .param(Long.toString(id)).query(String.class).list())
                .containsSubsequence("licensing.request-started", "licensing.document-attached",
                        "licensing.payment-started", "licensing.request-submitted", "licensing.step-done");
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'Licence' AND entity_id = ? ORDER BY seq")
                .param(licence).query(String.class).list())
                .containsExactly("licensing.licence-issued", "licensing.licence-reissued");
        assertThat(jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = 'LicenceRequest' AND subject_id = ? ORDER BY id")
                .param(Long.toString(id)).query(String.class).list())
                .containsExactly("licensing.received", "licensing.issued");
    }

    @Test
    void aForensicExpertWithAQualificationCertificateObtainsAnActivityLicence_003_6() throws Exception {
        LicensingFixtures expert = forensicExpert();
        long id = expert.submittedRequest(FORENSIC, FORENSIC_DOCUMENTS);
        String licence = expert.issued(id, FORENSIC_OFFICER_STEPS, List.of());
        mvc.perform(get("/api/v1/public/licences/" + licence)).andExpect(jsonPath("$.status").value("ACTIVE"))
                .andExpect(jsonPath("$.specialties[0]").value("HANDWRITING"))
                .andExpect(jsonPath("$.service").value("FORENSIC_ACTIVITY_LICENSE"));
        mvc.perform(get("/api/v1/licences").session(expert.session)).andExpect(jsonPath("$[0].number").value(licence));
    }

    @Test
    void paymentCheckedBeforeSigningAndAPendingPaymentReChecked_003_1_003_4() throws Exception {
        LicensingFixtures expert = forensicExpert();
        long id = expert.started(FORENSIC);
        for (String type : FORENSIC_DOCUMENTS) {
            expert.attach(id, type).andExpect(status().isCreated());
        }
        expert.content(id).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Pay the fee before signing the request."));
        expert.submit(id, expert.key, "anything".getBytes()).andExpect(status().isConflict());
        expert.pay(id, 9).andExpect(status().isOk());
        expert.content(id).andExpect(status().isConflict()).andExpect(jsonPath("$.title").value(containsString("not been paid")));
        expert.pay(id, 8).andExpect(status().isOk());
        expert.content(id).andExpect(status().isConflict()).andExpect(jsonPath("$.title").value(containsString("still being processed")));
        expert.content(id).andExpect(status().isConflict());   // still pending: never assumed
        expert.pay(id, 7).andExpect(status().isOk());
        mvc.perform(post("/api/v1/licences/requests/" + id + "/payment/check").session(expert.session).with(csrf()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paymentStatus").value("PENDING"));
        byte[] content = expert.contentBytes(id);   // checked again: cleared
        expert.submit(id, expert.key, content).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("IN_PROGRESS")).andExpect(jsonPath("$.paymentStatus").value("PAID"));
    }

    @Test
    void aPaymentForAnotherIinOrAnotherServiceIsRefused_003_1_003_4() throws Exception {
        LicensingFixtures expert = forensicExpert();
        long id = expert.started(FORENSIC);
        String otherPayer = gateway.create(LicensingFixtures.freshIin(""), "FORENSIC_ACTIVITY_LICENSE", 4_325_000).reference();
        String otherService = gateway.create(expert.iin, "BAILIFF_LICENSE", 4_325_000).reference();
        String tooLittle = gateway.create(expert.iin, "FORENSIC_ACTIVITY_LICENSE", 100).reference();
        for (String reference : List.of(otherPayer, otherService, tooLittle, "NO-SUCH-PAYMENT")) {
            mvc.perform(put("/api/v1/licences/requests/" + id + "/payment").session(expert.session).with(csrf())
                            .param("lang", "ru").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"reference\":\"" + reference + "\"}"))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value(containsString("латеж")));
        }
        assertThat(jdbc.sql("SELECT payment_reference FROM licensing_request WHERE id = ?").param(id)
                .query(String.class).optional()).isEmpty();
        String own = gateway.create(expert.iin, "FORENSIC_ACTIVITY_LICENSE", 4_325_000).reference();
        mvc.perform(put("/api/v1/licences/requests/" + id + "/payment").session(expert.session).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reference\":\"" + own + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.paymentStatus").value("PAID"));
        expert.pay(id, 0).andExpect(status().isConflict());   // never twice
    }

    @Test
    void theSameExpertWithoutACertificateIsRefusedBeforePaying_003_6_3() throws Exception {
        LicensingFixtures expert = LicensingFixtures.applicant(mvc, accounts, ca, "");
        expert.start(FORENSIC).andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value(containsString("no valid document")));
        assertThat(jdbc.sql("SELECT count(*) FROM licensing_request WHERE applicant_iin = ?").param(expert.iin)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aPrerequisiteExpiredRevokedOrNotCoveringTheSpecialtiesIsRefused_003_6_3_004_8_4() throws Exception {
        LicensingFixtures expired = LicensingFixtures.applicant(mvc, accounts, ca, "");
        expired.holds("APP_3", "OLD-" + expired.iin, List.of(), LocalDate.now().minusDays(1));
        expired.start(BAILIFF).andExpect(status().isConflict()).andExpect(jsonPath("$.title").value(containsString("expired")));

        LicensingFixtures revoked = bailiff();
        long id = revoked.paidRequest(BAILIFF, BAILIFF_DOCUMENTS);
        mvc.perform(post("/api/v1/office/licences/prerequisites/APP_3/APP3-" + revoked.iin + "/revoke")
                        .session(LicensingFixtures.officer(mvc)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"decision annulled\"}"))
                .andExpect(status().isNoContent());
        // checked again before signing
        revoked.content(id).andExpect(status().isConflict()).andExpect(jsonPath("$.title").value(containsString("revoked")));
        revoked.submit(id, revoked.key, "x".getBytes()).andExpect(status().isConflict());
        mvc.perform(get("/api/v1/licences/requests/" + id).session(revoked.session)).andExpect(jsonPath("$.status").value("DRAFT"));

        LicensingFixtures narrow = LicensingFixtures.applicant(mvc, accounts, ca, "");
        narrow.holds("APP_5", "APP5-" + narrow.iin, List.of("HANDWRITING"), null);
        narrow.start(FORENSIC).andExpect(status().isConflict()).andExpect(jsonPath("$.title").value(containsString("does not cover")));
    }

    @Test
    void onlyTheLicensorsStaffRecordOrRevokeAPrerequisiteByHand_004_8_4() throws Exception {
        LicensingFixtures holder = bailiff();
        MockHttpSession centre = LicensingFixtures.signIn(mvc, "cfe-officer", "demo-cfe-officer-2026");
        mvc.perform(post("/api/v1/office/licences/prerequisites").session(centre).with(csrf()).param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"iin\":\"" + holder.iin + "\",\"form\":\"APP_3\",\"number\":\"X-" + holder.iin
                                + "\",\"issuedOn\":\"2026-01-15\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value(containsString("licensor")));
        mvc.perform(post("/api/v1/office/licences/prerequisites/APP_3/APP3-" + holder.iin + "/revoke")
                        .session(centre).with(csrf()).param("lang", "en")
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"not ours\"}"))
                .andExpect(status().isForbidden());
        // nothing changed: the holder's recorded decision still meets the prerequisite
        holder.start(BAILIFF).andExpect(status().isCreated());
    }

    @Test
    void aCertificateOfAnotherIinOrARevokedCertificateIsRefused_003_1() throws Exception {
        LicensingFixtures expert = forensicExpert();
        long id = expert.paidRequest(FORENSIC, FORENSIC_DOCUMENTS);
        byte[] content = expert.contentBytes(id);
        var stranger = ca.issue(CertificateSubject.individual(LicensingFixtures.freshIin(""), "Басқа", "Адам", null),
                KeyPurpose.SIGNING);
        expert.submit(id, stranger, content).andExpect(status().isBadRequest());
        var revoked = ca.issue(CertificateSubject.individual(expert.iin, "Сериков", "Асан", "Болатұлы"), KeyPurpose.SIGNING);
        ca.revoke(revoked.certificate());
        expert.submit(id, revoked, content).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/licences/requests/" + id).session(expert.session))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.receivedAt").isEmpty());
    }

    @Test
    void aReissueOfALicenceNotTheApplicantsOrNotActiveIsRefused_004_3() throws Exception {
        LicensingFixtures holder = bailiff();
        String licence = holder.issued(holder.submittedRequest(BAILIFF, BAILIFF_DOCUMENTS), BAILIFF_OFFICER_STEPS,
                List.of("LICENCE_APPROVAL"));
        LicensingFixtures other = bailiff();
        other.start(reissue(licence)).andExpect(status().isForbidden());
        holder.start("""
                {"service":"BAILIFF_LICENSE","kind":"REISSUE","replaces":"%s"}""".formatted(licence))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/office/licences/" + licence + "/suspend").session(LicensingFixtures.officer(mvc))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"court order\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/office/licences/" + licence + "/suspend").session(LicensingFixtures.head(mvc))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/office/licences/" + licence + "/suspend").session(LicensingFixtures.head(mvc))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"court order\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUSPENDED"))
                .andExpect(jsonPath("$.statusReason").value("court order"));
        holder.start(reissue(licence)).andExpect(status().isConflict());
        mvc.perform(post("/api/v1/office/licences/" + licence + "/terminate").session(LicensingFixtures.head(mvc))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"licensee's request\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("TERMINATED"));
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE entity_type = 'Licence' AND entity_id = ? ORDER BY seq")
                .param(licence).query(String.class).list())
                .containsExactly("licensing.licence-issued", "licensing.licence-suspended", "licensing.licence-terminated");
    }

    @Test
    void twoReissueRequestsAtOnceForOneLicenceOneWins_004_3() throws Exception {
        LicensingFixtures holder = bailiff();
        String licence = holder.issued(holder.submittedRequest(BAILIFF, BAILIFF_DOCUMENTS), BAILIFF_OFFICER_STEPS,
                List.of("LICENCE_APPROVAL"));
        long first = holder.paidRequest(reissue(licence), BAILIFF_DOCUMENTS);
        long second = holder.paidRequest(reissue(licence), BAILIFF_DOCUMENTS);
        byte[] firstContent = holder.contentBytes(first);
        byte[] secondContent = holder.contentBytes(second);
        CountDownLatch go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> a = () -> {
                go.await();
                return holder.submit(first, holder.key, firstContent).andReturn().getResponse().getStatus();
            };
            Callable<Integer> b = () -> {
                go.await();
                return holder.submit(second, holder.key, secondContent).andReturn().getResponse().getStatus();
            };
            Future<Integer> fa = pool.submit(a);
            Future<Integer> fb = pool.submit(b);
            go.countDown();
            assertThat(List.of(fa.get(), fb.get())).containsExactlyInAnyOrder(200, 409);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM licensing_request WHERE replaces_licence_id IS NOT NULL AND status = 'IN_PROGRESS' AND id IN (?, ?)")
                .params(first, second).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theChecklistShowsTheRegistriesAnswersAndARegistryThatDoesNotAnswer_004_8_4_004_8_5() throws Exception {
        LicensingFixtures down = LicensingFixtures.applicant(mvc, accounts, ca, "96");
        down.holds("APP_3", "APP3-" + down.iin, List.of(), null);
        long id = down.submittedRequest(BAILIFF, BAILIFF_DOCUMENTS);
        mvc.perform(get("/api/v1/office/licences/requests/" + id + "/checklist").session(LicensingFixtures.officer(mvc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.code == 'IDENTITY_CONFIRMED')].answer").value("UNAVAILABLE"))
                .andExpect(jsonPath("$.items[?(@.code == 'NO_CRIMINAL_RECORD')].answer").value("UNAVAILABLE"));

        LicensingFixtures convicted = LicensingFixtures.applicant(mvc, accounts, ca, "97");
        convicted.holds("APP_3", "APP3-" + convicted.iin, List.of(), null);
        long other = convicted.submittedRequest(BAILIFF, BAILIFF_DOCUMENTS);
        mvc.perform(get("/api/v1/office/licences/requests/" + other + "/checklist").session(LicensingFixtures.officer(mvc)))
                .andExpect(jsonPath("$.items[?(@.code == 'IDENTITY_CONFIRMED')].answer").value("CONFIRMED"))
                .andExpect(jsonPath("$.items[?(@.code == 'NO_CRIMINAL_RECORD')].answer").value("NOT_CONFIRMED"));
    }

    @Test
    void incompleteDocumentsEndInARefusalToConsiderFurtherByTheHead_004_7_3() throws Exception {
        LicensingFixtures applicant = bailiff();
        long id = applicant.submittedRequest(BAILIFF, BAILIFF_DOCUMENTS);
        MockHttpSession officer = LicensingFixtures.officer(mvc);
        applicant.staffDoes(officer, id, "REGISTER").andExpect(status().isOk());
        applicant.staffDoes(officer, id, "ASSIGN_OFFICER").andExpect(status().isOk());
        applicant.staffDoes(officer, id, "LICENCE_PREPARATION").andExpect(status().isConflict());
        mvc.perform(post("/api/v1/office/licences/requests/" + id + "/refuse").session(officer).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"identity document unreadable\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/office/licences/requests/" + id + "/refuse").session(LicensingFixtures.head(mvc)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"identity document unreadable\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REFUSED_INCOMPLETE"))
                .andExpect(jsonPath("$.refusalReason").value("identity document unreadable"));
        assertThat(jdbc.sql("SELECT template FROM notification_notice WHERE subject_type = 'LicenceRequest' AND subject_id = ? ORDER BY id")
                .param(Long.toString(id)).query(String.class).list())
                .containsExactly("licensing.received", "licensing.refused-incomplete");
    }

    @Test
    void badInputIsALocalizedFourHundredAndNothingIsStored() throws Exception {
        LicensingFixtures expert = forensicExpert();
        expert.start("""
                {"service":"ADVOCATE_ATTESTATION"}""").andExpect(status().isBadRequest());
        expert.start("""
                {"service":"FORENSIC_ACTIVITY_LICENSE","kind":"RENEW","specialties":["HANDWRITING"]}""")
                .andExpect(status().isBadRequest());
        expert.start("""
                {"service":"FORENSIC_ACTIVITY_LICENSE"}""").andExpect(status().isBadRequest());
        expert.start("""
                {"service":"FORENSIC_ACTIVITY_LICENSE","specialties":["ASTROLOGY"]}""").andExpect(status().isBadRequest());
        long id = expert.started(FORENSIC);
        expert.attach(id, "LAW_DIPLOMA").andExpect(status().isBadRequest());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/api/v1/licences/requests/" + id + "/documents")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "x.exe", "application/octet-stream",
                                "MZ-not-a-pdf".getBytes()))
                        .param("type", "IDENTITY_DOCUMENT").param("lang", "kk").session(expert.session).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value(containsString("PDF")));
        expert.pay(id, 0).andExpect(status().isOk());
        expert.content(id).andExpect(status().isBadRequest()).andExpect(jsonPath("$.title").value(containsString("missing")));
        expert.pay(id, 12).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM licensing_request_document WHERE request_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anOverdueStepIsFlaggedOnceAuditedAndToldToTheHeads_004_7() throws Exception {
        LicensingFixtures applicant = bailiff();
        long id = applicant.submittedRequest(BAILIFF, BAILIFF_DOCUMENTS);
        java.time.Instant later = jdbc.sql("SELECT received_at FROM licensing_request WHERE id = ?").param(id)
                .query(java.sql.Timestamp.class).single().toInstant().plus(java.time.Duration.ofDays(10));
        overdueJob.flagOverdue(later);
        overdueJob.flagOverdue(later);
        assertThat(jdbc.sql("SELECT step FROM licensing_overdue_flag WHERE request_id = ?").param(id)
                .query(String.class).list()).containsExactly("REGISTER");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'licensing.step-overdue' AND entity_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_notice WHERE template = 'licensing.step-overdue' AND subject_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isPositive();
        mvc.perform(get("/api/v1/office/licences/requests").session(LicensingFixtures.officer(mvc)))
                .andExpect(status().isOk());
    }
}
