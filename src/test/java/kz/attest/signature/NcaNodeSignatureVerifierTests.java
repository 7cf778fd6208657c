package kz.attest.signature;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/** The NCANode adapter (GOST signatures) against a local stub of NCANode's {@code POST /cms/verify}. */
class NcaNodeSignatureVerifierTests {

    private HttpServer stub;
    private final AtomicReference<String> answer = new AtomicReference<>();
    private final List<String> requests = new ArrayList<>();
    private NcaNodeSignatureVerifier verifier;

    @BeforeEach
    void startStub() throws IOException {
        stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/cms/verify", exchange -> {
            requests.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = answer.get().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        stub.start();
        verifier = new NcaNodeSignatureVerifier(RestClient.builder()
                .baseUrl("http://127.0.0.1:" + stub.getAddress().getPort()).build());
    }

    @AfterEach
    void stopStub() {
        stub.stop(0);
    }

    private static String response(boolean valid, boolean certValid, boolean revoked, String keyUsage, String iin) {
        return """
                {"valid": %s, "code": 200, "message": "OK",
                 "signers": [{"signingTime": "2026-11-20T10:00:00Z",
                   "certificates": [{"valid": %s, "keyUsage": "%s", "serialNumber": "1a2b",
                     "notBefore": "2026-01-01T00:00:00Z", "notAfter": "2027-01-01T00:00:00Z",
                     "revocations": [{"revoked": %s, "by": "OCSP"}],
                     "subject": {"commonName": "СЕРИКОВ АСАН", "lastName": "СЕРИКОВ", "iin": "%s", "dn": "CN=СЕРИКОВ АСАН"},
                     "issuer": {"commonName": "ҰЛТТЫҚ КУӘЛАНДЫРУШЫ ОРТАЛЫҚ (GOST)", "dn": "CN=NCA GOST"}}]}]}
                """.formatted(valid, certValid, keyUsage, revoked, iin);
    }

    @Test
    void aValidGostSignatureOfTheApplicantIsAccepted() {
        answer.set(response(true, true, false, "SIGN", "900101300017"));

        SignatureCheck check = verifier.verify(SignatureRequest.detached(new byte[]{0x30, 0x03, 0x02, 0x01, 0x01},
                "data".getBytes(StandardCharsets.UTF_8), "900101300017"));

        assertThat(check.valid()).isTrue();
        assertThat(check.signer().iin()).isEqualTo("900101300017");
        assertThat(requests.getFirst()).contains("\"revocationCheck\":[\"OCSP\",\"CRL\"]").contains("\"data\":\"ZGF0YQ==\"");
    }

    @Test
    void refusalsAreMappedFromNcaNodesAnswer() {
        byte[] cms = {0x30, 0x03, 0x02, 0x01, 0x01};
        answer.set(response(false, true, true, "SIGN", "900101300017"));
        assertThat(verifier.verify(SignatureRequest.attached(cms, null)).refusal()).isEqualTo(SignatureRefusal.REVOKED);

        answer.set(response(false, true, false, "AUTH", "900101300017"));
        assertThat(verifier.verify(SignatureRequest.attached(cms, null)).refusal()).isEqualTo(SignatureRefusal.KEY_USAGE);

        answer.set(response(false, true, false, "SIGN", "900101300017"));
        assertThat(verifier.verify(SignatureRequest.attached(cms, null)).refusal()).isEqualTo(SignatureRefusal.INTEGRITY);

        answer.set(response(true, true, false, "SIGN", "851231400120"));
        assertThat(verifier.verify(SignatureRequest.attached(cms, "900101300017")).refusal()).isEqualTo(SignatureRefusal.IIN_MISMATCH);
    }

    @Test
    void anUnreachableNcaNodeIsReportedAsUnavailable() {
        stub.stop(0);
        SignatureCheck check = verifier.verify(SignatureRequest.attached(new byte[]{0x30, 0x00}, null));
        assertThat(check.refusal()).isEqualTo(SignatureRefusal.VERIFIER_UNAVAILABLE);
    }
}
