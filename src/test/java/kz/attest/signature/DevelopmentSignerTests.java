package kz.attest.signature;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The development signer speaks NCALayer's protocol over a real WebSocket, and its signatures verify. */
class DevelopmentSignerTests {

    private static final String IIN = "900101300017";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path directory;
    static DemoCertificateAuthority ca;
    static DevelopmentSigner signer;
    static int port;

    @BeforeAll
    static void start() throws Exception {
        ca = DemoCertificateAuthority.openOrCreate(directory.resolve("ca"), Clock.systemUTC(), "pw".toCharArray(), null);
        CertificateSubject subject = CertificateSubject.individual(IIN, "Сериков", "Асан", null);
        Path signing = directory.resolve("sign.p12");
        Path auth = directory.resolve("auth.p12");
        Files.write(signing, ca.issue(subject, KeyPurpose.SIGNING).toPkcs12("secret".toCharArray()));
        Files.write(auth, ca.issue(subject, KeyPurpose.AUTHENTICATION).toPkcs12("secret".toCharArray()));
        List<DevelopmentSigner.Key> keys = new ArrayList<>(DevelopmentSigner.Key.load(signing, "secret".toCharArray()));
        keys.addAll(DevelopmentSigner.Key.load(auth, "secret".toCharArray()));
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        signer = new DevelopmentSigner(new InetSocketAddress("127.0.0.1", port), keys);
        signer.start();
    }

    @AfterAll
    static void stop() throws InterruptedException {
        signer.stop(1000);
    }

    private static String signRequest(String data, String eku, boolean encapsulate) {
        return """
                {"module":"kz.gov.pki.knca.basics","method":"sign","args":{"allowedStorages":null,"format":"cms",
                 "data":%s,"signingParams":{"decode":true,"encapsulate":%s,"digested":false},
                 "signerParams":{"extKeyUsageOids":["%s"]},"locale":"ru"}}""".formatted(data, encapsulate, eku);
    }

    @Test
    void signsOverAWebSocketAsNcaLayerDoes() throws Exception {
        BlockingQueue<String> received = new LinkedBlockingQueue<>();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + port), new WebSocket.Listener() {
                    private final StringBuilder buffer = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        buffer.append(data);
                        if (last) {
                            received.add(buffer.toString());
                            buffer.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                }).get(10, TimeUnit.SECONDS);
        assertThat(received.poll(10, TimeUnit.SECONDS)).contains("version");

        byte[] document = "заявление".getBytes(StandardCharsets.UTF_8);
        String base64 = Base64.getEncoder().encodeToString(document);
        socket.sendText(signRequest("\"" + base64 + "\"", "1.3.6.1.5.5.7.3.4", false), true);
        JsonNode answer = JSON.readTree(received.poll(10, TimeUnit.SECONDS));
        socket.abort();

        assertThat(answer.path("status").asBoolean()).isTrue();
        String cms = answer.path("body").path("result").asString();
        assertThat(cms).startsWith("-----BEGIN CMS-----");
        SignatureCheck check = BouncyCastleSignatureVerifierTests.verifierTrusting(ca)
                .verify(SignatureRequest.detached(cms.getBytes(StandardCharsets.US_ASCII), document, IIN));
        assertThat(check.valid()).isTrue();
    }

    @Test
    void severalDataGiveAnArrayOfSignatures() throws Exception {
        String a = Base64.getEncoder().encodeToString("a".getBytes(StandardCharsets.UTF_8));
        String b = Base64.getEncoder().encodeToString("b".getBytes(StandardCharsets.UTF_8));
        JsonNode answer = JSON.readTree(signer.answer(signRequest("[\"" + a + "\",\"" + b + "\"]", "1.3.6.1.5.5.7.3.4", true)));
        assertThat(answer.path("body").path("result").isArray()).isTrue();
        assertThat(answer.path("body").path("result").size()).isEqualTo(2);
    }

    @Test
    void theAuthenticationKeySignsAChallengeWhenAskedForClientAuth() throws Exception {
        String challenge = Base64.getEncoder().encodeToString("challenge-123".getBytes(StandardCharsets.UTF_8));
        JsonNode answer = JSON.readTree(signer.answer(signRequest("\"" + challenge + "\"", "1.3.6.1.5.5.7.3.2", true)));
        String cms = answer.path("body").path("result").asString();
        SignatureCheck check = BouncyCastleSignatureVerifierTests.verifierTrusting(ca)
                .verify(SignatureRequest.attached(cms.getBytes(StandardCharsets.US_ASCII), IIN));
        // an authentication key proves who signs in, but is refused for signing documents
        assertThat(check.refusal()).isEqualTo(SignatureRefusal.KEY_USAGE);
        assertThat(check.signer().iin()).isEqualTo(IIN);
        SignatureCheck signIn = BouncyCastleSignatureVerifierTests.verifierTrusting(ca)
                .verify(SignatureRequest.authentication(cms.getBytes(StandardCharsets.US_ASCII)));
        assertThat(signIn.valid()).isTrue();
        assertThat(new String(signIn.signedContent(), StandardCharsets.UTF_8)).isEqualTo("challenge-123");
    }

    @Test
    void noMatchingKeyAnswersLikeACancelledDialog() throws Exception {
        JsonNode answer = JSON.readTree(signer.answer(signRequest("\"AA==\"", "1.2.3.4", false)));
        assertThat(answer.path("status").asBoolean()).isTrue();
        assertThat(answer.path("body").isEmpty()).isTrue();
    }

    @Test
    void unknownMethodsAndGarbageAreErrors() throws Exception {
        assertThat(JSON.readTree(signer.answer("{\"module\":\"x\",\"method\":\"y\"}")).path("status").asBoolean()).isFalse();
        assertThat(JSON.readTree(signer.answer("not json")).path("status").asBoolean()).isFalse();
    }
}
