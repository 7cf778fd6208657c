package kz.attest.delivery;

import kz.attest.testing.Benchmarks;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: the load generator of the separate-process save benchmark ({@code scripts/save-benchmark.sh}, README
 * "Benchmarks"). It runs in its own JVM against a platform started as its own process (the packaged jar on an
 * embedded PostgreSQL in {@code --data-dir}). It seeds N checked-in candidates straight into the delivery tables (what
 * a proctor's check-in leaves there: a sitting with a one-time code and waiting stages), then, over HTTP on loopback
 * only, opens every candidate's workstation with the code, chooses the language and starts stage 1 (the server
 * assembles a 100-question form), saves 5 unmeasured warm-up answers per candidate and finally lets every candidate
 * (one virtual thread each) save M answers back to back. It prints saves/s, p50, p95, p99, max and errors. Bounded:
 * N × (M + 5) saves at most, every save times out after 30 s (a setup request after 120 s), and the measured round stops issuing requests
 * after {@code --max-seconds}.
 * <p>
 * Needs only the JDK and the PostgreSQL JDBC driver on its class path.
 */
public final class SaveLoadGenerator {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    // the container's cookie, or Spring Session's in the packaged application (sessions in the database)
    private static final Pattern SESSION = Pattern.compile("(?:JSESSIONID|SESSION)=[^;]+");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration SETUP_TIMEOUT = Duration.ofSeconds(120);
    private static final int WARM_UP_FROM = 91;
    private static final int WARM_UP_ANSWERS = 5;

    private SaveLoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        if (!"127.0.0.1".equals(base.getHost()) && !"localhost".equals(base.getHost()) && !"[::1]".equals(base.getHost())) {
            throw new IllegalArgumentException("The benchmark drives loopback only, not " + base.getHost());
        }
        Path dataDir = Path.of(options.getOrDefault("data-dir", "./data"));
        int candidates = Integer.parseInt(options.getOrDefault("candidates", "500"));
        int answers = Integer.parseInt(options.getOrDefault("answers", "20"));
        long maxSeconds = Long.parseLong(options.getOrDefault("max-seconds", "600"));
        int setupConcurrency = Integer.parseInt(options.getOrDefault("setup-concurrency", "16"));
        if (answers < 1 || answers > 90 || candidates < 1 || candidates > 20_000) {
            throw new IllegalArgumentException("1 ≤ candidates ≤ 20000 and 1 ≤ answers ≤ 90");
        }

        List<Seated> seeded = seed(dataDir, candidates);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

        long prepared = System.nanoTime();
        List<Candidate> ready = new ArrayList<>();
        AtomicInteger setupFailures = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore setup = new Semaphore(setupConcurrency);
            List<Future<Candidate>> futures = new ArrayList<>();
            for (Seated seated : seeded) {
                futures.add(threads.submit(() -> {
                    setup.acquire();
                    try {
                        return open(http, base, seated);
                    } catch (Exception e) {
                        if (setupFailures.incrementAndGet() <= 3) {
                            System.err.println("Could not open a workstation: " + e);
                        }
                        return null;
                    } finally {
                        setup.release();
                    }
                }));
            }
            for (Future<Candidate> future : futures) {
                Candidate candidate = future.get();
                if (candidate != null) {
                    ready.add(candidate);
                }
            }
        }
        System.out.printf("Prepared %d of %d candidates (workstation start with the code, language, stage 1 with a "
                + "100-question form, all over HTTP) in %d ms%n", ready.size(), candidates, (System.nanoTime() - prepared) / 1_000_000);
        if (ready.isEmpty()) {
            throw new IllegalStateException("No candidate could start");
        }

        Result warmUp = round(http, base, ready, WARM_UP_FROM, WARM_UP_ANSWERS, maxSeconds);
        System.out.printf("Warm-up: %d saves, %d errors (not measured)%n", warmUp.sorted().length, warmUp.errors());
        Result measured = round(http, base, ready, 1, answers, maxSeconds);
        print(ready.size(), answers, measured);
        System.exit(measured.errors() == 0 && setupFailures.get() == 0 ? 0 : 1);
    }

    /** What a proctor's check-in leaves in the delivery tables: a sitting with a one-time code, stages waiting. */
    private static List<Seated> seed(Path dataDir, int candidates) throws Exception {
        List<String> pid = Files.readAllLines(dataDir.resolve("pgdata").resolve("postmaster.pid"));
        String url = "jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/postgres";
        SecureRandom random = new SecureRandom();
        List<Seated> seated = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "postgres", "postgres")) {
            db.setAutoCommit(false);
            try (PreparedStatement sitting = db.prepareStatement("""
                    INSERT INTO delivery_sitting (id, session_id, account_id, iin, full_name, service, centre_id, hall_id,
                        seat_id, seat_label, allowed_ip_ranges, code_hash, state, checked_in_at)
                    VALUES (?, ?, ?, ?, ?, 'ADVOCATE_ATTESTATION', 'tc-almaty', ?, ?, ?, '', ?, 'CHECKED_IN', ?)""");
                 PreparedStatement attempt = db.prepareStatement("""
                         INSERT INTO delivery_attempt (id, sitting_id, stage, state, duration_seconds)
                         VALUES (?, ?, ?, 'WAITING', ?)""")) {
                UUID session = UUID.randomUUID();
                UUID hall = UUID.randomUUID();
                for (int i = 0; i < candidates; i++) {
                    if (i % 100 == 0) {
                        hall = UUID.randomUUID();
                    }
                    UUID sittingId = UUID.randomUUID();
                    UUID seat = UUID.randomUUID();
                    UUID stage1 = UUID.randomUUID();
                    String code = String.format("%08d", random.nextInt(100_000_000));
                    String iin = String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L));
                    sitting.setObject(1, sittingId);
                    sitting.setObject(2, session);
                    sitting.setLong(3, 1_000_000L + i);
                    sitting.setString(4, iin);
                    sitting.setString(5, "Benchmark Candidate " + i);
                    sitting.setObject(6, hall);
                    sitting.setObject(7, seat);
                    sitting.setString(8, "B-" + (i % 100 + 1));
                    sitting.setString(9, sha256Hex(code + "/" + sittingId));
                    sitting.setTimestamp(10, Timestamp.from(Instant.now()));
                    sitting.addBatch();
                    attempt.setObject(1, stage1);
                    attempt.setObject(2, sittingId);
                    attempt.setInt(3, 1);
                    attempt.setInt(4, 90 * 60);
                    attempt.addBatch();
                    seated.add(new Seated(seat, code + "/" + sittingId, stage1));
                }
                sitting.executeBatch();
                attempt.executeBatch();
            }
            db.commit();
        }
        return seated;
    }

    private static Candidate open(HttpClient http, URI base, Seated seated) throws Exception {
        HttpResponse<String> page = http.send(get(base, "/exam/seat/" + seated.seat()), HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on the workstation page: " + page.statusCode());
        }
        String token = csrf.group(1);
        String session = cookie(page, null);
        HttpResponse<String> started = http.send(form(base, "/exam/seat/" + seated.seat() + "/start", session, token,
                "code=" + java.net.URLEncoder.encode(seated.code(), StandardCharsets.UTF_8)), HttpResponse.BodyHandlers.ofString());
        session = cookie(started, session);
        expectRedirect(started);
        expectRedirect(http.send(form(base, "/exam/language", session, token, "language=ru"),
                HttpResponse.BodyHandlers.ofString()));
        expectOk(http.send(form(base, "/exam/stages/1/start", session, token, ""),
                HttpResponse.BodyHandlers.ofString())); // the Start answers with the first question's page
        return new Candidate(seated.attempt(), session, token);
    }

    private record Result(long[] sorted, long elapsedNanos, int errors, int notIssued) {
    }

    /** Every candidate saves {@code answers} answers back to back from position {@code from}; stops issuing at the bound. */
    private static Result round(HttpClient http, URI base, List<Candidate> candidates, int from, int answers,
                                long maxSeconds) throws Exception {
        long[] latencies = new long[candidates.size() * answers];
        AtomicInteger index = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger notIssued = new AtomicInteger();
        AtomicLong firstError = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        long began;
        long stopAt;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            long[] bound = new long[1];
            for (Candidate candidate : candidates) {
                threads.submit(() -> {
                    start.await();
                    for (int q = from; q < from + answers; q++) {
                        if (System.nanoTime() > bound[0]) {
                            notIssued.addAndGet(from + answers - q);
                            return null;
                        }
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = save(http, base, candidate, q, q % 3, q);
                        } catch (Exception e) {
                            status = -1;
                            if (firstError.compareAndSet(0, 1)) {
                                System.err.println("Save failed: " + e);
                            }
                        }
                        latencies[index.getAndIncrement()] = System.nanoTime() - t0;
                        if (status != 200) {
                            if (errors.incrementAndGet() == 1 && status > 0) {
                                System.err.println("Save refused with HTTP " + status);
                            }
                        }
                    }
                    return null;
                });
            }
            began = System.nanoTime();
            stopAt = began + TimeUnit.SECONDS.toNanos(maxSeconds);
            bound[0] = stopAt;
            start.countDown();
        }
        long elapsed = System.nanoTime() - began;
        long[] sorted = Arrays.copyOf(latencies, index.get());
        Arrays.sort(sorted);
        if (notIssued.get() > 0) {
            System.out.printf("Time bound of %d s reached: %d saves not issued%n", maxSeconds, notIssued.get());
        }
        return new Result(sorted, elapsed, errors.get(), notIssued.get());
    }

    private static void print(int candidates, int answers, Result r) {
        long[] sorted = r.sorted();
        System.out.printf("Saves over HTTP from a separate process: %d candidates x %d answers = %d saves in %d ms = "
                        + "%.0f saves/s; latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; errors %d%n",
                candidates, answers, sorted.length, r.elapsedNanos() / 1_000_000,
                sorted.length / (r.elapsedNanos() / 1e9), Benchmarks.millis(sorted, 0.50), Benchmarks.millis(sorted, 0.95), Benchmarks.millis(sorted, 0.99),
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, r.errors());
    }

    private static int save(HttpClient http, URI base, Candidate candidate, int position, int option, long seq)
            throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/exam/attempts/" + candidate.attempt()
                        + "/answers/" + position)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json").header("Cookie", candidate.session())
                .header("X-CSRF-TOKEN", candidate.csrf())
                .PUT(HttpRequest.BodyPublishers.ofString("{\"option\":" + option + ",\"seq\":" + seq + "}")).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest get(URI base, String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(SETUP_TIMEOUT).GET().build();
    }

    private static HttpRequest form(URI base, String path, String session, String csrf, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(SETUP_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", session).header("X-CSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String cookie(HttpResponse<?> response, String previous) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            Matcher m = SESSION.matcher(header);
            if (m.find()) {
                return m.group();
            }
        }
        if (previous == null) {
            throw new IllegalStateException("No session cookie (HTTP " + response.statusCode() + ")");
        }
        return previous;
    }

    private static void expectOk(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Expected a page, got " + response.statusCode());
        }
    }

    private static void expectRedirect(HttpResponse<String> response) {
        if (response.statusCode() / 100 != 3) {
            throw new IllegalStateException("Expected a redirect, got " + response.statusCode());
        }
    }

    private static String sha256Hex(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--") || !arg.contains("=")) {
                throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
            }
            options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
        }
        return options;
    }

    private record Seated(UUID seat, String code, UUID attempt) {
    }

    private record Candidate(UUID attempt, String session, String csrf) {
    }
}
