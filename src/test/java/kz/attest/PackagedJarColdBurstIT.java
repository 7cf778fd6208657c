package kz.attest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The packaged application never hangs on a cold burst (issue 12 ¶3): the jar built by {@code package} is started
 * several times in a row, each time a fresh JVM, and each time the very first requests it serves are a burst of
 * concurrent ones at several pages at once — home, sign-in, a workstation's start page, static assets, the exam API,
 * the OpenAPI document — released together by a latch. (Not the health probes: liveness reads BROKEN until the
 * started event, a moment after the "Started" line the test waits for.) Every request must be answered (any status but a 5xx) within a bounded time;
 * a request still waiting then is the deadlock of virtual threads pinned by class loading through the nested-jar
 * class loader (Spring Boot issue #51463), and the test dumps the threads and fails.
 * <p>
 * Run by maven-failsafe in {@code verify}, after {@code package}. The database is created by the first start and
 * reused by the next ones, so only the first pays for the migrations. {@code -Dattest.cold-starts=N} (default 3)
 * and {@code -Dattest.burst=N} (default 32) widen the soak.
 */
class PackagedJarColdBurstIT {

    private static final int COLD_STARTS = Integer.getInteger("attest.cold-starts", 3);
    private static final int BURST = Integer.getInteger("attest.burst", 32);
    private static final Duration START_LIMIT = Duration.ofMinutes(4);
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(60);

    private static Path dataDir;

    @BeforeAll
    static void dataDirectory() throws IOException {
        dataDir = Files.createTempDirectory("attest-cold-burst-");
    }

    @AfterAll
    static void removeDataDirectory() throws IOException {
        if (dataDir != null) {
            try (Stream<Path> files = Files.walk(dataDir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    void everyColdStartAnswersABurstOfConcurrentFirstRequests() throws Exception {
        Path jar = packagedJar();
        for (int start = 1; start <= COLD_STARTS; start++) {
            int port = freePort();
            Path log = Files.createDirectories(Path.of("target", "cold-burst")).resolve("app-" + start + ".log");
            Process app = new ProcessBuilder(javaExecutable(), "-jar", jar.toString(),
                    "--server.address=127.0.0.1", "--server.port=" + port, "--attest.data-dir=" + dataDir,
                    "--attest.delivery.deadline-sweep=PT1H",
                    // no warm-up of the exam pages: the burst is the JVM's very first requests, as cold as it gets
                    "--attest.delivery.warm-up.pages=0")
                    .redirectErrorStream(true).start();
            CountDownLatch started = copyLogAndWatchForStart(app, log);
            try {
                awaitStarted(app, started, port, log);
                burst(app, port, start, log);
            } finally {
                stop(app);
            }
        }
    }

    /** Every request of the burst waits at one latch, so they hit the fresh JVM together. */
    private void burst(Process app, int port, int start, Path log) throws Exception {
        String base = "http://127.0.0.1:" + port;
        List<String> paths = List.of("/", "/login", "/exam/seat/" + UUID.randomUUID(), "/css/attest.css",
                "/css/delivery/exam.css", "/js/delivery/exam.js", "/webjars/htmx.org/2.0.10/dist/htmx.min.js",
                "/api/v1/exam/attempts/" + UUID.randomUUID(), "/exam/trials", "/v3/api-docs");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        CountDownLatch ready = new CountDownLatch(BURST);
        CountDownLatch go = new CountDownLatch(1);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(BURST)) {
            for (int i = 0; i < BURST; i++) {
                String path = paths.get(i % paths.size());
                CompletableFuture<String> answer = new CompletableFuture<>();
                answers.add(answer);
                threads.execute(() -> {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path)).timeout(ANSWER_LIMIT).build();
                    ready.countDown();
                    try {
                        go.await();
                        int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        answer.complete(path + " " + status);
                    } catch (Exception e) {
                        answer.completeExceptionally(new IllegalStateException(path + ": " + e, e));
                    }
                });
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            for (CompletableFuture<String> answer : answers) {
                String got;
                try {
                    got = answer.get(ANSWER_LIMIT.toSeconds() + 10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    dumpThreads(app, log);
                    fail("cold start " + start + ": a request of the first burst was not answered (" + e.getMessage()
                            + "); threads dumped beside " + log, e);
                    return;
                }
                int status = Integer.parseInt(got.substring(got.lastIndexOf(' ') + 1));
                assertThat(status).as("cold start %d: %s", start, got).isLessThan(500);
            }
        }
        assertThat(app.isAlive()).isTrue();
    }

    private static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("attest-kz-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("run after package: no target/attest-kz-*.jar"));
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Copies the application's output to its log; the latch opens at the "Started" line, before any request. */
    private static CountDownLatch copyLogAndWatchForStart(Process app, Path log) {
        CountDownLatch started = new CountDownLatch(1);
        Thread.ofPlatform().daemon().name("app-log").start(() -> {
            try (var in = app.inputReader(); var out = Files.newBufferedWriter(log)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    out.write(line);
                    out.newLine();
                    out.flush();
                    if (line.contains("Started AttestApplication")) {
                        started.countDown();
                    }
                }
            } catch (IOException e) {
                // the process ended: nothing more to copy
            }
        });
        return started;
    }

    private static void awaitStarted(Process app, CountDownLatch started, int port, Path log) throws Exception {
        if (!started.await(START_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            fail("the application did not start within " + START_LIMIT + " on port " + port + " (alive: "
                    + app.isAlive() + "):\n" + tail(log));
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** Platform threads into the application's log, every thread (virtual ones too) into a JSON file beside it. */
    private static void dumpThreads(Process app, Path log) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        new ProcessBuilder(jcmd, Long.toString(app.pid()), "Thread.print").inheritIO().start().waitFor(30, TimeUnit.SECONDS);
        Path json = log.resolveSibling(log.getFileName() + ".threads.json").toAbsolutePath();
        Files.deleteIfExists(json);
        new ProcessBuilder(jcmd, Long.toString(app.pid()), "Thread.dump_to_file", "-format=json", json.toString())
                .inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }

    private static void stop(Process app) throws Exception {
        app.destroy();
        if (!app.waitFor(60, TimeUnit.SECONDS)) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }
}
