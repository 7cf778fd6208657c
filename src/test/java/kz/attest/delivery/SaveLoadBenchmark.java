package kz.attest.delivery;

import kz.attest.testing.Benchmarks;
import kz.attest.AttestApplication;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test (surefire does not pick it up): starts the application on a fresh embedded PostgreSQL, checks in N
 * candidates (default 500), opens each one's workstation and stage 1 over HTTP, then lets every candidate save
 * answers back to back over loopback (JDK HttpClient, one virtual thread per candidate) and prints saves per second
 * and the p50 / p95 / p99 latency of a save. Arguments: {@code [candidates] [answersPerCandidate]}. How to run it:
 * README.md, "Benchmarks".
 */
public final class SaveLoadBenchmark {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private SaveLoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int candidates = Benchmarks.intArg(args, 0, 500);
        int answers = Benchmarks.intArg(args, 1, 20);
        Path data = Files.createTempDirectory("attest-save-benchmark");
        ConfigurableApplicationContext context = SpringApplication.run(AttestApplication.class,
                "--server.port=0", "--attest.data-dir=" + data, "--logging.level.root=WARN",
                "--logging.level.kz.attest=WARN");
        try {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            String base = "http://127.0.0.1:" + port;
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));

            long prepared = System.nanoTime();
            List<Candidate> seated = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                Semaphore setup = new Semaphore(16);
                List<Future<Candidate>> futures = new ArrayList<>();
                for (int i = 0; i < candidates; i++) {
                    CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2),
                            HallPolicy.open());
                    tx.executeWithoutResult(status -> context.publishEvent(checkIn));
                    futures.add(threads.submit(() -> {
                        setup.acquire();
                        try {
                            return open(http, base, checkIn, context.getBean(JdbcClient.class));
                        } finally {
                            setup.release();
                        }
                    }));
                }
                for (Future<Candidate> future : futures) {
                    seated.add(future.get());
                }
            }
            System.out.printf("Prepared %d candidates (check-in, workstation start, stage 1 with a 100-question form) in %d ms%n",
                    candidates, (System.nanoTime() - prepared) / 1_000_000);

            round(http, base, seated, 91, 5); // warm-up: positions 91-95, not measured
            Result overHttp = round(http, base, seated, 1, answers);
            print("over HTTP (loopback)", candidates, answers, overHttp);

            AnswerSaves saves = context.getBean(AnswerSaves.class);
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            List<SeatSession> seats = new ArrayList<>();
            for (Candidate candidate : seated) {
                seats.add(jdbc.sql("""
                                SELECT s.id, s.token_hash FROM delivery_sitting s JOIN delivery_attempt a ON a.sitting_id = s.id
                                WHERE a.id = ?""").param(candidate.attempt())
                        .query((rs, n) -> new SeatSession(rs.getObject(1, UUID.class), rs.getString(2), null, List.of(), false, null))
                        .single());
            }
            Result direct = direct(saves, seated, seats, 41, answers);
            print("through the service (no HTTP)", candidates, answers, direct);
            long stored = jdbc.sql("SELECT count(*) FROM delivery_answer").query(Long.class).single();
            System.out.printf("%d answers stored%n", stored);
        } finally {
            context.close();
        }
    }


    private record Result(long[] sorted, long elapsedNanos, int failures) {
    }

    private static Result round(HttpClient http, String base, List<Candidate> seated, int from, int answers)
            throws Exception {
        return measure(seated.size() * answers, (i, latencies, index, failures) -> {
            Candidate candidate = seated.get(i);
            for (int q = from; q < from + answers; q++) {
                long t0 = System.nanoTime();
                int status = save(http, base, candidate, q, q % 3, q);
                latencies[index.getAndIncrement()] = System.nanoTime() - t0;
                if (status != 200) {
                    failures.incrementAndGet();
                }
            }
        }, seated.size());
    }

    private static Result direct(AnswerSaves saves, List<Candidate> seated, List<SeatSession> seats, int from,
                                 int answers) throws Exception {
        return measure(seated.size() * answers, (i, latencies, index, failures) -> {
            for (int q = from; q < from + answers; q++) {
                long t0 = System.nanoTime();
                try {
                    saves.save(seats.get(i), seated.get(i).attempt(), q, q % 3, q);
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                }
                latencies[index.getAndIncrement()] = System.nanoTime() - t0;
            }
        }, seated.size());
    }

    private interface Work {
        void run(int candidate, long[] latencies, AtomicInteger index, AtomicInteger failures) throws Exception;
    }

    private static Result measure(int saves, Work work, int candidates) throws Exception {
        long[] latencies = new long[saves];
        AtomicInteger index = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        long began;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < candidates; i++) {
                int candidate = i;
                threads.submit(() -> {
                    start.await();
                    work.run(candidate, latencies, index, failures);
                    return null;
                });
            }
            began = System.nanoTime();
            start.countDown();
        }
        long elapsed = System.nanoTime() - began;
        long[] sorted = Arrays.copyOf(latencies, index.get());
        Arrays.sort(sorted);
        return new Result(sorted, elapsed, failures.get());
    }

    private static void print(String how, int candidates, int answers, Result r) {
        long[] sorted = r.sorted();
        System.out.printf("%s: %d candidates x %d answers = %d saves in %d ms = %.0f saves/s; latency p50 %.1f ms, "
                        + "p95 %.1f ms, p99 %.1f ms, max %.1f ms; %d refused or failed%n",
                how, candidates, answers, sorted.length, r.elapsedNanos() / 1_000_000,
                sorted.length / (r.elapsedNanos() / 1e9), Benchmarks.millis(sorted, 0.50), Benchmarks.millis(sorted, 0.95), Benchmarks.millis(sorted, 0.99),
                sorted[sorted.length - 1] / 1e6, r.failures());
    }

    static Candidate open(HttpClient http, String base, CandidateCheckedIn checkIn, JdbcClient jdbc)
            throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base + "/exam/seat/" + checkIn.seatId()))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the workstation page: " + page.statusCode());
        }
        String token = csrf.group(1);
        String session = cookie(page, null);
        HttpResponse<String> started = http.send(form(base + "/exam/seat/" + checkIn.seatId() + "/start", session,
                token, "code=" + checkIn.workstationCode()), HttpResponse.BodyHandlers.ofString());
        session = cookie(started, session);
        expectRedirect(started);
        expectRedirect(http.send(form(base + "/exam/language", session, token, "language=ru"),
                HttpResponse.BodyHandlers.ofString()));
        expectOk(http.send(form(base + "/exam/stages/1/start", session, token, ""),
                HttpResponse.BodyHandlers.ofString())); // the Start answers with the first question's page
        UUID attempt = jdbc.sql("SELECT id FROM delivery_attempt WHERE sitting_id = ? AND stage = 1")
                .param(checkIn.sittingId()).query(UUID.class).single();
        return new Candidate(attempt, session, token);
    }

    private static int save(HttpClient http, String base, Candidate candidate, int position, int option, long seq)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/exam/attempts/" + candidate.attempt()
                        + "/answers/" + position))
                .header("Content-Type", "application/json").header("Cookie", "JSESSIONID=" + candidate.session())
                .header("X-CSRF-TOKEN", candidate.csrf())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"option\":" + option + ",\"seq\":" + seq + "}")).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest form(String url, String session, String csrf, String body) {
        return HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session).header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String cookie(HttpResponse<?> response, String previous) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                return m.group(1);
            }
        }
        if (previous == null) {
            throw new IllegalStateException("No session cookie");
        }
        return previous;
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Expected a page, got " + response.statusCode() + ": " + response.body());
        }
    }

    private static void expectRedirect(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException("Expected a redirect, got " + response.statusCode() + ": " + response.body());
        }
    }

    record Candidate(UUID attempt, String session, String csrf) {
    }
}
