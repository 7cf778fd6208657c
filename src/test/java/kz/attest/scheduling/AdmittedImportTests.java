package kz.attest.scheduling;

import org.apache.commons.codec.digest.DigestUtils;
import com.jayway.jsonpath.JsonPath;
import kz.attest.identity.ApplicantRegistration;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The air-gapped operator node imports the provider's signed admitted-list file (seed 000 ¶9, ¶34, ¶59, ¶84): verified,
 * stored once, offered for planning like the applications module's candidates; every bad file refused with nothing
 * stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AdmittedImportTests extends WithSchedulingFixtures {

    private static final String SERVICE = "NOTARY_ATTESTATION";

    @Autowired
    DemoCertificateAuthority ca;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    org.springframework.transaction.support.TransactionTemplate transactions;

    @BeforeEach
    void setUp() {
        transactions = new org.springframework.transaction.support.TransactionTemplate(transactionManager);
    }

    @Test
    void theProvidersExportCarriesTheNameAndImportsOnceThenSaysSo_000_9_000_84() throws Exception {
        var admitted = fixtures.admitted("ADVOCATE_ATTESTATION", "dj-almaty");
        byte[] file = mvc.perform(get("/api/v1/admitted/export").param("service", "ADVOCATE_ATTESTATION")
                        .with(fixtures.as("officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String json = new String(kz.attest.application.AdmittedExports.verify(file, List.of(ca.rootCertificate())).json(),
                StandardCharsets.UTF_8);
        assertThat(JsonPath.<List<String>>read(json, "$.candidates[?(@.applicationId == "
                + admitted.applicationId() + ")].fullName")).containsExactly("Тестов Асан Болатұлы");

        String first = upload(file).andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyImported").value(false))
                .andExpect(jsonPath("$.providerId").value("dj-almaty"))
                .andReturn().getResponse().getContentAsString();
        String sha = JsonPath.read(first, "$.sha256");
        assertThat(sha).isEqualTo(DigestUtils.sha256Hex(file));
        upload(file).andExpect(status().isOk())
                .andExpect(jsonPath("$.alreadyImported").value(true))
                .andExpect(jsonPath("$.added").value(0));
        assertThat(jdbc.sql("SELECT count(*) FROM scheduling_admitted_import WHERE sha256 = ?").param(sha)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM scheduling_imported_candidate WHERE application_id = ?")
                .param(admitted.applicationId()).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT actor || ' ' || summary FROM audit_entry WHERE action = 'scheduling.admitted-imported'"
                + " AND entity_id = ?").param(sha).query(String.class).list())
                .singleElement().asString().startsWith("operator-admin ").contains("sha256 " + sha);

        // the candidate is offered once, although both the applications module and the import know them
        String hall = JsonPath.read(fixtures.hall("tc-almaty", 2), "$.id");
        String session = fixtures.session(hall, "ADVOCATE_ATTESTATION", SchedulingFixtures.today().plusDays(5), null);
        mvc.perform(get("/api/v1/operator/sessions/" + session + "/eligible").with(fixtures.as("operator-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.applicationId == " + admitted.applicationId() + ")]",
                        org.hamcrest.Matchers.hasSize(1)))
                .andExpect(jsonPath("$[?(@.applicationId == " + admitted.applicationId() + ")].source")
                        .value("APPLICATIONS"));
    }

    @Test
    void anImportedCandidateIsPlannedOnlyOneWithAnAccountHereIsNotifiedAndResultsReachTheProvider_000_9_000_84_000_24() throws Exception {
        long withAccount = freshApplicationId();
        long withoutAccount = freshApplicationId();
        String iin = SchedulingFixtures.freshIin();
        long account = accounts.register(new ApplicantRegistration(iin, "Импортов", "Ерлан", null,
                iin + "@example.kz", "+7702" + iin.substring(5), SchedulingFixtures.PASSWORD,
                SchedulingFixtures.PASSWORD, "kk"));
        String stranger = SchedulingFixtures.freshIin();
        byte[] file = signed(list(SERVICE, row(withAccount, iin, "Импортов Ерлан"),
                row(withoutAccount, stranger, "Белгісіз Адам")), credential(ca));

        upload(file).andExpect(status().isOk()).andExpect(jsonPath("$.candidates").value(2))
                .andExpect(jsonPath("$.added").value(2));

        String hall = JsonPath.read(fixtures.hall("tc-almaty", 3), "$.id");
        String session = fixtures.session(hall, SERVICE, SchedulingFixtures.today().plusDays(4), null);
        mvc.perform(get("/api/v1/operator/sessions/" + session + "/eligible").with(fixtures.as("operator-admin")))
                .andExpect(jsonPath("$[?(@.applicationId == " + withAccount + ")].accountId").value((int) account))
                .andExpect(jsonPath("$[?(@.applicationId == " + withAccount + ")].source").value("IMPORTED"))
                .andExpect(jsonPath("$[?(@.applicationId == " + withoutAccount + ")].accountId").value(0))
                .andExpect(jsonPath("$[?(@.applicationId == " + withoutAccount + ")].fullName").value("Белгісіз Адам"));
        fixtures.assign(session, List.of(withAccount, withoutAccount)).andExpect(status().isCreated())
                .andExpect(jsonPath("$[?(@.applicationId == " + withoutAccount + ")].iin").value(stranger));
        assertThat(notices(withAccount)).containsExactly(Sessions.NOTICE_ASSIGNED);
        assertThat(notices(withoutAccount)).isEmpty();
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE action = 'scheduling.sitting.assigned' AND entity_id = ?")
                .param(session).query(String.class).list())
                .anySatisfy(s -> assertThat(s).contains("application " + withoutAccount).contains("not notified"));
        // the results of an imported candidate reach the register under the file's provider (¶24), although the
        // applications module of this node does not know the application
        java.util.UUID sitting = jdbc.sql("SELECT id FROM scheduling_sitting WHERE application_id = ?")
                .param(withoutAccount).query(java.util.UUID.class).single();
        transactions.executeWithoutResult(t -> events.publishEvent(new kz.attest.delivery.StageScored(
                java.util.UUID.randomUUID(), sitting, java.util.Optional.of(withoutAccount), 0L,
                kz.attest.catalogue.ServiceCode.parse(SERVICE).orElseThrow(), 1, 70, 100, 70, true, Instant.now())));
        assertThat(jdbc.sql("SELECT provider_id FROM decision_result_sitting WHERE sitting_id = ?").param(sitting)
                .query(String.class).single()).isEqualTo("dj-almaty");
        // assigned once: not offered again
        mvc.perform(get("/api/v1/operator/sessions/" + session + "/eligible").with(fixtures.as("operator-admin")))
                .andExpect(jsonPath("$[?(@.applicationId == " + withAccount + ")]", org.hamcrest.Matchers.empty()));

        mvc.perform(get("/operator/admitted/import").with(fixtures.as("operator-admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"no-account-note\"")))
                .andExpect(content().string(containsString(DigestUtils.sha256Hex(file).substring(0, 16))));
    }

    @Test
    void everyBadFileIsRefusedWithAReasonAndNothingStored_000_9_000_84(@TempDir Path otherCa) throws Exception {
        long id = freshApplicationId();
        byte[] good = signed(list(SERVICE, row(id, SchedulingFixtures.freshIin(), "Тест Тест")), credential(ca));

        refused(new byte[0], "scheduling.import.empty");
        refused("not a signed file at all".getBytes(StandardCharsets.UTF_8), "application.export.invalid.integrity");
        byte[] modified = good.clone();
        int at = new String(good, StandardCharsets.ISO_8859_1).indexOf(Long.toString(id));
        modified[at] = (byte) (modified[at] == '1' ? '2' : '1');
        refused(modified, "application.export.invalid.integrity");
        DemoCertificateAuthority stranger = DemoCertificateAuthority.openOrCreate(otherCa, Clock.systemUTC(),
                "x".toCharArray(), null);
        refused(signed(list(SERVICE, row(id, SchedulingFixtures.freshIin(), "Тест")), credential(stranger)),
                "application.export.invalid.chain");
        refused(signed(("{\"format\": \"attest-kz/results/1\", \"provider\": \"dj-almaty\", \"candidates\": []}")
                .getBytes(StandardCharsets.UTF_8), credential(ca)), "scheduling.import.format");
        refused(signed(list(SERVICE), credential(ca)), "scheduling.import.no-candidates");
        refused(signed(list("NO_SUCH_SERVICE", row(id, SchedulingFixtures.freshIin(), "Тест")), credential(ca)),
                "scheduling.import.candidate");
        assertThat(jdbc.sql("SELECT count(*) FROM scheduling_imported_candidate WHERE application_id = ?").param(id)
                .query(Integer.class).single()).isZero();

        mvc.perform(multipart("/operator/admitted/import").file(new MockMultipartFile("file", "x.p7m",
                        "application/pkcs7-mime", modified)).with(fixtures.as("operator-admin")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"import-error\"")));
        mvc.perform(multipart("/api/v1/operator/admitted/import").file(new MockMultipartFile("file", "x.p7m",
                        "application/pkcs7-mime", good)).with(fixtures.as("officer")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    private void refused(byte[] file, String key) throws Exception {
        upload(file).andExpect(status().isBadRequest());
        if (file.length > 0) {
            assertThat(jdbc.sql("SELECT count(*) FROM scheduling_admitted_import WHERE sha256 = ?")
                    .param(DigestUtils.sha256Hex(file)).query(Integer.class).single()).as(key).isZero();
        }
        String body = upload(file).andReturn().getResponse().getContentAsString();
        assertThat(body).as(key).isNotBlank();
    }

    private ResultActions upload(byte[] file) throws Exception {
        return mvc.perform(multipart("/api/v1/operator/admitted/import")
                .file(new MockMultipartFile("file", "admitted.p7m", "application/pkcs7-mime", file))
                .with(fixtures.as("operator-admin")).with(csrf()));
    }

    private List<String> notices(long applicationId) {
        return kz.attest.notification.SentNotices.templates(jdbc, "Application", applicationId);
    }

    static long freshApplicationId() {
        return 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
    }

    static String row(long applicationId, String iin, String fullName) {
        return """
                {"applicationId": %d, "registrationNumber": "IMP-%d", "applicantIin": "%s", "fullName": "%s",
                 "service": "%%s", "specialties": [], "admittedAt": "%s"}""".formatted(applicationId, applicationId, iin,
                fullName, Instant.now());
    }

    static byte[] list(String service, String... rows) {
        return """
                {"format": "attest-kz/admitted-candidates/1", "provider": "dj-almaty", "service": "%s",
                 "exportedAt": "%s", "exportedBy": "officer", "candidates": [%s]}""".formatted(service, Instant.now(),
                String.join(",", java.util.Arrays.stream(rows).map(r -> r.formatted(service)).toList()))
                .getBytes(StandardCharsets.UTF_8);
    }

    static DemoCertificateAuthority.IssuedCredential credential(DemoCertificateAuthority authority) {
        return authority.issue(new CertificateSubject("000000000000", "EXPORT", "DJ-ALMATY", null, "Test provider", null),
                KeyPurpose.SIGNING);
    }

    static byte[] signed(byte[] content, DemoCertificateAuthority.IssuedCredential key) throws Exception {
        CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
        generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.privateKey()), key.certificate()));
        generator.addCertificates(new JcaCertStore(key.chain()));
        return generator.generate(new CMSProcessableByteArray(content), true).getEncoded();
    }
}
