package kz.attest.itembank;

import org.apache.commons.codec.digest.DigestUtils;
import kz.attest.catalogue.ServiceCode;
import kz.attest.signature.CertificateSubject;
import kz.attest.signature.DemoCertificateAuthority;
import kz.attest.signature.KeyPurpose;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import static kz.attest.testing.ByteArrays.indexOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sealed packages for the air-gapped testing operator (seed 000 ¶14, ¶41, ¶66, ¶89: questions and answers reach the
 * operator only on electronic media): the Ministry's export imports on the operator's side, every tampered or
 * misaddressed package is refused with its own reason and leaves nothing behind, and the registry records
 * superseding, withdrawal and destruction.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SealedPackagesTests {

    static final String TOPIC = "INVENTIONS_UTILITY_MODELS";
    static final String PATENT = "PATENT_ATTORNEY_ATTESTATION";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PackageKeys keys;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Forms forms;
    @Autowired
    ItemBank bank;
    @Autowired
    DemoCertificateAuthority ca;
    @Autowired
    Clock clock;

    @TempDir
    Path temp;

    // ---- fixtures

    RequestPostProcessor as(String login) {
        return user(users.loadUserByUsername(login));
    }

    static PackageContent.PackagedItem freshItem(int options) {
        List<BankText> texts = new ArrayList<>();
        for (int i = 0; i < options; i++) {
            texts.add(new BankText("нұсқа " + i, "вариант " + i));
        }
        UUID id = UUID.randomUUID();
        return new PackageContent.PackagedItem(id, 2, TOPIC, false, false, "ministry-author", "ministry-reviewer",
                new ItemContent(new BankText("Пакет сұрағы " + id, "Вопрос пакета " + id), texts, 1));
    }

    static String freshLine() {
        // no UUID on the packages page (issue 14's code scan walks it after this test): 16 hex digits are unique enough
        return "TEST-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }

    byte[] seal(String line, int version, List<PackageContent.PackagedItem> items, Instant notBefore, Instant notAfter,
                X509Certificate recipient, PackageSealer.Credential signer) {
        Map<String, Integer> perTopic = new TreeMap<>();
        items.forEach(i -> perTopic.merge(i.topic(), 1, Integer::sum));
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, UUID.randomUUID(), line, version,
                List.of(line), perTopic, Map.of(), items.size(), 0, null, null, PackageSealer.fingerprint(recipient),
                recipient.getSubjectX500Principal().getName(), notBefore, notAfter, "ministry-officer", now(), "test");
        return PackageSealer.seal(manifest, ContentCodec.write(new PackageContent(items, List.of())), recipient, signer);
    }

    byte[] seal(String line, int version, List<PackageContent.PackagedItem> items) {
        return seal(line, version, items, now().minus(Duration.ofHours(1)), now().plus(Duration.ofDays(30)),
                keys.operatorCertificate(), keys.ministrySigner());
    }

    ResultActions importFile(byte[] file) throws Exception {
        return mvc.perform(post("/api/v1/packages/import").with(as("operator-admin")).with(csrf())
                .contentType(MediaType.APPLICATION_OCTET_STREAM).content(file).param("lang", "en"));
    }

    UUID imported(byte[] file) throws Exception {
        String body = importFile(file).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(body.replaceAll("^.*?\"id\":\"([^\"]+)\".*$", "$1"));
    }

    String itemStatus(UUID id) {
        return jdbc.sql("SELECT status FROM itembank_item WHERE id = ?").param(id).query(String.class).single();
    }

    String packageStatus(UUID id) {
        return jdbc.sql("SELECT status FROM itembank_package WHERE side = 'IMPORTED' AND id = ?").param(id)
                .query(String.class).single();
    }

    /** Refused with the reason, and nothing of the package is stored: no record, no question. */
    void refused(byte[] file, String line, List<PackageContent.PackagedItem> items, int status, String reason)
            throws Exception {
        importFile(file).andExpect(status().is(status)).andExpect(jsonPath("$.code").value(reason));
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_package WHERE side = 'IMPORTED' AND line = ?").param(line)
                .query(Integer.class).single()).isZero();
        for (PackageContent.PackagedItem item : items) {
            assertThat(jdbc.sql("SELECT count(*) FROM itembank_item WHERE id = ?").param(item.id())
                    .query(Integer.class).single()).isZero();
        }
    }

    // ---- the happy path

    @Test
    void ministryExportImportsOnOperatorSideAndFormsAreAssembled_000_14() throws Exception {
        byte[] file = mvc.perform(post("/api/v1/packages/export").with(as("ministry-officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"services\":[\"" + PATENT + "\"]}"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".p7m")))
                .andReturn().getResponse().getContentAsByteArray();
        // the file carries no question text in the clear
        String demoStem = "[DEMO]";
        assertThat(new String(file, StandardCharsets.UTF_8)).doesNotContain(demoStem);

        mvc.perform(post("/api/v1/packages/verify").with(as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(file))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.manifest.line").value(PATENT))
                .andExpect(jsonPath("$.manifest.itemsPerTopic." + TOPIC).isNumber())
                .andExpect(jsonPath("$.importable").value(true));

        UUID id = imported(file);
        assertThat(packageStatus(id)).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'itembank.package-imported'"
                + " AND entity_id = ?").param(id.toString()).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_package WHERE side = 'EXPORTED' AND id = ?").param(id)
                .query(Integer.class).single()).isOne();

        AssembledForm form = forms.assemble(new FormRequest("package-" + id, ServiceCode.of(PATENT), 1,
                Optional.empty(), false));
        assertThat(form.items()).hasSize(100);
        mvc.perform(get("/api/v1/packages").with(as("operator-admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$[?(@.id == '" + id + "')].status").value("ACTIVE"));
    }

    @Test
    void questionsNotYetInTheBankAreStoredApprovedAndEncrypted_000_41() throws Exception {
        var items = List.of(freshItem(4), freshItem(5));
        UUID id = imported(seal(freshLine(), 1, items));
        for (var item : items) {
            assertThat(itemStatus(item.id())).isEqualTo("APPROVED");
            byte[] stored = jdbc.sql("SELECT content FROM itembank_item WHERE id = ?").param(item.id())
                    .query(byte[].class).single();
            assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("Вопрос пакета");
            assertThat(bank.readItem(item.id(), "test").content().stem().ru()).isEqualTo(item.content().stem().ru());
        }
        assertThat(jdbc.sql("SELECT inserted_items FROM itembank_package WHERE side = 'IMPORTED' AND id = ?")
                .param(id).query(Integer.class).single()).isEqualTo(2);
    }

    // ---- the registry

    @Test
    void newerVersionSupersedesTheOlderAndRetiresWhatOnlyTheOlderBrought_000_66() throws Exception {
        String line = freshLine();
        var a = freshItem(4);
        var b = freshItem(4);
        UUID first = imported(seal(line, 1, List.of(a, b)));
        UUID second = imported(seal(line, 2, List.of(b)));
        assertThat(packageStatus(first)).isEqualTo("SUPERSEDED");
        assertThat(packageStatus(second)).isEqualTo("ACTIVE");
        assertThat(jdbc.sql("SELECT superseded_by FROM itembank_package WHERE side = 'IMPORTED' AND id = ?")
                .param(first).query(UUID.class).single()).isEqualTo(second);
        assertThat(itemStatus(a.id())).isEqualTo("RETIRED");
        assertThat(itemStatus(b.id())).isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'itembank.package-superseded'"
                + " AND entity_id = ?").param(first.toString()).query(Integer.class).single()).isOne();
    }

    @Test
    void olderVersionThanTheCurrentIsRefused_000_14() throws Exception {
        String line = freshLine();
        imported(seal(line, 3, List.of(freshItem(4))));
        var older = List.of(freshItem(4));
        byte[] file = seal(line, 2, older);
        importFile(file).andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("itembank.package.outdated"));
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_package WHERE side = 'IMPORTED' AND line = ?").param(line)
                .query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT count(*) FROM itembank_item WHERE id = ?").param(older.getFirst().id())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void thePackageAlreadyImportedIsRefused_000_14() throws Exception {
        byte[] file = seal(freshLine(), 1, List.of(freshItem(4)));
        imported(file);
        importFile(file).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("itembank.package.already-imported"));
    }

    @Test
    void withdrawalIsRecordedWithItsReasonAndRetiresThePackagesQuestions_000_89() throws Exception {
        var item = freshItem(4);
        UUID id = imported(seal(freshLine(), 1, List.of(item)));
        mvc.perform(post("/api/v1/packages/{id}/withdraw", id).with(as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\" \"}").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("itembank.package.reason-required"));
        mvc.perform(post("/api/v1/packages/{id}/withdraw", id).with(as("operator-admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Letter 12-3/456\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("WITHDRAWN"))
                .andExpect(jsonPath("$.withdrawalReason").value("Letter 12-3/456"))
                .andExpect(jsonPath("$.withdrawnBy").value("operator-admin"));
        assertThat(itemStatus(item.id())).isEqualTo("RETIRED");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'itembank.package-withdrawn'"
                + " AND entity_id = ?").param(id.toString()).query(Integer.class).single()).isOne();
    }

    @Test
    void destroyingTheCopyRemovesFileAndContentButKeepsTheRecord_000_14() throws Exception {
        var item = freshItem(4);
        UUID id = imported(seal(freshLine(), 1, List.of(item)));
        mvc.perform(post("/api/v1/packages/{id}/destroy", id).with(as("operator-admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DESTROYED"))
                .andExpect(jsonPath("$.fileKept").value(false))
                .andExpect(jsonPath("$.destroyedBy").value("operator-admin"));
        assertThat(jdbc.sql("SELECT file IS NULL FROM itembank_package WHERE side = 'IMPORTED' AND id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        assertThat(itemStatus(item.id())).isEqualTo("RETIRED");
        ItemContent left = bank.readItem(item.id(), "test").content();
        assertThat(left.options()).isEmpty();
        assertThat(left.stem().ru()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'itembank.package-destroyed'"
                + " AND entity_id = ?").param(id.toString()).query(Integer.class).single()).isOne();
        mvc.perform(post("/api/v1/packages/{id}/destroy", id).with(as("operator-admin")).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void ministryRegistryListsDownloadsAndRecordsWithdrawalOfItsExports_000_14() throws Exception {
        var response = mvc.perform(post("/api/v1/packages/export").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"services\":[\"" + PATENT + "\"]}"))
                .andExpect(status().isOk()).andReturn().getResponse();
        String id = response.getHeader("X-Package-Id");
        byte[] file = response.getContentAsByteArray();
        mvc.perform(get("/api/v1/packages/exported").with(as("ministry-head")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].status").value("EXPORTED"))
                .andExpect(jsonPath("$[?(@.id == '" + id + "')].recordedBy").value("admin"));
        assertThat(mvc.perform(get("/api/v1/packages/exported/{id}/file", id).with(as("ministry-head")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).isEqualTo(file);
        mvc.perform(post("/api/v1/packages/exported/{id}/withdraw", id).with(as("ministry-head")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Order 7\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("WITHDRAWN"));
        mvc.perform(post("/api/v1/packages/export").with(as("ministry-head")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).param("lang", "en")
                        .content("{\"services\":[\"" + PATENT + "\"],\"notAfter\":\"2020-01-01T00:00:00Z\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("itembank.package.bad-window"));
        mvc.perform(post("/api/v1/packages/export").with(as("ministry-head")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).param("lang", "en")
                        .content("{\"services\":[\"BAILIFF_LICENSE\"]}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("itembank.package.empty"));
    }

    // ---- bad input: each refused with its reason, nothing imported, no 5xx

    @Test
    void brokenSignatureIsRefused_000_14() throws Exception {
        String line = freshLine();
        var items = List.of(freshItem(4));
        byte[] file = seal(line, 1, items);
        file[file.length - 1] ^= 0x01; // the signature value is the last element of the SignerInfo
        refused(file, line, items, 400, "itembank.package.signature-invalid");
    }

    @Test
    void oneModifiedByteIsRefused_000_14() throws Exception {
        String line = freshLine();
        var items = List.of(freshItem(4));
        byte[] file = seal(line, 1, items);
        int at = indexOf(file, line.getBytes(StandardCharsets.US_ASCII));
        file[at + line.length() - 1] ^= 0x01; // one byte of the signed manifest
        refused(file, line.substring(0, line.length() - 1) + (char) (line.charAt(line.length() - 1) ^ 0x01), items,
                400, "itembank.package.signature-invalid");
        refused(file, line, items, 400, "itembank.package.signature-invalid");
    }

    @Test
    void packageForAnotherRecipientIsRefused_000_14() throws Exception {
        String line = freshLine();
        var items = List.of(freshItem(4));
        X509Certificate stranger = ca.issue(CertificateSubject.individual("850101300012", "BASQA", "OPERATOR", null),
                KeyPurpose.AUTHENTICATION).certificate();
        byte[] file = seal(line, 1, items, now().minus(Duration.ofHours(1)), now().plus(Duration.ofDays(1)), stranger,
                keys.ministrySigner());
        refused(file, line, items, 400, "itembank.package.wrong-recipient");
    }

    @Test
    void expiredPackageIsRefused_000_14() throws Exception {
        String line = freshLine();
        var items = List.of(freshItem(4));
        byte[] file = seal(line, 1, items, now().minus(Duration.ofDays(10)), now().minus(Duration.ofDays(1)),
                keys.operatorCertificate(), keys.ministrySigner());
        refused(file, line, items, 400, "itembank.package.expired");
    }

    @Test
    void packageNotYetValidIsRefused_000_14() throws Exception {
        String line = freshLine();
        var items = List.of(freshItem(4));
        byte[] file = seal(line, 1, items, now().plus(Duration.ofDays(1)), now().plus(Duration.ofDays(10)),
                keys.operatorCertificate(), keys.ministrySigner());
        refused(file, line, items, 400, "itembank.package.not-yet-valid");
    }

    @Test
    void signerOutsideTheTrustedRootsIsRefused_000_14() throws Exception {
        String line = freshLine();
        var items = List.of(freshItem(4));
        DemoCertificateAuthority other = DemoCertificateAuthority.openOrCreate(temp.resolve("other-ca"), clock,
                "other".toCharArray(), null);
        DemoCertificateAuthority.IssuedCredential forged = other.issue(new CertificateSubject("000000000000",
                "PACKAGE SIGNING", "DEMO", null, "Ministry of Justice of the Republic of Kazakhstan (DEMO)", null),
                KeyPurpose.SIGNING);
        byte[] file = seal(line, 1, items, now().minus(Duration.ofHours(1)), now().plus(Duration.ofDays(1)),
                keys.operatorCertificate(), new PackageSealer.Credential(forged.privateKey(), forged.chain()));
        refused(file, line, items, 400, "itembank.package.untrusted-signer");
    }

    @Test
    void trustedCertificateThatIsNotTheMinistryPackageKeyIsRefused_000_14() throws Exception {
        String line = freshLine();
        var items = List.of(freshItem(4));
        DemoCertificateAuthority.IssuedCredential someone = ca.issue(
                CertificateSubject.individual("900315300123", "ИВАНОВ", "ИВАН", null), KeyPurpose.SIGNING);
        byte[] file = seal(line, 1, items, now().minus(Duration.ofHours(1)), now().plus(Duration.ofDays(1)),
                keys.operatorCertificate(), new PackageSealer.Credential(someone.privateKey(), someone.chain()));
        refused(file, line, items, 400, "itembank.package.wrong-signer");
    }

    @Test
    void packageWithQuestionsBreakingTheBankRulesIsRefused_000_89() throws Exception {
        String line = freshLine();
        var items = List.of(freshItem(4), freshItem(3)); // patent topics need four options (¶88)
        refused(seal(line, 1, items), line, items, 400, "itembank.package.content-invalid");
    }

    @Test
    void hashesThatDoNotMatchTheManifestAreRefused_000_14() throws Exception {
        String line = freshLine();
        var items = List.of(freshItem(4));
        X509Certificate operator = keys.operatorCertificate();
        byte[] content = ContentCodec.write(new PackageContent(items, List.of()));
        byte[] envelope = PackageSealer.envelope(content, operator);
        PackageManifest manifest = new PackageManifest(PackageManifest.FORMAT, UUID.randomUUID(), line, 1,
                List.of(line), Map.of(TOPIC, 1), Map.of(), 1, 0, null, null, PackageSealer.fingerprint(operator),
                "operator", now().minus(Duration.ofHours(1)), now().plus(Duration.ofDays(1)), "ministry-officer", now(),
                "test");
        // the Ministry signed a manifest whose envelope hash is not the envelope's
        refused(PackageSealer.sign(manifest.withHashes(DigestUtils.sha256Hex(content), DigestUtils.sha256Hex(content)),
                envelope, keys.ministrySigner()), line, items, 400, "itembank.package.hash-mismatch");
        // … or whose content hash is not the decrypted content's
        refused(PackageSealer.sign(manifest.withHashes(DigestUtils.sha256Hex(envelope), DigestUtils.sha256Hex(envelope)),
                envelope, keys.ministrySigner()), line, items, 400, "itembank.package.hash-mismatch");
    }

    @Test
    void fileThatIsNoPackageIsRefused_000_14() throws Exception {
        importFile("not a package".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("itembank.package.malformed"));
        importFile(new byte[0]).andExpect(status().isBadRequest());
    }

    // ---- who may

    @Test
    void onlyTheMinistryExportsAndOnlyTheOperatorImports_000_14() throws Exception {
        String body = "{\"services\":[\"" + PATENT + "\"]}";
        mvc.perform(post("/api/v1/packages/export").with(as("officer")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/packages/export").with(as("operator-admin")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/packages/import").with(as("ministry-officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[]{1}))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/packages/import").with(as("proctor")).with(csrf())
                        .contentType(MediaType.APPLICATION_OCTET_STREAM).content(new byte[]{1}))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/packages/export").with(as("ministry-officer")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"services\":[\"NOPE\"]}").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("itembank.package.unknown-service"));
    }

    // ---- the pages

    @Test
    void pagesExportVerifyImportAndRefuseATamperedCopy_000_14() throws Exception {
        mvc.perform(get("/packages/export").with(as("ministry-head")).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Мөрленген пакетті шығару (Министрлік)")))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("value=\"" + PATENT + "\"")));
        byte[] file = mvc.perform(post("/packages/export").with(as("ministry-head")).with(csrf())
                        .param("services", PATENT))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/packages/verify")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "p.p7m",
                                "application/octet-stream", file))
                        .with(as("operator-admin")).with(csrf()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Package verified: " + PATENT)))
                // the topic by its name, not its code (issue 14)
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Legal protection of inventions and utility models")));

        byte[] tampered = file.clone();
        tampered[tampered.length - 1] ^= 0x01;
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/packages/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "p.p7m",
                                "application/octet-stream", tampered))
                        .with(as("operator-admin")).with(csrf()).param("lang", "ru"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Подпись пакета не проходит проверку")));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/packages/import")
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "p.p7m",
                                "application/octet-stream", file))
                        .with(as("operator-admin")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/packages").with(as("operator-admin")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Active")));

        mvc.perform(get("/packages").with(as("ministry-officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/packages/export").with(as("officer"))).andExpect(status().isForbidden());
        mvc.perform(get("/packages/export").with(as("operator-admin"))).andExpect(status().isForbidden());
    }

    // ---- the command line

    @Autowired
    SealedPackages packages;
    @Autowired
    kz.attest.identity.Accounts accounts;

    @Test
    void commandExportsVerifiesOfflineWithATrustAnchorAndImports_000_14() throws Exception {
        Path file = temp.resolve("patent.p7m");
        var out = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(PackageCommand.execute("export", PackageCommand.Options.parse(new String[]{"--services", PATENT,
                "--out", file.toString(), "--by", "ministry-officer"}), "demo-ministry-officer-2026".toCharArray(),
                accounts, packages, print)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("exported " + PATENT);

        Path directory = keys.directory().orElseThrow();
        String[] verify = {"verify", "--file", file.toString(), "--trust", directory.resolve("demo-root.pem").toString(),
                "--signer", directory.resolve("ministry-package-signing.pem").toString(),
                "--p12", directory.resolve(PackageKeys.OPERATOR_FILE).toString()};
        out.reset();
        assertThat(new PackageCommand().execute(verify, print)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("VERIFIED").contains("(checked)");

        byte[] tampered = java.nio.file.Files.readAllBytes(file);
        tampered[tampered.length - 1] ^= 0x01;
        Path bad = temp.resolve("tampered.p7m");
        java.nio.file.Files.write(bad, tampered);
        verify[2] = bad.toString();
        out.reset();
        assertThat(new PackageCommand().execute(verify, print)).isOne();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("REFUSED itembank.package.signature-invalid");

        out.reset();
        assertThat(PackageCommand.execute("import", PackageCommand.Options.parse(new String[]{"--file",
                file.toString(), "--by", "operator-admin"}), "demo-operator-admin-2026".toCharArray(), accounts,
                packages, print)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("imported " + PATENT);
    }
}
