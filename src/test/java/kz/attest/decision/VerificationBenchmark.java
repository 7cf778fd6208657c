package kz.attest.decision;

import kz.attest.testing.Benchmarks;
import kz.attest.testing.SignedIn;
import kz.attest.AttestApplication;
import kz.attest.identity.Accounts;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 10 performance: the public verification page under concurrent clients. N clients (default 50), each with
 * its own HTTP connection, request {@code GET /verify?number=…&code=…} (the URL in a signed decision's QR code; the
 * page checks the code and validates the PAdES signature with DSS each time) back to back for a number of rounds
 * after a warm-up; the main prints the median, p95, p99 and maximum latency, the throughput and the status codes.
 * A main in the test sources, not a test:
 * <pre>
 * java -cp ... kz.attest.decision.VerificationBenchmark [clients=50] [requests-per-client=40] [verify-url]
 * </pre>
 * With a {@code verify-url} (the QR code's URL of a signed decision) it loads the running application there — whose
 * {@code attest.decision.verify-requests-per-minute} must allow the load, or most answers are 429. Without one it
 * starts the application itself (no Spring test support: {@link SpringApplication} on a free port, embedded
 * PostgreSQL in a temporary data directory, the per-address limit raised), has the demonstration officer draw up and
 * the head sign one decision, and reads its URL from the signed PDF's QR code.
 */
public final class VerificationBenchmark {

    private VerificationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int clients = Benchmarks.intArg(args, 0, 50);
        int perClient = Benchmarks.intArg(args, 1, 40);
        ConfigurableApplicationContext context = null;
        int exit = 1;
        try {
            String url;
            if (args.length > 2) {
                url = args[2];
            } else {
                Path data = Files.createTempDirectory("attest-verify-benchmark");
                context = new SpringApplication(AttestApplication.class).run("--server.port=0",
                        "--attest.data-dir=" + data, "--attest.decision.verify-requests-per-minute=100000000",
                        "--logging.level.root=WARN");
                url = signedDecision(context);
            }
            System.out.println("verifying " + url.replaceAll("code=[0-9a-f]+", "code=…"));
            run(url, clients, perClient);
            exit = 0;
        } finally {
            if (context != null) {
                context.close();
            }
            System.exit(exit);   // the embedded database's and the HTTP clients' threads
        }
    }

    private static void run(String url, int clients, int perClient) throws Exception {
        URI uri = URI.create(url);
        List<HttpClient> connections = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            connections.add(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
        }
        // warm-up: every client once, then a few rounds, so that the JIT and DSS's caches are warm
        load(connections, uri, Math.max(2, perClient / 10), null);
        long[] latencies = new long[clients * perClient];
        AtomicInteger[] statuses = new AtomicInteger[6];
        Arrays.setAll(statuses, i -> new AtomicInteger());
        long started = System.nanoTime();
        load(connections, uri, perClient, new Recorder(latencies, statuses, perClient));
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        System.out.printf(Locale.ROOT, "%d clients x %d requests = %d in %.1f s: %.1f requests/s; 2xx %d, 4xx %d, 5xx %d%n",
                clients, perClient, latencies.length, seconds, latencies.length / seconds, statuses[2].get(),
                statuses[4].get(), statuses[5].get());
        System.out.printf(Locale.ROOT, "latency: median %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                Benchmarks.millis(latencies, 0.5), Benchmarks.millis(latencies, 0.95), Benchmarks.millis(latencies, 0.99),
                Benchmarks.millis(latencies, 1.0));
    }

    private record Recorder(long[] latencies, AtomicInteger[] statuses, int perClient) {
    }

    /** All clients start together (a latch) and send their requests back to back. */
    private static void load(List<HttpClient> connections, URI uri, int rounds, Recorder recorder) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(connections.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < connections.size(); c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    start.await();
                    for (int r = 0; r < rounds; r++) {
                        long t0 = System.nanoTime();
                        HttpResponse<byte[]> response = connections.get(client).send(
                                HttpRequest.newBuilder(uri).header("Accept-Language", "ru").GET().build(),
                                HttpResponse.BodyHandlers.ofByteArray());
                        long took = System.nanoTime() - t0;
                        if (recorder != null) {
                            recorder.latencies()[client * recorder.perClient() + r] = took;
                            recorder.statuses()[Math.min(5, response.statusCode() / 100)].incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** One advocate's decision, drawn up by the demonstration officer and signed by the head with the server key. */
    private static String signedDecision(ConfigurableApplicationContext context) throws Exception {
        Accounts accounts = context.getBean(Accounts.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        String iin = DecisionFixtures.freshApplicant(accounts);
        long account = accounts.findByLoginName(iin).orElseThrow().accountId();
        long application = DecisionFixtures.admittedApplication(jdbc, account, "ADVOCATE_ATTESTATION", "dj-almaty",
                Instant.now());
        UUID sitting = UUID.randomUUID();
        DecisionFixtures.publish(context,
                context.getBean(TransactionTemplate.class),
                DecisionFixtures.scored(sitting, application, account, "ADVOCATE_ATTESTATION", 1, 85, true, Instant.now()),
                DecisionFixtures.completed(sitting, application, account, "ADVOCATE_ATTESTATION", true, Instant.now()));
        Outcomes outcomes = context.getBean(Outcomes.class);
        UserDetailsService users = context.getBean(UserDetailsService.class);
        UUID id = SignedIn.as(users, "officer", () -> outcomes.prepare(application).id());
        SignedIn.as(users, "head", () -> outcomes.sign(id));
        byte[] pdf = SignedIn.as(users, "head", () -> outcomes.file(id, true).content());
        String qr = OutcomeJourneyBrowserTests.qrCodeOf(pdf);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        URI uri = URI.create(qr);
        return "http://localhost:" + port + uri.getRawPath() + "?" + uri.getRawQuery();
    }

}
