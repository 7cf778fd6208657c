package kz.attest.signature;

import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;

import static kz.attest.Json.JSON;

/**
 * A stand-in for the NCALayer desktop application, for development, demonstrations and browser tests: a WebSocket
 * server on {@code ws://127.0.0.1:13579} that answers NCALayer's {@code kz.gov.pki.knca.basics} {@code sign} requests
 * by signing with keys from PKCS#12 files. Pages talk to it exactly as they talk to a real NCALayer.
 *
 * <pre>java -jar attest-kz.jar signer --p12 signing.p12 [--p12 auth.p12] [--password PW] [--port 13579]</pre>
 */
public final class DevelopmentSigner extends WebSocketServer {

    private static final Logger log = LoggerFactory.getLogger(DevelopmentSigner.class);

    private final List<Key> keys;

    public DevelopmentSigner(InetSocketAddress address, List<Key> keys) {
        super(address);
        this.keys = List.copyOf(keys);
        setReuseAddr(true);
    }

    /** Registered as the {@code signer} command of the application jar. */
    public static final class Command implements kz.attest.CommandLineTool {
        @Override
        public String name() {
            return "signer";
        }

        @Override
        public void run(String[] args) throws Exception {
            DevelopmentSigner.main(args);
        }
    }

    /** Command-line entry: {@code signer --p12 FILE [--p12 FILE] [--password PW] [--host H] [--port N]}. */
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        String password = System.getenv().getOrDefault("ATTEST_SIGNER_PASSWORD", "attest-demo");
        String host = "127.0.0.1";
        int port = 13579;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--p12" -> files.add(Path.of(args[++i]));
                case "--password" -> password = args[++i];
                case "--host" -> host = args[++i];
                case "--port" -> port = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("Unknown option " + args[i]
                        + "; usage: signer --p12 FILE [--p12 FILE] [--password PW] [--host H] [--port N]");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("usage: signer --p12 FILE [--p12 FILE] [--password PW] [--port N]");
        }
        List<Key> keys = new ArrayList<>();
        for (Path file : files) {
            keys.addAll(Key.load(file, password.toCharArray()));
        }
        DevelopmentSigner signer = new DevelopmentSigner(new InetSocketAddress(host, port), keys);
        signer.start();
        log.info("Development signer (NCALayer protocol) listening on ws://{}:{} with {} key(s)", host, port, keys.size());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                signer.stop(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        // NCALayer greets every connection with its version
        connection.send("{\"result\":{\"version\":\"1.4\"}}");
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        connection.send(answer(message));
    }

    /** Answers one NCALayer request (exposed for tests). */
    String answer(String message) {
        JsonNode request;
        try {
            request = JSON.readTree(message);
        } catch (RuntimeException e) {
            return error("400", "malformed request");
        }
        if (!"kz.gov.pki.knca.basics".equals(request.path("module").asString(""))
                || !"sign".equals(request.path("method").asString(""))) {
            return error("404", "unknown module or method");
        }
        JsonNode args = request.path("args");
        List<String> oids = new ArrayList<>();
        args.path("signerParams").path("extKeyUsageOids").forEach(n -> oids.add(n.asString()));
        Key key = keys.stream().filter(k -> k.matches(oids)).findFirst().orElse(null);
        if (key == null) {
            // the user closes NCALayer's dialog when no suitable key is offered: NCALayer answers with an empty body
            return "{\"status\":true,\"body\":{}}";
        }
        boolean decode = args.path("signingParams").path("decode").asBoolean(true);
        boolean encapsulate = args.path("signingParams").path("encapsulate").asBoolean(true);
        JsonNode data = args.path("data");
        try {
            ObjectNode answer = JSON.createObjectNode();
            answer.put("status", true);
            ObjectNode body = answer.putObject("body");
            if (data.isArray()) {
                var results = body.putArray("result");
                for (JsonNode item : data) {
                    results.add(key.sign(bytes(item.asString(), decode), encapsulate));
                }
            } else {
                body.put("result", key.sign(bytes(data.asString(), decode), encapsulate));
            }
            return JSON.writeValueAsString(answer);
        } catch (IllegalArgumentException e) {
            return error("400", "data is not base64");
        } catch (GeneralSecurityException | CMSException | OperatorCreationException | IOException e) {
            return error("500", "signing failed");
        }
    }

    private static byte[] bytes(String data, boolean decode) {
        return decode ? Base64.getDecoder().decode(data) : data.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String error(String code, String message) {
        ObjectNode node = JSON.createObjectNode();
        node.put("status", false);
        node.put("code", code);
        node.put("message", message);
        return JSON.writeValueAsString(node);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        // nothing to release
    }

    @Override
    public void onError(WebSocket connection, Exception e) {
        log.warn("Development signer connection error: {}", e.getMessage());
    }

    @Override
    public void onStart() {
        // ready
    }

    /** One key from a PKCS#12 file, with its chain. */
    public record Key(PrivateKey privateKey, List<X509Certificate> chain) {

        static List<Key> load(Path file, char[] password) throws IOException, GeneralSecurityException {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(file)) {
                store.load(in, password);
            }
            List<Key> keys = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    List<X509Certificate> chain = Arrays.stream(store.getCertificateChain(alias))
                            .map(X509Certificate.class::cast).toList();
                    keys.add(new Key((PrivateKey) store.getKey(alias, password), chain));
                }
            }
            return keys;
        }

        boolean matches(List<String> extendedKeyUsages) {
            if (extendedKeyUsages.isEmpty()) {
                return true;
            }
            try {
                List<String> usages = chain.getFirst().getExtendedKeyUsage();
                return usages != null && usages.containsAll(extendedKeyUsages);
            } catch (CertificateParsingException e) {
                return false;
            }
        }

        String sign(byte[] data, boolean encapsulate) throws GeneralSecurityException, CMSException,
                OperatorCreationException, IOException {
            String algorithm = "EC".equals(privateKey.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .build(new JcaContentSignerBuilder(algorithm).build(privateKey), chain.getFirst()));
            generator.addCertificates(new JcaCertStore(chain.size() > 1 ? chain.subList(0, chain.size() - 1) : chain));
            byte[] cms = generator.generate(new CMSProcessableByteArray(data), encapsulate).getEncoded();
            return "-----BEGIN CMS-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
                    .encodeToString(cms) + "\n-----END CMS-----";
        }
    }
}
