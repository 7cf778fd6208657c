package kz.attest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Several nodes (issue 12, point 8): two instances of the packaged jar on loopback ports share one PostgreSQL behind
 * Debian's nginx, round-robin and without sticky sessions. A candidate's requests alternate between the nodes and the
 * attempt goes on undisturbed; a signed-in officer's session survives switching nodes (Spring Session JDBC); the
 * ShedLock-guarded scheduled jobs run on one node at a time; the proctor's console on either node sees the candidates
 * of both. Skipped with a notice when nginx is not installed ({@code .ci/run} installs it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIT {

    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");
    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");
    private static final String NODE_HEADER = "X-Attest-Node";

    private Path work;
    private EmbeddedPostgres postgres;
    private final List<Process> processes = new ArrayList<>();
    private int nodeA;
    private int nodeB;
    private int proxy;
    private Path logA;
    private Path logB;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private UUID hall;

    @BeforeAll
    void startTwoNodesBehindNginx() throws Exception {
        assumeTrue(Files.isExecutable(NGINX), "nginx is not installed (apt-get install nginx): the multi-node test is skipped");
        Path jar;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            jar = files.filter(p -> p.getFileName().toString().matches("attest-kz-.*\\.jar")).findFirst().orElse(null);
        }
        assumeTrue(jar != null, "no packaged jar in target/ (run through mvn verify)");
        work = Files.createTempDirectory("attest-multinode");
        postgres = EmbeddedPostgres.builder().setDataDirectory(work.resolve("pgdata")).setCleanDataDirectory(true)
                .setServerConfig("max_connections", "120").setPGStartupWait(Duration.ofSeconds(60)).start();
        logA = work.resolve("node-a.log");
        logB = work.resolve("node-b.log");
        // one after the other: the first migrates the schema and loads the demonstration data, the second finds them
        nodeA = freePort();
        processes.add(startNode(jar, nodeA, logA));
        awaitHealthy(nodeA, logA);
        nodeB = freePort();
        processes.add(startNode(jar, nodeB, logB));
        awaitHealthy(nodeB, logB);
        proxy = freePort();
        processes.add(startNginx());
        awaitHealthy(proxy, work.resolve("nginx-error.log"));
        hall = UUID.randomUUID();
    }

    @AfterAll
    void stopEverything() throws Exception {
        for (Process p : processes.reversed()) {
            p.destroy();
        }
        for (Process p : processes) {
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
        if (work != null) {
            try (Stream<Path> all = Files.walk(work)) {
                all.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void candidatesRequestsAlternateBetweenNodesAndTheAttemptGoesOn() throws Exception {
        Seated seated = seed("Candidate Through The Proxy");
        Browser candidate = new Browser(proxy);
        Page page = candidate.get("/exam/seat/" + seated.seat());
        page = candidate.post("/exam/seat/" + seated.seat() + "/start", hiddenCsrf(page), Map.of("code", seated.code()));
        page = candidate.post("/exam/language", hiddenCsrf(page), Map.of("language", "ru"));
        page = candidate.post("/exam/stages/1/start", hiddenCsrf(page), Map.of());
        assertThat(page.body()).contains("id=\"exam\"");
        for (int position = 1; position <= 10; position++) {
            String csrf = metaCsrf(page);
            int status = candidate.put("/api/v1/exam/attempts/" + seated.attempt() + "/answers/" + position, csrf,
                    "{\"option\":" + (position % 2) + ",\"seq\":" + position + "}");
            assertThat(status).as("save of question %d", position).isEqualTo(200);
            page = candidate.get("/exam/stages/1/questions/" + (position + 1));
            assertThat(page.status()).isEqualTo(200);
        }
        // the script's calls with the exam token, without a session cookie: a token sealed on one node opens on the other
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("data-exam-token=\"([^\"]+)\"").matcher(page.body());
        assertThat(token.find()).as("the question page hands its script an exam token").isTrue();
        List<String> tokenNodes = new ArrayList<>();
        for (int position = 11; position <= 14; position++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxy
                            + "/api/v1/exam/attempts/" + seated.attempt() + "/answers/" + position))
                    .header("Content-Type", "application/json").header("X-Exam-Token", token.group(1))
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"option\":1,\"seq\":" + position + "}"))
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as("token save of question %d", position).isEqualTo(200);
            r.headers().firstValue(NODE_HEADER).ifPresent(tokenNodes::add);
        }
        assertThat(tokenNodes).containsOnly("127.0.0.1:" + nodeA, "127.0.0.1:" + nodeB);
        String first = candidate.get("/api/v1/exam/attempts/" + seated.attempt()).body();
        String second = candidate.get("/api/v1/exam/attempts/" + seated.attempt()).body();
        assertThat(first).contains("\"state\":\"RUNNING\"").contains("\"answered\":14");
        assertThat(second).contains("\"state\":\"RUNNING\"").contains("\"answered\":14");

        List<String> nodes = candidate.nodes;
        assertThat(nodes).containsOnly("127.0.0.1:" + nodeA, "127.0.0.1:" + nodeB);
        for (int i = 1; i < nodes.size(); i++) {
            assertThat(nodes.get(i)).as("request %d went to the other node", i).isNotEqualTo(nodes.get(i - 1));
        }
        try (Connection db = database(); PreparedStatement q = db.prepareStatement(
                "SELECT count(*) FROM delivery_answer WHERE attempt_id = ?")) {
            q.setObject(1, seated.attempt());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(14); // 10 saves on the session, 4 with the exam token
            }
        }
    }

    @Test
    @Order(2)
    void signedInOfficersSessionSurvivesSwitchingNodes() throws Exception {
        Browser officer = new Browser(proxy);
        signIn(officer, "officer", "demo-officer-2026");
        for (int i = 0; i < 4; i++) {
            Page staff = officer.get("/staff");
            assertThat(staff.status()).as("the officer's page on %s", officer.lastNode()).isEqualTo(200);
            assertThat(staff.body()).doesNotContain("id=\"login-form\"");
        }
        assertThat(officer.nodes).contains("127.0.0.1:" + nodeA, "127.0.0.1:" + nodeB);
    }

    @Test
    @Order(3)
    void proctorsConsoleOnEitherNodeSeesBothNodesCandidates() throws Exception {
        Seated onA = seed("Candidate On Node A");
        Seated onB = seed("Candidate On Node B");
        startAndAnswer(new Browser(nodeA), onA, 2);
        startAndAnswer(new Browser(nodeB), onB, 3);
        for (int port : new int[]{nodeA, nodeB}) {
            Browser proctor = new Browser(port);
            signIn(proctor, "proctor", "demo-proctor-2026");
            Page seats = proctor.get("/proctor/halls/" + hall + "/live/seats");
            assertThat(seats.status()).isEqualTo(200);
            assertThat(seats.body()).contains("Candidate On Node A").contains("Candidate On Node B")
                    .contains("Candidate Through The Proxy");
        }
    }

    @Test
    @Order(4)
    void scheduledJobsUnderShedLockRunOnOneNodeAtATime() throws Exception {
        // the overdue-step job is due every 2 s on both nodes; once run it keeps its lock for at least a minute, so in
        // ten seconds both nodes try about ten times and at most one try runs it
        long fromA = Files.size(logA);
        long fromB = Files.size(logB);
        Thread.sleep(10_000);
        String window = tailFrom(logA, fromA) + tailFrom(logB, fromB);
        long runs = count(window, "Locked 'application-overdue-steps'");
        long refused = count(window, "Not executing 'application-overdue-steps'");
        assertThat(runs).as("runs of the overdue-step job on both nodes within 10 s").isLessThanOrEqualTo(1);
        assertThat(runs + refused).as("turns of both nodes within 10 s").isGreaterThanOrEqualTo(6);
        assertThat(count(tailFrom(logA, 0), "Not executing 'application-overdue-steps'")).isPositive();
        assertThat(count(tailFrom(logB, 0), "Not executing 'application-overdue-steps'")).isPositive();
    }

    @Test
    @Order(5)
    void eachNodeWarmsItsQuestionPageInTheBackground() throws Exception {
        // issue 12, the start burst: the packaged jar's default warm-up (600 pages, at most 60 s) on each node, with the
        // sessions in the shared PostgreSQL and the real security chain; once it is over the page answers no one
        java.util.regex.Pattern warmed = java.util.regex.Pattern.compile("Warmed the exam pages with (\\d+) requests");
        for (Path log : List.of(logA, logB)) {
            java.util.regex.Matcher line = warmed.matcher("");
            for (int waited = 0; waited < 90 && !line.reset(tailFrom(log, 0)).find(); waited++) {
                Thread.sleep(1_000);
            }
            assertThat(line.reset(tailFrom(log, 0)).find()).as("the warm-up's line in %s", log.getFileName()).isTrue();
            assertThat(Integer.parseInt(line.group(1))).as("pages the node served itself").isPositive();
            assertThat(tailFrom(log, 0)).doesNotContain("Warm-up of the exam pages stopped");
        }
        assertThat(new Browser(proxy).get("/exam/warm-up").status()).isEqualTo(404);
    }

    private static String tailFrom(Path log, long offset) throws IOException {
        byte[] all = Files.readAllBytes(log);
        return new String(all, (int) Math.min(offset, all.length), (int) Math.max(0, all.length - offset), StandardCharsets.UTF_8);
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private void startAndAnswer(Browser b, Seated seated, int answers) throws Exception {
        Page page = b.get("/exam/seat/" + seated.seat());
        page = b.post("/exam/seat/" + seated.seat() + "/start", hiddenCsrf(page), Map.of("code", seated.code()));
        page = b.post("/exam/language", hiddenCsrf(page), Map.of("language", "kk"));
        page = b.post("/exam/stages/1/start", hiddenCsrf(page), Map.of());
        for (int p = 1; p <= answers; p++) {
            assertThat(b.put("/api/v1/exam/attempts/" + seated.attempt() + "/answers/" + p, metaCsrf(page),
                    "{\"option\":1,\"seq\":" + p + "}")).isEqualTo(200);
        }
    }

    private void signIn(Browser b, String login, String password) throws Exception {
        Page form = b.get("/login");
        Page landed = b.post("/login", hiddenCsrf(form), Map.of("username", login, "password", password));
        assertThat(landed.status()).isEqualTo(200);
        assertThat(landed.body()).doesNotContain("id=\"login-form\"");
    }

    private record Seated(UUID seat, String code, UUID attempt) {
    }

    /** What a proctor's check-in leaves in the delivery tables (as bench/exam-load.sh seeds them). */
    private Seated seed(String name) throws Exception {
        UUID sitting = UUID.randomUUID();
        UUID seat = UUID.randomUUID();
        UUID attempt = UUID.randomUUID();
        String code = String.format("%08d", (int) (Math.random() * 100_000_000)) + "/" + sitting;
        try (Connection db = database()) {
            try (PreparedStatement s = db.prepareStatement("""
                    INSERT INTO delivery_sitting (id, session_id, account_id, iin, full_name, service, centre_id, hall_id,
                        seat_id, seat_label, allowed_ip_ranges, code_hash, state, checked_in_at)
                    VALUES (?, ?, ?, ?, ?, 'ADVOCATE_ATTESTATION', 'tc-almaty', ?, ?, 'M-1', '', ?, 'CHECKED_IN', ?)""")) {
                s.setObject(1, sitting);
                s.setObject(2, UUID.randomUUID());
                s.setLong(3, 50_000_000L + (long) (Math.random() * 1_000_000));
                s.setString(4, String.format("%012d", (long) (Math.random() * 1e12)));
                s.setString(5, name);
                s.setObject(6, hall);
                s.setObject(7, seat);
                s.setString(8, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(code.getBytes(StandardCharsets.UTF_8))));
                s.setTimestamp(9, Timestamp.from(Instant.now()));
                s.executeUpdate();
            }
            try (PreparedStatement a = db.prepareStatement(
                    "INSERT INTO delivery_attempt (id, sitting_id, stage, state, duration_seconds) VALUES (?, ?, 1, 'WAITING', 5400)")) {
                a.setObject(1, attempt);
                a.setObject(2, sitting);
                a.executeUpdate();
            }
        }
        return new Seated(seat, code, attempt);
    }

    private Connection database() throws Exception {
        return postgres.getPostgresDatabase().getConnection();
    }

    private Process startNode(Path jar, int port, Path log) throws IOException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-jar", jar.toString(), "--server.address=127.0.0.1", "--server.port=" + port,
                "--attest.data-dir=" + work.resolve("data"),
                "--attest.db.url=jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
                "--attest.db.user=postgres", "--attest.db.password=postgres", "--attest.demo-data=true",
                "--attest.application.overdue-cron=*/2 * * * * *", "--logging.level.root=WARN",
                "--logging.level.net.javacrumbs.shedlock=DEBUG", "--logging.level.kz.attest.delivery.ExamPagesWarmUp=INFO");
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private Process startNginx() throws IOException {
        Path prefix = Files.createDirectories(work.resolve("nginx"));
        String config = """
                %s
                worker_processes 1;
                daemon off;
                pid %s/nginx.pid;
                error_log %s/nginx-error.log;
                events { worker_connections 256; }
                http {
                    access_log off;
                    client_body_temp_path %s/body;
                    proxy_temp_path %s/proxy;
                    fastcgi_temp_path %s/fastcgi;
                    uwsgi_temp_path %s/uwsgi;
                    scgi_temp_path %s/scgi;
                    upstream attest {
                        server 127.0.0.1:%d;
                        server 127.0.0.1:%d;
                    }
                    server {
                        listen 127.0.0.1:%d;
                        location / {
                            proxy_pass http://attest;
                            proxy_set_header Host $http_host;
                            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                            add_header %s $upstream_addr always;
                        }
                    }
                }
                """.formatted("root".equals(System.getProperty("user.name")) ? "user root;" : "", prefix, work, prefix,
                prefix, prefix, prefix, prefix, nodeA, nodeB, proxy, NODE_HEADER);
        Path conf = prefix.resolve("nginx.conf");
        Files.writeString(conf, config);
        return new ProcessBuilder(NGINX.toString(), "-p", prefix.toString(), "-e", prefix.resolve("startup.log").toString(),
                "-c", conf.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("nginx.out").toFile()).start();
    }

    private void awaitHealthy(int port, Path log) throws Exception {
        long until = System.nanoTime() + Duration.ofMinutes(6).toNanos();
        while (System.nanoTime() < until) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/actuator/health")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("A process ended early; its log: " + tail(log));
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("No health on port " + port + " within 6 minutes: " + tail(log));
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no log)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static long count(String text, String needle) {
        return Pattern.compile(Pattern.quote(needle)).matcher(text).results().count();
    }

    private static String hiddenCsrf(Page page) {
        Matcher m = HIDDEN_CSRF.matcher(page.body());
        assertThat(m.find()).as("a form with a CSRF field on %s", page.url()).isTrue();
        return m.group(1);
    }

    private static String metaCsrf(Page page) {
        Matcher m = CSRF_META.matcher(page.body());
        assertThat(m.find()).as("the CSRF token of %s", page.url()).isTrue();
        return m.group(1);
    }

    /** A free port below the kernel's ephemeral range, so that no outgoing connection takes it meanwhile. */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = 20_000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(12_000);
            try (ServerSocket socket = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IOException("No free loopback port between 20000 and 32000");
    }

    private record Page(URI url, int status, String body) {
    }

    /** A browser on one entry point: its cookies, and the node that answered each request. */
    private final class Browser {
        final URI base;
        final Map<String, String> cookies = new LinkedHashMap<>();
        final List<String> nodes = new ArrayList<>();

        Browser(int port) {
            this.base = URI.create("http://127.0.0.1:" + port);
        }

        String lastNode() {
            return nodes.isEmpty() ? "?" : nodes.getLast();
        }

        Page get(String path) throws Exception {
            return follow(send(HttpRequest.newBuilder(base.resolve(path)).GET()), base.resolve(path));
        }

        Page post(String path, String csrf, Map<String, String> fields) throws Exception {
            StringBuilder body = new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
            fields.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return follow(send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type",
                    "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body.toString()))),
                    base.resolve(path));
        }

        int put(String path, String csrf, String json) throws Exception {
            return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                    .header("X-CSRF-TOKEN", csrf).PUT(HttpRequest.BodyPublishers.ofString(json))).statusCode();
        }

        private Page follow(HttpResponse<String> r, URI url) throws Exception {
            for (int hops = 0; r.statusCode() / 100 == 3 && hops < 5; hops++) {
                url = url.resolve(r.headers().firstValue("Location").orElseThrow());
                r = send(HttpRequest.newBuilder(url).GET());
            }
            return new Page(url, r.statusCode(), r.body());
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            if (!cookies.isEmpty()) {
                StringBuilder cookie = new StringBuilder();
                cookies.forEach((k, v) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(k).append('=').append(v));
                request.header("Cookie", cookie.toString());
            }
            HttpResponse<String> r = http.send(request.timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            r.headers().firstValue(NODE_HEADER).ifPresent(nodes::add);
            for (String header : r.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            return r;
        }
    }
}
