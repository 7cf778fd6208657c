package kz.attest.delivery;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Not a test: the load generator of {@code bench/exam-load.sh} and {@code bench/crash-test.sh} (issue 12). It runs in
 * its own JVM against the packaged platform started as its own process, on loopback only.
 * <p>
 * It seeds N checked-in candidates straight into the delivery tables (what a proctor's check-in leaves: a sitting
 * with a one-time code and a waiting stage 1), then every candidate is a small browser (one virtual thread, its own
 * cookies and cache) that does what a person in a hall does with the real client ({@code templates/delivery/*.html} +
 * {@code static/js/delivery/exam.js}): opens the workstation page, types the code, chooses the language, reads the
 * briefing and presses Start; the first question page loads every style sheet and script it links (once; then, as Chromium's cache does,
 * not again while fresh by {@code Cache-Control: max-age} or by Last-Modified's heuristic, else revalidated) and exam.js asks for the candidate's form once
 * ({@code data-form-url}). Then, in the browser and without page requests, the candidate thinks, answers (the PUT save,
 * retried from its queue every 3 s when the server does not answer, kept while paused, as {@code exam.js} does),
 * sometimes flags the question and goes to the next one. exam.js's 5-s tick polls the attempt's status only when
 * neither a save's answer nor a poll brought word from the server for 20 s, or while paused; a refused save (409) asks
 * the status at once; a finished or cancelled attempt reloads the page. After the last question it opens the finish
 * confirmation, confirms and reads its result. Without the form (its load failed) it walks the server-rendered pages
 * as a browser without the script's form would, and retries the form every 30 s. Every URL comes from the page (the
 * forms' actions, the data attributes of {@code #exam}, the links), so a changed page is followed as a browser would.
 * <p>
 * Measured: every request issued in the measured window, by kind (save, question page, status, resource, flag, ...);
 * {@code --burst N}: N candidates pressing Start within one second on a cold server, from the press until their first
 * question page and its resources are loaded. Afterwards it compares the database with every acknowledged save (an
 * answer the server answered 200 for must be stored with that sequence number or a later one), measures PostgreSQL's
 * own single-row commit rate with {@code pgbench} on the same server, and prints the {@code RESULT} line.
 * With {@code --crash} it also records every attempt's deadline before and after and visits each candidate's pages
 * again to check that the form and the answers came back, and prints the crash test's {@code RESULT} line instead.
 * <p>
 * Bounded: in-flight requests ({@code --max-in-flight}), every request times out after 30 s, onboarding after
 * {@code --setup-seconds}, the measured phase after {@code --duration}, and the whole run exits by itself.
 */
public final class ExamLoadGenerator {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
    /** exam.js's {@code embeddedForm()}: the form's JSON in the page's data block. */
    /** The data block the Start's page carries the form in ({@code templates/delivery/question.html}). */
    private static final String FORM_BLOCK = "<script type=\"application/json\" id=\"exam-form\">";
    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>(.*?)</form>", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("<input\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern SUBRESOURCE = Pattern.compile(
            "<(?:link\\b[^>]*\\brel=\"(?:stylesheet|icon|preload|modulepreload)\"[^>]*|script\\b[^>]*|img\\b[^>]*)>",
            Pattern.DOTALL);
    private static final Pattern EXAM = Pattern.compile("<main\\b([^>]*\\bid=\"exam\"[^>]*)>", Pattern.DOTALL);
    private static final Pattern ANCHOR = Pattern.compile("<a\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern STEM = Pattern.compile("<p class=\"stem\"[^>]*>(.*?)</p>", Pattern.DOTALL);
    private static final Pattern META = Pattern.compile("<meta\\b([^>]*)>", Pattern.DOTALL);
    private static final Pattern STATUS_STATE = Pattern.compile("\"state\"\\s*:\\s*\"([A-Z_]+)\"");
    /** exam.js's timers: the 5-s tick, the status poll after this long without word from the server, the queue. */
    private static final long POLL_MS = 5_000;
    private static final long STATUS_SILENCE_MS = 20_000;
    private static final long FLUSH_MS = 3_000;

    /** What exam.js learns of the attempt from a poll or a save. */
    private enum Status { RUNNING, PAUSED, OVER, UNKNOWN }

    /** The form payload as exam.js uses it: per position the stem, the number of options and the stored seq. */
    private record ShownForm(String state, List<String> stems, List<Integer> optionCounts, Map<Integer, Long> sequences) {

        static ShownForm parse(String json) {
            try {
                tools.jackson.databind.JsonNode root = JSON.readTree(json);
                List<String> stems = new ArrayList<>();
                List<Integer> counts = new ArrayList<>();
                for (tools.jackson.databind.JsonNode q : root.path("questions")) {
                    stems.add(q.path("stem").asString());
                    counts.add(q.path("options").size());
                }
                Map<Integer, Long> sequences = new HashMap<>();
                root.path("sequences").properties().forEach(e -> sequences.put(Integer.valueOf(e.getKey()), e.getValue().asLong()));
                return stems.isEmpty() ? null : new ShownForm(root.path("state").asString(), stems, counts, sequences);
            } catch (RuntimeException e) {
                return null;
            }
        }

        int count() {
            return stems.size();
        }

        String stem(int position) {
            return stems.get(position - 1).strip();
        }

        int options(int position) {
            return position >= 1 && position <= optionCounts.size() ? optionCounts.get(position - 1) : 0;
        }

        long sequence(int position) {
            return sequences.getOrDefault(position, 0L);
        }
    }

    private final URI base;
    private final Options options;
    private final Wire http;
    private final Semaphore inFlight;
    private final Stats stats = new Stats();
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureUntil = Long.MAX_VALUE;
    private final AtomicLong firstErrorShown = new AtomicLong();

    private ExamLoadGenerator(Options options) {
        this.options = options;
        this.base = URI.create(options.base);
        if (!"127.0.0.1".equals(base.getHost())) {
            throw new IllegalArgumentException("The generator drives 127.0.0.1 only, not " + base.getHost());
        }
        this.inFlight = new Semaphore(options.maxInFlight);
        this.http = "jdk".equals(options.httpClient) ? new JdkWire() : new ApacheWire(options.maxInFlight);
    }

    public static void main(String[] args) throws Exception {
        // no logging from the HTTP client: the class path holds logback, whose default without a configuration file
        // logs everything at DEBUG (the client's wire log included)
        if (System.getProperty("slf4j.provider") == null) {
            System.setProperty("slf4j.provider", "org.slf4j.helpers.NOP_FallbackServiceProvider");
        }
        Options options = Options.parse(args);
        // whatever happens, the run ends by itself
        Thread watchdog = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(options.setupSeconds + options.duration + options.drainSeconds
                        + options.saturate + 300));
                System.out.println("The run exceeded its time bound; stopping");
                Runtime.getRuntime().halt(3);
            } catch (InterruptedException ignored) {
                // normal end
            }
        });
        int status = new ExamLoadGenerator(options).run();
        watchdog.interrupt();
        System.exit(status);
    }

    private int run() throws Exception {
        List<Candidate> candidates = seed();
        System.out.printf("Seeded %d checked-in candidates; load average %s%n", candidates.size(), loadAverage());
        long hardEnd = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.setupSeconds + options.duration);
        CountDownLatch onboarded = new CountDownLatch(candidates.size());
        CountDownLatch burstReady = new CountDownLatch(Math.min(options.burst, candidates.size()));
        CountDownLatch burstGo = new CountDownLatch(1);
        CountDownLatch restMayOnboard = new CountDownLatch(options.burst > 0 ? 1 : 0);
        Semaphore setup = new Semaphore(options.setupConcurrency);
        AtomicInteger onboardFailures = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < candidates.size(); i++) {
                Candidate candidate = candidates.get(i);
                boolean inBurst = i < options.burst;
                threads.submit(() -> {
                    candidate.live(this, inBurst, burstReady, burstGo, restMayOnboard, setup, onboarded,
                            onboardFailures, hardEnd);
                    return null;
                });
            }
            if (options.burst > 0) {
                burstReady.await(options.setupSeconds, TimeUnit.SECONDS);
                System.out.printf("Burst: %d candidates at the briefing; pressing Start within one second%n", options.burst);
                burstGo.countDown();
                Thread.sleep(1000);
                restMayOnboard.countDown();
            }
            if (!onboarded.await(options.setupSeconds, TimeUnit.SECONDS)) {
                System.out.printf("Onboarding bound of %d s reached with %d candidates still opening%n",
                        options.setupSeconds, onboarded.getCount());
            }
            System.out.printf("Onboarded %d candidates in %d ms (%d failed); measuring for %d s; load average %s%n",
                    candidates.size() - onboarded.getCount(), (System.nanoTime() - started) / 1_000_000,
                    onboardFailures.get(), options.duration, loadAverage());
            if (options.crash) {
                recordDeadlines(candidates, true);
                Files.writeString(Path.of(options.dataDir).resolve("load-running"), "measuring\n");
            }
            measureFrom = System.nanoTime();
            measureUntil = measureFrom + TimeUnit.SECONDS.toNanos(options.duration);
            for (Candidate c : candidates) {
                c.stopAt = measureUntil;
            }
            if (options.stopFile != null) {
                // the crash test ends the measured phase when its kills and restarts are done
                Path stop = Path.of(options.stopFile);
                while (System.nanoTime() < measureUntil && !Files.exists(stop)) {
                    Thread.sleep(500);
                }
                long now = System.nanoTime();
                if (now < measureUntil) {
                    measureUntil = now;
                    for (Candidate c : candidates) {
                        c.stopAt = now;
                    }
                }
            }
        }
        long measured = Math.min(System.nanoTime(), measureUntil) - measureFrom;
        System.out.printf("Measured phase over; load average %s%n", loadAverage());
        stats.print();
        Saturation saturation = options.crash ? null : saturate(candidates);

        int lost = lost(candidates);
        int acknowledged = candidates.stream().mapToInt(c -> c.acknowledged.size()).sum();
        if (options.crash) {
            return crashResult(candidates, acknowledged, lost);
        }
        Stats.Kind saves = stats.kind("save");
        double savesPerSecond = saves.count() / (measured / 1e9);
        Stats.Kind others = stats.others("save");
        Pgbench pg = pgbench();
        // issue 12's goal: the saves per second at saturation against PostgreSQL's own single-row commit rate
        double ratio = pg.commitsPerSecond() > 0 && saturation != null
                ? saturation.savesPerSecond() / pg.commitsPerSecond() : 0;
        if (saturation != null) {
            System.out.printf("Saturation: %.0f saves/s = %.3f of pgbench's %.0f commits/s%n",
                    saturation.savesPerSecond(), ratio, pg.commitsPerSecond());
        }
        int errors = stats.errors();
        System.out.printf("RESULT candidates=%d saves=%d saves_per_s=%.1f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f "
                        + "other_p99_ms=%.1f errors=%d lost=%d pg_commits_per_s=%.0f ratio=%.4f synchronous_commit=%s%n",
                candidates.size(), saves.count(), savesPerSecond, saves.ms(0.50), saves.ms(0.95), saves.ms(0.99),
                others.ms(0.99), errors, lost, pg.commitsPerSecond(), ratio, pg.synchronousCommit());
        return errors == 0 && lost == 0 ? 0 : 1;
    }

    // ---------------------------------------------------------------------------------------------- saturation

    private record Saturation(int clients, long saves, double savesPerSecond, double p50, double p99, long refused) {
    }

    /**
     * After the measured window: {@code --saturate-clients} candidates still in a running stage PUT saves back to
     * back, with no think time, for {@code --saturate} seconds, exactly as exam.js sends a save (token header, the
     * session cookie along, a new sequence number, the next position). The server's save capacity, for the RESULT's
     * {@code ratio}. Every acknowledged save joins the candidate's acknowledged answers, so {@code lost} covers them.
     */
    private Saturation saturate(List<Candidate> candidates) throws InterruptedException {
        if (options.saturate <= 0) {
            return null;
        }
        List<Candidate> ready = candidates.stream()
                .filter(c -> c.saveUrl != null && c.form != null && c.form.count() > 0).toList();
        if (ready.isEmpty()) {
            System.out.println("Saturation: no candidate in a running stage; skipped");
            return null;
        }
        int clients = Math.min(options.saturateClients, ready.size());
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.saturate);
        List<long[]> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicLong refused = new AtomicLong();
        AtomicInteger next = new AtomicInteger();
        // CPU per save over the window's second half (both JVMs warmed up by then): server and generator
        AtomicLong done = new AtomicLong();
        long[] half = new long[3];
        Thread halfway = Thread.ofPlatform().daemon().start(() -> {
            try {
                Thread.sleep(TimeUnit.SECONDS.toMillis(options.saturate) / 2);
                half[0] = cpuNanos(options.serverPid);
                half[1] = cpuNanos(ProcessHandle.current().pid());
                half[2] = done.get();
            } catch (InterruptedException ignored) {
                // the window ended first
            }
        });
        long t0 = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < clients; i++) {
                threads.submit(() -> {
                    long[] mine = new long[1 << 16];
                    int n = 0;
                    int index = next.getAndIncrement();
                    Candidate c = ready.get(index % ready.size());
                    long seq = System.currentTimeMillis();
                    int position = 0;
                    while (System.nanoTime() < until && index < ready.size() * 2) {
                        int count = c.form.count();
                        position = position % count + 1;
                        seq++;
                        long option = ThreadLocalRandom.current().nextInt(Math.max(2, c.form.options(position)));
                        long s0 = System.nanoTime();
                        String body = "{\"option\":" + option + ",\"seq\":" + seq + "}";
                        int status = options.leanSaves ? save(c, position, body)
                                : request(c, "saturation", "PUT", c.saveUrl + position, body, true).status;
                        long took = System.nanoTime() - s0;
                        done.incrementAndGet();
                        if (status == 200) {
                            long[] save = {seq, option};
                            c.acknowledged.merge(position, save, (a, b) -> a[0] >= b[0] ? a : b);
                            if (n == mine.length) {
                                mine = Arrays.copyOf(mine, n * 2);
                            }
                            mine[n++] = took;
                        } else {
                            // this candidate's stage is over (finished at its last question) or refused: the next one
                            refused.incrementAndGet();
                            index = next.getAndIncrement();
                            c = ready.get(index % ready.size());
                        }
                    }
                    latencies.add(Arrays.copyOf(mine, n));
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long serverCpu = cpuNanos(options.serverPid);
        long ownCpu = cpuNanos(ProcessHandle.current().pid());
        long doneAtEnd = done.get();
        try {
            halfway.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        double p50 = all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, Math.floor(all.length * 0.50))] / 1e6;
        double p99 = all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, Math.floor(all.length * 0.99))] / 1e6;
        Saturation result = new Saturation(clients, all.length, all.length / seconds, p50, p99, refused.get());
        System.out.printf("Saturation: %d candidates saving back to back for %.0f s: %d saves, %.0f saves/s, "
                        + "p50 %.1f ms, p99 %.1f ms (%d refused: stage over); load average %s%n", clients, seconds,
                result.saves(), result.savesPerSecond(), p50, p99, result.refused(), loadAverage());
        long attempts = Math.max(1, doneAtEnd - half[2]);
        System.out.printf("Saturation CPU per save (the window's second half, %d saves): server %s, generator %.0f µs%n",
                doneAtEnd - half[2], options.serverPid > 0 && serverCpu >= 0 && half[0] >= 0
                        ? String.format("%.0f µs", (serverCpu - half[0]) / 1e3 / attempts) : "unknown",
                (ownCpu - half[1]) / 1e3 / attempts);
        return result;
    }

    /** A process's user + system CPU time from {@code /proc/<pid>/stat} (Linux), in nanoseconds; -1 if unknown. */
    private static long cpuNanos(long pid) {
        if (pid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime (fields 14, 15)
            return ticks * 10_000_000L; // USER_HZ = 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * One save at saturation, on the wire exactly as {@link #request} sends it for exam.js (PUT, the same URL, the
     * cookies, {@code Accept}, the exam token, {@code Content-Type}, the body, kept alive) but without the general
     * path's per-request work the browser does not do either: the URL resolved and the headers assembled once per
     * candidate, the answer's body read and dropped instead of decoded (the server's CPU per save is measured, not
     * the generator's string handling). Answers the status, -1 when the request failed.
     */
    private int save(Candidate c, int position, String body) {
        List<String> template = c.saveRequest;
        URI[] uris = c.saveUris;
        if (template == null || c.saveCookies != c.cookies.hashCode()) {
            List<String> headers = new ArrayList<>();
            if (!c.cookies.isEmpty()) {
                StringBuilder cookie = new StringBuilder();
                c.cookies.forEach((k, v) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(k).append('=').append(v));
                headers.addAll(List.of("Cookie", cookie.toString()));
            }
            headers.addAll(List.of("Accept", "application/json"));
            if (c.examToken != null && !options.sessionCalls) {
                headers.addAll(List.of("X-Exam-Token", c.examToken));
            } else {
                headers.addAll(List.of(c.csrfHeader, c.csrf));
            }
            headers.addAll(List.of("Content-Type", "application/json"));
            template = List.copyOf(headers);
            c.saveRequest = template;
            c.saveCookies = c.cookies.hashCode();
        }
        if (uris == null) {
            uris = new URI[c.form.count() + 1];
            for (int p = 1; p < uris.length; p++) {
                uris[p] = base.resolve(c.saveUrl + p);
            }
            c.saveUris = uris;
        }
        try {
            inFlight.acquire();
            try {
                Reply r = http.exchange("PUT", uris[position], template, body, false);
                for (String header : r.all("Set-Cookie")) {
                    String pair = header.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        c.cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                    }
                }
                if (r.status() >= 400) {
                    showError("PUT " + uris[position].getPath() + " answered HTTP " + r.status());
                }
                return r.status();
            } finally {
                inFlight.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (IOException e) {
            showError("PUT " + uris[position].getPath() + ": " + e);
            return -1;
        }
    }

    // ---------------------------------------------------------------------------------------------- the wire

    /** One response: its status, its body (empty when not read) and its headers by name (any case). */
    private record Reply(int status, String body, java.util.function.Function<String, List<String>> headers) {

        List<String> all(String name) {
            return headers.apply(name);
        }

        String first(String name) {
            List<String> values = headers.apply(name);
            return values.isEmpty() ? null : values.getFirst();
        }
    }

    /**
     * One HTTP/1.1 exchange on a kept-alive connection, as a browser makes it: these headers ({@code name, value,
     * ...}) and the body (UTF-8; null: none), no redirect followed, no cookie or compression handling of its own (the
     * candidate keeps its cookies), a 10 s connect timeout and {@link #REQUEST_TIMEOUT} for the answer. The body of
     * the answer is read as text, or read and dropped.
     */
    private interface Wire {
        Reply exchange(String method, URI uri, List<String> headers, String body, boolean readBody)
                throws IOException, InterruptedException;
    }

    /**
     * Apache HttpClient 5 classic, blocking on the candidate's own virtual thread, with a pool of kept-alive
     * connections as large as the requests in flight. About half the CPU per request of {@code java.net.http}'s
     * client, whose selector thread and asynchronous hand-offs cost more than the exchange itself
     * (docs/benchmarks.md "Save path"): the generator shares the machine with the server it measures.
     */
    private static final class ApacheWire implements Wire {

        private final org.apache.hc.client5.http.impl.classic.CloseableHttpClient client;

        ApacheWire(int connections) {
            org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager pool =
                    org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder.create()
                            .setPoolConcurrencyPolicy(org.apache.hc.core5.pool.PoolConcurrencyPolicy.LAX)
                            .setMaxConnTotal(connections).setMaxConnPerRoute(connections)
                            .setDefaultConnectionConfig(org.apache.hc.client5.http.config.ConnectionConfig.custom()
                                    .setConnectTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(10))
                                    .setSocketTimeout(org.apache.hc.core5.util.Timeout.of(REQUEST_TIMEOUT))
                                    .build())
                            .build();
            client = org.apache.hc.client5.http.impl.classic.HttpClients.custom().setConnectionManager(pool)
                    .disableRedirectHandling().disableCookieManagement().disableContentCompression()
                    .disableAutomaticRetries().disableAuthCaching()
                    // the JDK client's agent, so that the server sees the same requests as before
                    .setUserAgent("Java-http-client/" + Runtime.version().feature())
                    // as -Djdk.httpclient.keepalive.timeout=10 did: an idle connection is closed after 10 s
                    .evictIdleConnections(org.apache.hc.core5.util.TimeValue.ofSeconds(10))
                    .setDefaultRequestConfig(org.apache.hc.client5.http.config.RequestConfig.custom()
                            .setConnectionRequestTimeout(org.apache.hc.core5.util.Timeout.of(REQUEST_TIMEOUT))
                            .setResponseTimeout(org.apache.hc.core5.util.Timeout.of(REQUEST_TIMEOUT)).build())
                    .build();
        }

        @Override
        public Reply exchange(String method, URI uri, List<String> headers, String body, boolean readBody)
                throws IOException {
            org.apache.hc.core5.http.io.support.ClassicRequestBuilder request =
                    org.apache.hc.core5.http.io.support.ClassicRequestBuilder.create(method).setUri(uri);
            for (int i = 0; i < headers.size(); i += 2) {
                request.addHeader(headers.get(i), headers.get(i + 1));
            }
            if (body != null) { // no content type of its own: the Content-Type header given is the one sent
                request.setEntity(new org.apache.hc.core5.http.io.entity.ByteArrayEntity(
                        body.getBytes(StandardCharsets.UTF_8), (org.apache.hc.core5.http.ContentType) null));
            }
            return client.execute(request.build(), response -> {
                org.apache.hc.core5.http.HttpEntity entity = response.getEntity();
                String text = "";
                if (readBody && entity != null) {
                    text = org.apache.hc.core5.http.io.entity.EntityUtils.toString(entity, StandardCharsets.UTF_8);
                } else {
                    org.apache.hc.core5.http.io.entity.EntityUtils.consume(entity);
                }
                org.apache.hc.core5.http.Header[] all = response.getHeaders();
                return new Reply(response.getCode(), text, name -> {
                    List<String> values = new ArrayList<>(1);
                    for (org.apache.hc.core5.http.Header h : all) {
                        if (h.getName().equalsIgnoreCase(name)) {
                            values.add(h.getValue());
                        }
                    }
                    return values;
                });
            });
        }
    }

    /** {@code java.net.http}'s client on virtual threads (before the Apache client; {@code --http-client=jdk}). */
    private static final class JdkWire implements Wire {

        private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
                .executor(Executors.newVirtualThreadPerTaskExecutor()).build();

        @Override
        public Reply exchange(String method, URI uri, List<String> headers, String body, boolean readBody)
                throws IOException, InterruptedException {
            HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT);
            for (int i = 0; i < headers.size(); i += 2) {
                b.header(headers.get(i), headers.get(i + 1));
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (readBody) {
                HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(r.statusCode(), r.body(), r.headers()::allValues);
            }
            HttpResponse<Void> r = client.send(b.build(), HttpResponse.BodyHandlers.discarding());
            return new Reply(r.statusCode(), "", r.headers()::allValues);
        }
    }

    // ---------------------------------------------------------------------------------------------- the candidate

    /** One person at one workstation: a browser with its cookies, its cache and its place in the test. */
    private static final class Candidate {
        final UUID seat;
        final String code;
        final UUID attempt;
        final Map<String, String> cookies = new ConcurrentHashMap<>();
        /** The saturation's save request of this candidate without URL and body, for these cookies (their hash). */
        List<String> saveRequest;
        int saveCookies;
        URI[] saveUris;
        final Map<String, String[]> cache = new ConcurrentHashMap<>(); // url -> {etag, last-modified}
        /** position -> {seq, option} of the latest save the server acknowledged (200). */
        final Map<Integer, long[]> acknowledged = new ConcurrentHashMap<>();
        /** position -> the question text seen (the form's own string), to check that a resumed attempt shows the same form. */
        final Map<Integer, String> seenStems = new ConcurrentHashMap<>();
        final Map<Integer, String> seenPaths = new ConcurrentHashMap<>();
        /** answers waiting to be sent (exam.js keeps them in localStorage and retries every 3 s). */
        final Map<Integer, long[]> queue = Collections.synchronizedMap(new LinkedHashMap<>());
        volatile long stopAt = Long.MAX_VALUE;
        String csrfHeader = "X-CSRF-TOKEN";
        String csrf = "";
        /** The question page's exam token (data-exam-token): exam.js sends it instead of the CSRF token. */
        volatile String examToken;
        String saveUrl;
        String flagUrl;
        String statusUrl;
        long lastSeq;
        ShownForm form;
        int position = 1;
        volatile boolean paused;
        long lastHeard = System.nanoTime();
        int formRetry;

        Candidate(UUID seat, String code, UUID attempt) {
            this.seat = seat;
            this.code = code;
            this.attempt = attempt;
        }

        void live(ExamLoadGenerator g, boolean inBurst, CountDownLatch burstReady, CountDownLatch burstGo,
                  CountDownLatch restMayOnboard, Semaphore setup, CountDownLatch onboarded, AtomicInteger failures,
                  long hardEnd) {
            Page page;
            try {
                if (!inBurst) {
                    restMayOnboard.await();
                }
                setup.acquire();
                try {
                    if (System.nanoTime() > Math.min(stopAt, hardEnd)) {
                        failures.incrementAndGet(); // the run is over before this candidate got a turn
                        onboarded.countDown();
                        return;
                    }
                    page = g.browse(this, "setup", "/exam/seat/" + seat);
                    page = g.submit(this, "setup", page, "/start", Map.of("code", code));
                    page = g.submit(this, "setup", page, "/exam/language", Map.of("language", "ru"));
                } finally {
                    setup.release();
                }
                Page briefing = page;
                if (inBurst) {
                    burstReady.countDown();
                    burstGo.await();
                    Thread.sleep(ThreadLocalRandom.current().nextInt(1000));
                    long t0 = System.nanoTime();
                    page = g.submit(this, "start", page, "/stages/1/start", Map.of());
                    if (page.isQuestion()) {
                        loadForm(g, page); // exam.js asks for the form as soon as the first question is shown
                    }
                    g.stats.kind("burst-start").add(System.nanoTime() - t0, !page.isQuestion() || form == null);
                } else {
                    setup.acquire();
                    try {
                        page = g.submit(this, "setup", page, "/stages/1/start", Map.of());
                    } finally {
                        setup.release();
                    }
                }
                // no answer or a 5xx: the person goes back and presses Start again, twice at most
                for (int again = 0; again < 2 && !page.isQuestion() && (page.status <= 0 || page.status >= 500); again++) {
                    Thread.sleep(3000);
                    page = g.submit(this, "start", briefing, "/stages/1/start", Map.of());
                }
                if (!page.isQuestion()) {
                    throw new IllegalStateException("Stage 1 did not open: " + page.url + " HTTP " + page.status);
                }
                if (form == null) {
                    loadForm(g, page);
                }
                if (form != null) {
                    // the Start answers with the first question's page at its own address (POST); exam.js puts the
                    // question's address in the history once it has the form, so a reload asks for the question
                    Integer shown = page.examInt("data-position");
                    page = page.at(page.url.resolve(questionPath(page, shown == null ? 1 : shown)));
                }
            } catch (Exception e) {
                failures.incrementAndGet();
                g.showError("Onboarding failed: " + e);
                onboarded.countDown();
                return;
            }
            onboarded.countDown();
            try {
                sit(g, page, hardEnd);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                g.showError("A candidate stopped: " + e);
            }
            drain(g);
        }

        /**
         * Question after question until the measured phase ends or the stage is finished: in the browser once the
         * form is loaded (exam.js), page by page while it is not (the links of the server-rendered pages).
         */
        private void sit(ExamLoadGenerator g, Page page, long hardEnd) throws InterruptedException {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            takeExamData(page);
            Integer first = page.examInt("data-position");
            position = first == null ? 1 : first;
            long loaded = System.nanoTime();
            long nextTick = loaded + TimeUnit.MILLISECONDS.toNanos(POLL_MS);
            long nextFlush = loaded + TimeUnit.MILLISECONDS.toNanos(FLUSH_MS);
            while (System.nanoTime() < Math.min(stopAt, hardEnd)) {
                if (!page.isQuestion()) {
                    if (page.status > 0 && page.status < 500) {
                        return; // finished or refused: the page says so
                    }
                    Thread.sleep(3000); // the server is away: the person presses reload a little later
                    page = g.browse(this, "page", page.url.toString());
                    if (page.isQuestion()) {
                        takeExamData(page);
                        Integer shown = page.examInt("data-position");
                        position = shown == null ? position : shown;
                        form = null;
                        loadForm(g, page); // a reloaded page loads the form again
                        loaded = System.nanoTime();
                        nextTick = loaded + TimeUnit.MILLISECONDS.toNanos(POLL_MS);
                        nextFlush = loaded + TimeUnit.MILLISECONDS.toNanos(FLUSH_MS);
                    }
                    continue;
                }
                if (form == null) {
                    // no form (the network failed at the load): the page shows this question; exam.js's timers run
                    String stem = page.stemText();
                    if (stem != null) {
                        seenStems.putIfAbsent(position, stem);
                        seenPaths.putIfAbsent(position, page.url.getPath());
                    }
                }
                long answerAt = System.nanoTime()
                        + TimeUnit.MILLISECONDS.toNanos(random.nextLong(g.options.thinkMinMs, g.options.thinkMaxMs + 1));
                boolean reload = false;
                // exam.js's timers until the candidate clicks the answer: the queue every 3 s, the 5-s tick (a status
                // poll after 20 s without word from the server or while paused; a form retry every 30 s)
                while (true) {
                    long wake = Math.min(answerAt, Math.min(nextTick, nextFlush));
                    if (wake >= stopAt || wake >= hardEnd) {
                        sleepUntil(Math.min(stopAt, hardEnd));
                        return;
                    }
                    sleepUntil(wake);
                    if (wake == answerAt) {
                        break;
                    }
                    if (wake == nextTick) {
                        nextTick += TimeUnit.MILLISECONDS.toNanos(POLL_MS);
                        if (paused || System.nanoTime() - lastHeard >= TimeUnit.MILLISECONDS.toNanos(STATUS_SILENCE_MS)) {
                            if (poll(g) == Status.OVER) {
                                reload = true;
                                break;
                            }
                        }
                        if (form == null && ++formRetry % 6 == 0) {
                            loadForm(g, page);
                        }
                    } else {
                        nextFlush += TimeUnit.MILLISECONDS.toNanos(FLUSH_MS);
                        if (flush(g) == Status.OVER) {
                            reload = true;
                            break;
                        }
                    }
                }
                if (reload) {
                    page = g.browse(this, "page", questionPath(page, position));
                    continue;
                }
                int options = form != null ? form.options(position) : page.optionCount();
                if (options > 0 && !paused) {
                    long stored = form != null ? form.sequence(position)
                            : Math.max(page.examLong("data-stored-seq"), 0);
                    long seq = Math.max(lastSeq + 1, Math.max(stored + 1, System.currentTimeMillis()));
                    lastSeq = seq;
                    queue.put(position, new long[]{seq, random.nextInt(options)});
                    if (flush(g) == Status.OVER) {
                        page = g.browse(this, "page", questionPath(page, position));
                        continue;
                    }
                }
                if (flagUrl != null && random.nextInt(100) < 3) {
                    g.request(this, "flag", "PUT", flagUrl + position, "{\"flagged\":true}", true);
                }
                int count = form != null ? form.count() : page.examInt("data-count") == null ? 0 : page.examInt("data-count");
                if (position < count) {
                    position++;
                    if (form == null) {
                        String next = page.anchorHref("next");
                        page = next == null ? page : g.browse(this, "page", next);
                        takeExamData(page);
                    } // else: the next question is shown in the browser, no request
                } else {
                    page = finish(g, page);
                }
            }
        }

        /** The address of a question as exam.js keeps it in the browser's history (a reload asks the server for it). */
        private static String questionPath(Page page, int position) {
            String base = page.exam("data-question-url");
            return base == null ? page.url.getPath() : base + position;
        }

        /**
         * exam.js {@code loadForm()}: the candidate's form, once per page load: the page's {@code #exam-form} block when
         * it carries one (the page the Start leads to), else asked of the server.
         */
        private void loadForm(ExamLoadGenerator g, Page page) {
            ShownForm shown = page.formBlock != null ? ShownForm.parse(page.formBlock) : null;
            if (shown == null) {
                String url = page.exam("data-form-url");
                if (url == null) {
                    return;
                }
                Response r = g.request(this, "form", "GET", url, null, true);
                if (r.status != 200) {
                    return;
                }
                shown = ShownForm.parse(r.body);
            }
            if (shown == null) {
                return;
            }
            form = shown;
            for (int p = 1; p <= shown.count(); p++) {
                seenStems.putIfAbsent(p, shown.stem(p));
                seenPaths.putIfAbsent(p, questionPath(page, p));
            }
            heard(shown.state());
        }

        private void heard(String state) {
            lastHeard = System.nanoTime();
            paused = "PAUSED".equals(state);
        }

        /** The last question answered: the finish confirmation, the confirmation itself and the result. */
        private Page finish(ExamLoadGenerator g, Page page) {
            String finishHref = page.anchorHref("finish");
            if (finishHref == null) {
                return page;
            }
            flush(g);
            Page confirm = g.browse(this, "page", finishHref);
            return g.submit(this, "page", confirm, "/finish", Map.of());
        }

        /** exam.js {@code poll()}: the attempt's state; {@link Status#OVER} when the page must be reloaded. */
        private Status poll(ExamLoadGenerator g) {
            if (statusUrl == null) {
                return Status.UNKNOWN;
            }
            Response r = g.request(this, "status", "GET", statusUrl, null, true);
            if (r.status != 200) {
                return Status.UNKNOWN;
            }
            Matcher m = STATUS_STATE.matcher(r.body);
            if (!m.find()) {
                return Status.UNKNOWN;
            }
            heard(m.group(1));
            return "FINISHED".equals(m.group(1)) || "CANCELLED".equals(m.group(1)) ? Status.OVER
                    : paused ? Status.PAUSED : Status.RUNNING;
        }

        /**
         * exam.js {@code flush()}: sends the queue in order (nothing while paused); a 5xx, 401, 403 or no answer keeps
         * it for later; a 409 asks the status: paused keeps the answer, anything else drops it.
         */
        private Status flush(ExamLoadGenerator g) {
            while (!paused) {
                Map.Entry<Integer, long[]> item;
                synchronized (queue) {
                    if (queue.isEmpty()) {
                        return Status.RUNNING;
                    }
                    item = queue.entrySet().iterator().next();
                }
                int position = item.getKey();
                long[] save = item.getValue();
                Response r = g.request(this, "save", "PUT", saveUrl + position,
                        "{\"option\":" + save[1] + ",\"seq\":" + save[0] + "}", true);
                if (r.status == 200) {
                    acknowledged.merge(position, save, (a, b) -> a[0] >= b[0] ? a : b);
                    queue.remove(position, save);
                    Matcher m = STATUS_STATE.matcher(r.body);
                    if (m.find()) {
                        heard(m.group(1)); // the save's answer carries the attempt's state and time left
                    }
                } else if (r.status >= 500 || r.status == 401 || r.status == 403 || r.status <= 0) {
                    return Status.UNKNOWN;
                } else if (r.status == 409) {
                    Status status = poll(g);
                    if (status == Status.UNKNOWN || status == Status.PAUSED) {
                        return status;
                    }
                    queue.remove(position, save);
                    if (status == Status.OVER) {
                        return status;
                    }
                } else {
                    queue.remove(position, save);
                    if (poll(g) == Status.OVER) {
                        return Status.OVER;
                    }
                }
            }
            return Status.PAUSED;
        }

        /** After the measured phase: what is still queued is retried as exam.js would, for a bounded time. */
        private void drain(ExamLoadGenerator g) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(g.options.drainSeconds);
            paused = false; // the drain resends what is left whatever the state: a refusal answers it
            while (!queue.isEmpty() && System.nanoTime() < until) {
                if (flush(g) == Status.PAUSED) {
                    return;
                }
                if (!queue.isEmpty()) {
                    try {
                        Thread.sleep(3000);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        private void takeExamData(Page page) {
            saveUrl = Optional.ofNullable(page.exam("data-save-url")).orElse(saveUrl);
            flagUrl = Optional.ofNullable(page.exam("data-flag-url")).orElse(flagUrl);
            statusUrl = Optional.ofNullable(page.exam("data-status-url")).orElse(statusUrl);
            Optional.ofNullable(page.exam("data-exam-token")).filter(v -> !v.isBlank()).ifPresent(v -> examToken = v);
            page.meta("_csrf").ifPresent(v -> csrf = v);
            page.meta("_csrf_header").filter(v -> !v.isBlank()).ifPresent(v -> csrfHeader = v);
        }

        private static void sleepUntil(long nanoTime) throws InterruptedException {
            long left = nanoTime - System.nanoTime();
            if (left > 0) {
                TimeUnit.NANOSECONDS.sleep(left);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- browsing

    /** A GET of a page as a browser does it: redirects followed, then every linked style sheet, script and image. */
    private Page browse(Candidate c, String kind, String path) {
        URI url = base.resolve(path);
        Response r = request(c, kind, "GET", url.toString(), null, false);
        for (int hops = 0; r.status / 100 == 3 && r.location != null && hops < 5; hops++) {
            url = url.resolve(r.location);
            r = request(c, kind, "GET", url.toString(), null, false);
        }
        Page page = new Page(url, r.status, r.body);
        if (r.status == 200) {
            loadSubresources(c, page);
        }
        return page;
    }

    /** Submits the page's form whose action ends with {@code actionSuffix}: its hidden fields plus {@code fields}. */
    private Page submit(Candidate c, String kind, Page page, String actionSuffix, Map<String, String> fields) {
        Matcher form = FORM.matcher(page.html);
        while (form.find()) {
            Map<String, String> attributes = attributes(form.group(1));
            String action = unescape(attributes.getOrDefault("action", ""));
            if (!action.endsWith(actionSuffix)) {
                continue;
            }
            StringBuilder body = new StringBuilder();
            Matcher input = INPUT.matcher(form.group(2));
            while (input.find()) {
                Map<String, String> in = attributes(input.group(1));
                if ("hidden".equals(in.get("type")) && in.containsKey("name")) {
                    append(body, in.get("name"), unescape(in.getOrDefault("value", "")));
                }
            }
            fields.forEach((name, value) -> append(body, name, value));
            URI target = page.url.resolve(action);
            Response r = request(c, kind, "POST", target.toString(), body.toString(), false);
            URI url = target;
            for (int hops = 0; r.status / 100 == 3 && r.location != null && hops < 5; hops++) {
                url = url.resolve(r.location);
                r = request(c, kind, "GET", url.toString(), null, false);
            }
            Page next = new Page(url, r.status, r.body);
            if (r.status == 200) {
                loadSubresources(c, next);
            }
            return next;
        }
        throw new IllegalStateException("No form ending in " + actionSuffix + " on " + page.url + " (HTTP " + page.status + ")");
    }

    /**
     * A browser loads a linked resource once and, without {@code Cache-Control: max-age}, revalidates it on the
     * next pages with its validators (304); with a freshness lifetime it asks nothing until it expires.
     */
    private void loadSubresources(Candidate c, Page page) {
        Matcher m = SUBRESOURCE.matcher(page.html);
        List<String> urls = new ArrayList<>();
        while (m.find()) {
            Map<String, String> a = attributes(m.group());
            String link = a.containsKey("href") ? a.get("href") : a.get("src");
            if (link != null && !link.startsWith("data:")) {
                urls.add(page.url.resolve(unescape(link)).toString());
            }
        }
        if (!c.cache.containsKey("/favicon.ico")) {
            urls.add(base.resolve("/favicon.ico").toString());
            c.cache.put("/favicon.ico", new String[]{null, null, Long.toString(Long.MAX_VALUE)});
        }
        for (String url : urls) {
            String[] cached = c.cache.get(url);
            if (cached != null && cached[2] != null && Long.parseLong(cached[2]) > System.nanoTime()) {
                continue;
            }
            request(c, "resource", "GET", url, null, false);
        }
    }

    private record Response(int status, String body, String location) {
    }

    /** One HTTP request with the candidate's cookies; timed and counted under {@code kind}. */
    private Response request(Candidate c, String kind, String method, String url, String body, boolean script) {
        URI uri = base.resolve(url);
        List<String> b = new ArrayList<>(12); // name, value, name, value, ...
        if (!c.cookies.isEmpty()) {
            StringBuilder cookie = new StringBuilder();
            c.cookies.forEach((k, v) -> cookie.append(cookie.isEmpty() ? "" : "; ").append(k).append('=').append(v));
            b.addAll(List.of("Cookie", cookie.toString()));
        }
        String[] cached = "resource".equals(kind) ? c.cache.get(url) : null;
        if (cached != null) {
            if (cached[0] != null) {
                b.addAll(List.of("If-None-Match", cached[0]));
            }
            if (cached[1] != null) {
                b.addAll(List.of("If-Modified-Since", cached[1]));
            }
        }
        if (script) {
            b.addAll(List.of("Accept", "application/json"));
            if (c.examToken != null && !options.sessionCalls) {
                b.addAll(List.of("X-Exam-Token", c.examToken)); // exam.js: the token, no CSRF token (no session is used)
            } else {
                b.addAll(List.of(c.csrfHeader, c.csrf));
            }
        } else {
            b.addAll(List.of("Accept", "text/html,*/*"));
        }
        switch (method) {
            case "GET" -> body = null;
            case "PUT" -> b.addAll(List.of("Content-Type", "application/json"));
            default -> {
                method = "POST";
                b.addAll(List.of("Content-Type", "application/x-www-form-urlencoded"));
            }
        }
        long t0 = System.nanoTime();
        int status;
        String text = "";
        String location = null;
        try {
            inFlight.acquire();
            try {
                Reply r = http.exchange(method, uri, b, body, true);
                status = r.status();
                text = r.body();
                location = r.first("Location");
                for (String header : r.all("Set-Cookie")) {
                    String pair = header.split(";", 2)[0];
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        c.cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                    }
                }
                if ("resource".equals(kind) && (status == 200 || status == 304 && cached != null)) {
                    remember(c, url, r, status == 304 ? cached : null);
                }
            } finally {
                inFlight.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        } catch (IOException e) {
            status = -1;
            showError(method + " " + URI.create(url).getPath() + ": " + e);
        }
        long elapsed = System.nanoTime() - t0;
        boolean error = status <= 0 || status >= 400 && !("resource".equals(kind) && status == 404 && url.endsWith("/favicon.ico"));
        if (error && status > 0) {
            showError(method + " " + URI.create(url).getPath() + " answered HTTP " + status);
        }
        boolean always = "setup".equals(kind) || "start".equals(kind) || "form".equals(kind);
        if (!always && t0 >= measureFrom && t0 < measureUntil) {
            stats.kind(kind).add(elapsed, error);
        } else if (always) { // onboarding and the once-per-stage form load: counted whenever they happen
            stats.kind(kind).add(elapsed, error);
        }
        return new Response(status, text, location);
    }

    private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

    /**
     * Stores a resource's answer as Chromium's HTTP cache does: nothing for {@code no-store}; else its validators and
     * how long it is fresh: {@code max-age} ({@code no-cache}: 0, revalidated each time), or without either the
     * heuristic tenth of the time since {@code Last-Modified}. A 304 refreshes the stored entry with its own headers.
     */
    private static void remember(Candidate c, String url, Reply headers, String[] stored) {
        String cacheControl = String.join(",", headers.all("Cache-Control")).toLowerCase(java.util.Locale.ROOT);
        if (cacheControl.contains("no-store")) {
            c.cache.remove(url);
            return;
        }
        String etag = Optional.ofNullable(headers.first("ETag")).orElse(stored == null ? null : stored[0]);
        String lastModified = Optional.ofNullable(headers.first("Last-Modified")).orElse(stored == null ? null : stored[1]);
        long freshSeconds = 0;
        Matcher m = MAX_AGE.matcher(cacheControl);
        if (cacheControl.contains("no-cache")) {
            freshSeconds = 0;
        } else if (m.find()) {
            freshSeconds = Long.parseLong(m.group(1));
        } else if (lastModified != null) {
            try {
                java.time.ZonedDateTime modified = java.time.ZonedDateTime.parse(lastModified,
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME);
                java.time.ZonedDateTime date = Optional.ofNullable(headers.first("Date")).map(d -> java.time.ZonedDateTime.parse(d,
                        java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME)).orElse(java.time.ZonedDateTime.now());
                freshSeconds = Math.max(0, java.time.Duration.between(modified, date).toSeconds() / 10);
            } catch (java.time.format.DateTimeParseException unreadable) {
                freshSeconds = 0;
            }
        }
        long now = System.nanoTime();
        long until = freshSeconds <= 0 ? 0 : now + TimeUnit.SECONDS.toNanos(Math.min(freshSeconds, TimeUnit.DAYS.toSeconds(3650)));
        c.cache.put(url, new String[]{etag, lastModified, until > now ? Long.toString(until) : null});
    }

    private void showError(String text) {
        if (firstErrorShown.incrementAndGet() <= 5) {
            System.out.println("  error: " + text);
        }
    }

    /** A page as received: its address, status and HTML. */
    private static final class Page {
        final URI url;
        final int status;
        /** The page's markup without its form data block (a browser finds no element or link in one either). */
        final String html;
        /** The text of the page's {@code #exam-form} data block, if it carries one. */
        final String formBlock;
        private Map<String, String> exam;

        Page(URI url, int status, String html) {
            this.url = url;
            this.status = status;
            String all = html == null ? "" : html;
            int open = all.indexOf(FORM_BLOCK);
            int close = open < 0 ? -1 : all.indexOf("</script>", open);
            this.html = close < 0 ? all : all.substring(0, open) + all.substring(close + "</script>".length());
            this.formBlock = close < 0 ? null : all.substring(open + FORM_BLOCK.length(), close);
        }

        private Page(URI url, int status, String html, String formBlock) {
            this.url = url;
            this.status = status;
            this.html = html;
            this.formBlock = formBlock;
        }

        /** The same page under another address (the history's address after {@code history.replaceState}). */
        Page at(URI address) {
            return new Page(address, status, html, formBlock);
        }

        boolean isQuestion() {
            return status == 200 && exam() != null && exam().containsKey("data-save-url");
        }

        private Map<String, String> exam() {
            if (exam == null) {
                Matcher m = EXAM.matcher(html);
                exam = m.find() ? attributes(m.group(1)) : Map.of();
            }
            return exam.isEmpty() ? null : exam;
        }

        String exam(String name) {
            return exam() == null ? null : Optional.ofNullable(exam().get(name)).map(ExamLoadGenerator::unescape).orElse(null);
        }

        Integer examInt(String name) {
            String v = exam(name);
            return v == null || v.isBlank() ? null : Integer.valueOf(v);
        }

        long examLong(String name) {
            String v = exam(name);
            return v == null || v.isBlank() ? 0 : Long.parseLong(v);
        }

        boolean paused() {
            return "true".equals(exam("data-paused"));
        }

        int optionCount() {
            int n = 0;
            Matcher m = INPUT.matcher(html);
            while (m.find()) {
                Map<String, String> a = attributes(m.group(1));
                if ("radio".equals(a.get("type")) && "option".equals(a.get("name"))) {
                    n++;
                }
            }
            return n;
        }

        /** The option shown as chosen, or -1. */
        int checkedOption() {
            Matcher m = INPUT.matcher(html);
            while (m.find()) {
                Map<String, String> a = attributes(m.group(1));
                if ("radio".equals(a.get("type")) && "option".equals(a.get("name")) && m.group(1).contains("checked")) {
                    return Integer.parseInt(a.get("value"));
                }
            }
            return -1;
        }

        String stemText() {
            Matcher m = STEM.matcher(html);
            return m.find() ? unescape(m.group(1)).strip() : null;
        }

        String anchorHref(String id) {
            Matcher m = ANCHOR.matcher(html);
            while (m.find()) {
                Map<String, String> a = attributes(m.group(1));
                if (id.equals(a.get("id")) && a.containsKey("href")) {
                    return unescape(a.get("href"));
                }
            }
            return null;
        }

        Optional<String> meta(String name) {
            Matcher m = META.matcher(html);
            while (m.find()) {
                Map<String, String> a = attributes(m.group(1));
                if (name.equals(a.get("name"))) {
                    return Optional.ofNullable(a.get("content")).map(ExamLoadGenerator::unescape);
                }
            }
            return Optional.empty();
        }
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> a = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            a.putIfAbsent(m.group(1), m.group(2));
        }
        return a;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">");
    }

    private static void append(StringBuilder body, String name, String value) {
        body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }

    // ---------------------------------------------------------------------------------------------- the database

    private Connection database() throws Exception {
        if (options.dbUrl != null && !options.dbUrl.isBlank()) {
            return DriverManager.getConnection(options.dbUrl, options.dbUser, options.dbPassword);
        }
        List<String> pid = Files.readAllLines(Path.of(options.dataDir).resolve("pgdata").resolve("postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/postgres",
                "postgres", "postgres");
    }

    /** What a proctor's check-in leaves in the delivery tables: a sitting with a one-time code, stage 1 waiting. */
    private List<Candidate> seed() throws Exception {
        SecureRandom random = new SecureRandom();
        List<Candidate> seated = new ArrayList<>();
        try (Connection db = database()) {
            db.setAutoCommit(false);
            try (PreparedStatement sitting = db.prepareStatement("""
                    INSERT INTO delivery_sitting (id, session_id, account_id, iin, full_name, service, centre_id, hall_id,
                        seat_id, seat_label, allowed_ip_ranges, code_hash, state, checked_in_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', ?, 'CHECKED_IN', ?)""");
                 PreparedStatement attempt = db.prepareStatement("""
                         INSERT INTO delivery_attempt (id, sitting_id, stage, state, duration_seconds)
                         VALUES (?, ?, 1, 'WAITING', ?)""")) {
                UUID session = options.sessionId != null ? UUID.fromString(options.sessionId) : UUID.randomUUID();
                UUID hall = options.hallId != null ? UUID.fromString(options.hallId) : UUID.randomUUID();
                long accountBase = 10_000_000L + Math.floorMod(random.nextLong(), 1_000_000_000L);
                for (int i = 0; i < options.candidates; i++) {
                    if (i % 100 == 0 && options.hallId == null) {
                        hall = UUID.randomUUID();
                    }
                    UUID sittingId = UUID.randomUUID();
                    UUID seat = UUID.randomUUID();
                    UUID stage1 = UUID.randomUUID();
                    String code = String.format("%08d", random.nextInt(100_000_000)) + "/" + sittingId;
                    sitting.setObject(1, sittingId);
                    sitting.setObject(2, session);
                    sitting.setLong(3, accountBase + i);
                    sitting.setString(4, String.format("%012d", Math.floorMod(random.nextLong(), 1_000_000_000_000L)));
                    sitting.setString(5, "Load Candidate " + i);
                    sitting.setString(6, options.service);
                    sitting.setString(7, options.centre);
                    sitting.setObject(8, hall);
                    sitting.setObject(9, seat);
                    sitting.setString(10, "L-" + (i % 100 + 1));
                    sitting.setString(11, sha256Hex(code));
                    sitting.setTimestamp(12, Timestamp.from(Instant.now()));
                    sitting.addBatch();
                    attempt.setObject(1, stage1);
                    attempt.setObject(2, sittingId);
                    attempt.setInt(3, options.stageMinutes * 60);
                    attempt.addBatch();
                    seated.add(new Candidate(seat, code, stage1));
                    if (i % 1000 == 999) {
                        sitting.executeBatch();
                        attempt.executeBatch();
                    }
                }
                sitting.executeBatch();
                attempt.executeBatch();
            }
            db.commit();
        }
        return seated;
    }

    /** Every acknowledged answer must be stored with its sequence number (and option) or a later one. */
    private int lost(List<Candidate> candidates) throws Exception {
        Map<UUID, Map<Integer, long[]>> stored = new HashMap<>();
        List<UUID> ids = candidates.stream().map(c -> c.attempt).toList();
        try (Connection db = database();
             PreparedStatement q = db.prepareStatement(
                     "SELECT attempt_id, position, client_seq, option FROM delivery_answer WHERE attempt_id = ANY (?)")) {
            q.setArray(1, db.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    stored.computeIfAbsent((UUID) rs.getObject(1), k -> new HashMap<>())
                            .put(rs.getInt(2), new long[]{rs.getLong(3), rs.getInt(4)});
                }
            }
        }
        int lost = 0;
        for (Candidate c : candidates) {
            Map<Integer, long[]> rows = stored.getOrDefault(c.attempt, Map.of());
            for (Map.Entry<Integer, long[]> ack : c.acknowledged.entrySet()) {
                long[] row = rows.get(ack.getKey());
                long[] a = ack.getValue();
                if (row == null || row[0] < a[0] || row[0] == a[0] && row[1] != a[1]) {
                    if (lost++ < 5) {
                        System.out.printf("  lost: attempt %s position %d seq %d (stored %s)%n", c.attempt, ack.getKey(),
                                a[0], row == null ? "nothing" : "seq " + row[0]);
                    }
                }
            }
        }
        int acknowledged = candidates.stream().mapToInt(c -> c.acknowledged.size()).sum();
        System.out.printf("Acknowledged answers (latest per question) %d, stored %d, lost %d%n", acknowledged,
                stored.values().stream().mapToInt(Map::size).sum(), lost);
        return lost;
    }

    // ---------------------------------------------------------------------------------------------- crash test

    private final Map<UUID, Instant> deadlinesBefore = new HashMap<>();

    private Map<UUID, Instant> recordDeadlines(List<Candidate> candidates, boolean before) throws Exception {
        Map<UUID, Instant> deadlines = new HashMap<>();
        try (Connection db = database();
             PreparedStatement q = db.prepareStatement(
                     "SELECT id, deadline FROM delivery_attempt WHERE id = ANY (?) AND deadline IS NOT NULL")) {
            q.setArray(1, db.createArrayOf("uuid", candidates.stream().map(c -> c.attempt).toArray()));
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    deadlines.put((UUID) rs.getObject(1), rs.getTimestamp(2).toInstant());
                }
            }
        }
        if (before) {
            deadlinesBefore.putAll(deadlines);
        }
        return deadlines;
    }

    /**
     * After the crashes: each candidate's pages show the same questions at the same positions and every acknowledged
     * answer as chosen; the deadlines moved by the time the server was down.
     */
    private int crashResult(List<Candidate> candidates, int acknowledged, int lost) throws Exception {
        AtomicInteger different = new AtomicInteger();
        AtomicInteger checked = new AtomicInteger();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Semaphore concurrency = new Semaphore(8);
            for (Candidate c : candidates) {
                threads.submit(() -> {
                    concurrency.acquire();
                    try {
                        resume(c, checked, different);
                    } finally {
                        concurrency.release();
                    }
                    return null;
                });
            }
        }
        Map<UUID, Instant> after = recordDeadlines(candidates, false);
        double downtime = Files.exists(Path.of(options.dataDir).resolve("downtime"))
                ? Files.readAllLines(Path.of(options.dataDir).resolve("downtime")).stream().filter(l -> !l.isBlank())
                .mapToDouble(Double::parseDouble).sum() : 0;
        List<Long> shifts = new ArrayList<>();
        deadlinesBefore.forEach((id, before) -> Optional.ofNullable(after.get(id))
                .ifPresent(a -> shifts.add(Duration.between(before, a).toSeconds())));
        Collections.sort(shifts);
        long returned = shifts.isEmpty() ? 0 : shifts.get(0);
        System.out.printf("Resumed: %d pages checked, %d showed another question or lost a chosen answer%n",
                checked.get(), different.get());
        System.out.printf("Server down %.0f s in all (kill to healthy, summed); deadlines moved by %s s (min, median, "
                + "max over %d running attempts)%n", downtime, shifts.isEmpty() ? "-" : shifts.get(0) + ", "
                + shifts.get(shifts.size() / 2) + ", " + shifts.get(shifts.size() - 1), shifts.size());
        boolean given = returned >= downtime - options.returnTolerance;
        if (!given) {
            System.out.printf("The downtime was not given back: %d s returned for %.0f s down%n", returned, downtime);
        }
        System.out.printf("RESULT acknowledged=%d lost=%d time_returned_s=%d%n", acknowledged, lost + different.get(), returned);
        return lost == 0 && different.get() == 0 && given ? 0 : 1;
    }

    private void resume(Candidate c, AtomicInteger checked, AtomicInteger different) {
        if (c.seenStems.isEmpty()) {
            return;
        }
        List<Integer> positions = new ArrayList<>(new TreeMap<>(c.seenStems).keySet());
        Collections.shuffle(positions);
        for (Integer position : positions.subList(0, Math.min(3, positions.size()))) {
            Page page = browse(c, "resume", c.seenPaths.get(position));
            if (!page.isQuestion()) {
                continue; // finished at its deadline: nothing to resume
            }
            checked.incrementAndGet();
            long[] ack = c.acknowledged.get(position);
            boolean sameForm = c.seenStems.get(position).equals(page.stemText());
            boolean sameAnswer = ack == null || page.checkedOption() == ack[1] || page.examLong("data-stored-seq") > ack[0];
            if (!sameForm || !sameAnswer) {
                different.incrementAndGet();
                System.out.printf("  candidate %s question %d: %s%n", c.attempt, position,
                        sameForm ? "answer " + ack[1] + " not shown" : "another question");
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- pgbench

    private record Pgbench(double commitsPerSecond, String synchronousCommit) {
    }

    /**
     * PostgreSQL's own rate of single-row-insert transactions on the same server, with as many clients as the
     * application's pool: Debian's {@code pgbench} when present, otherwise the same loop over JDBC (and it says so).
     */
    private Pgbench pgbench() throws Exception {
        String synchronous;
        String host;
        int port;
        String database;
        try (Connection db = database(); Statement s = db.createStatement()) {
            try (ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
                rs.next();
                synchronous = rs.getString(1);
            }
            s.execute("CREATE TABLE IF NOT EXISTS bench_pgbench_commit (id bigserial PRIMARY KEY, client int, at timestamptz DEFAULT now())");
            URI jdbc = URI.create(db.getMetaData().getURL().substring("jdbc:".length()));
            host = jdbc.getHost();
            port = jdbc.getPort() > 0 ? jdbc.getPort() : 5432;
            database = jdbc.getPath().substring(1);
        }
        double tps = -1;
        Path script = Files.createTempFile("pgbench", ".sql");
        try {
            Files.writeString(script, "INSERT INTO bench_pgbench_commit (client) VALUES (:client_id);\n");
            ProcessBuilder pb = new ProcessBuilder("pgbench", "-n", "-h", host, "-p", Integer.toString(port), "-U",
                    options.dbUrl == null ? "postgres" : options.dbUser, "-c", Integer.toString(options.pgClients),
                    "-j", "2", "-T", Integer.toString(options.pgSeconds), "-f", script.toString(), database)
                    .redirectErrorStream(true);
            pb.environment().put("PGPASSWORD", options.dbUrl == null ? "postgres" : options.dbPassword);
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(options.pgSeconds + 60L, TimeUnit.SECONDS);
            Matcher m = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
            if (m.find()) {
                tps = Double.parseDouble(m.group(1));
                System.out.printf("pgbench: %d clients, %d s, one single-row INSERT per transaction: %.0f commits/s "
                        + "(synchronous_commit=%s)%n", options.pgClients, options.pgSeconds, tps, synchronous);
            } else {
                System.out.println("pgbench gave no rate:\n" + out.strip());
            }
        } catch (IOException e) {
            System.out.println("pgbench is not installed (" + e.getMessage() + "); measuring the same single-row "
                    + "INSERT per transaction over JDBC with " + options.pgClients + " clients instead");
        } finally {
            Files.deleteIfExists(script);
        }
        if (tps < 0) {
            tps = jdbcCommits();
            System.out.printf("JDBC commit loop: %.0f commits/s (synchronous_commit=%s)%n", tps, synchronous);
        }
        try (Connection db = database(); Statement s = db.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_pgbench_commit");
        }
        return new Pgbench(tps, synchronous);
    }

    private double jdbcCommits() throws Exception {
        AtomicLong commits = new AtomicLong();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(options.pgSeconds);
        try (ExecutorService threads = Executors.newFixedThreadPool(options.pgClients)) {
            for (int i = 0; i < options.pgClients; i++) {
                int client = i;
                threads.submit(() -> {
                    try (Connection db = database();
                         PreparedStatement insert = db.prepareStatement("INSERT INTO bench_pgbench_commit (client) VALUES (?)")) {
                        while (System.nanoTime() < end) {
                            insert.setInt(1, client);
                            insert.executeUpdate();
                            commits.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
        }
        return commits.get() / (double) options.pgSeconds;
    }

    // ---------------------------------------------------------------------------------------------- figures

    /** Latencies by kind of request. */
    private static final class Stats {
        private final Map<String, Kind> kinds = new ConcurrentHashMap<>();

        Kind kind(String name) {
            return kinds.computeIfAbsent(name, Kind::new);
        }

        /** Failed requests (no answer in time, or 4xx/5xx); the burst's press-to-page figure is not a request. */
        int errors() {
            return kinds.values().stream().filter(k -> !"resume".equals(k.name) && !"burst-start".equals(k.name))
                    .mapToInt(k -> k.errors.get()).sum();
        }

        Kind others(String except) {
            Kind all = new Kind("other");
            kinds.values().stream().filter(k -> !k.name.equals(except) && !"setup".equals(k.name)
                    && !"burst-start".equals(k.name) && !"start".equals(k.name) && !"resume".equals(k.name)
                    && !"form".equals(k.name)) // the form load is reported on its own line (once per stage)
                    .forEach(k -> {
                        synchronized (k) {
                            for (int i = 0; i < k.size; i++) {
                                all.add(k.values[i], false);
                            }
                        }
                    });
            return all;
        }

        void print() {
            new TreeMap<>(kinds).forEach((name, k) -> System.out.printf(Locale.ROOT,
                    "  %-12s %8d requests  p50 %8.1f ms  p95 %8.1f ms  p99 %8.1f ms  max %8.1f ms  errors %d%n",
                    name, k.count(), k.ms(0.5), k.ms(0.95), k.ms(0.99), k.ms(1.0), k.errors.get()));
        }

        static final class Kind {
            final String name;
            final AtomicInteger errors = new AtomicInteger();
            long[] values = new long[1024];
            int size;
            long[] sorted;

            Kind(String name) {
                this.name = name;
            }

            synchronized void add(long nanos, boolean error) {
                if (size == values.length) {
                    values = Arrays.copyOf(values, size * 2);
                }
                values[size++] = nanos;
                sorted = null;
                if (error) {
                    errors.incrementAndGet();
                }
            }

            synchronized int count() {
                return size;
            }

            synchronized double ms(double quantile) {
                if (size == 0) {
                    return 0;
                }
                if (sorted == null) {
                    sorted = Arrays.copyOf(values, size);
                    Arrays.sort(sorted);
                }
                int i = (int) Math.min(size - 1, Math.max(0, Math.ceil(quantile * size) - 1));
                return sorted[i] / 1e6;
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Command-line options, {@code --name=value}. */
    private static final class Options {
        String base = "http://127.0.0.1:8080";
        String dataDir = "./data";
        String dbUrl;
        String dbUser = "attest";
        String dbPassword = "";
        int candidates = 10_000;
        long thinkMinMs = 5_000;
        long thinkMaxMs = 20_000;
        long duration = 120;
        int burst;
        int setupConcurrency = 32;
        long setupSeconds = 900;
        long drainSeconds = 60;
        int maxInFlight = 4096;
        int pgClients = 20;
        int pgSeconds = 15;
        int stageMinutes = 90;
        String service = "ADVOCATE_ATTESTATION";
        String centre = "tc-almaty";
        String sessionId;
        String hallId;
        boolean crash;
        String stopFile;
        long returnTolerance = 15;
        long saturate = 20;
        int saturateClients = 64;
        /** The script's calls on the session and CSRF token as before branch examlean (for a before/after). */
        boolean sessionCalls;
        /** The server's process id (Linux): its CPU time per save at saturation is printed (issue 12, perf-save). */
        long serverPid;
        /** The saturation's saves on the lean request path ({@code false}: the general one, for a before/after). */
        boolean leanSaves = true;
        /** The HTTP client: {@code apache} (HttpClient 5 classic, the default) or {@code jdk} (java.net.http). */
        String httpClient = "apache";

        static Options parse(String[] args) {
            Options o = new Options();
            for (String arg : args) {
                if (!arg.startsWith("--")) {
                    throw new IllegalArgumentException("Arguments are --name=value, not " + arg);
                }
                String name = arg.contains("=") ? arg.substring(2, arg.indexOf('=')) : arg.substring(2);
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : "true";
                switch (name) {
                    case "base" -> o.base = value;
                    case "data-dir" -> o.dataDir = value;
                    case "db-url" -> o.dbUrl = value.isBlank() ? null : value;
                    case "db-user" -> o.dbUser = value;
                    case "db-password" -> o.dbPassword = value;
                    case "candidates" -> o.candidates = Integer.parseInt(value);
                    case "think" -> {
                        String[] range = value.split("-");
                        o.thinkMinMs = (long) (Double.parseDouble(range[0]) * 1000);
                        o.thinkMaxMs = (long) (Double.parseDouble(range[range.length - 1]) * 1000);
                    }
                    case "duration" -> o.duration = Long.parseLong(value);
                    case "burst" -> o.burst = Integer.parseInt(value);
                    case "setup-concurrency" -> o.setupConcurrency = Integer.parseInt(value);
                    case "setup-seconds" -> o.setupSeconds = Long.parseLong(value);
                    case "drain-seconds" -> o.drainSeconds = Long.parseLong(value);
                    case "max-in-flight" -> o.maxInFlight = Integer.parseInt(value);
                    case "pg-clients" -> o.pgClients = Integer.parseInt(value);
                    case "pg-seconds" -> o.pgSeconds = Integer.parseInt(value);
                    case "stage-minutes" -> o.stageMinutes = Integer.parseInt(value);
                    case "service" -> o.service = value;
                    case "centre" -> o.centre = value;
                    case "session-id" -> o.sessionId = value;
                    case "hall-id" -> o.hallId = value;
                    case "crash" -> o.crash = Boolean.parseBoolean(value);
                    case "stop-file" -> o.stopFile = value;
                    case "return-tolerance" -> o.returnTolerance = Long.parseLong(value);
                    case "saturate" -> o.saturate = Long.parseLong(value);
                    case "saturate-clients" -> o.saturateClients = Integer.parseInt(value);
                    case "session-calls" -> o.sessionCalls = Boolean.parseBoolean(value);
                    case "lean-saves" -> o.leanSaves = Boolean.parseBoolean(value);
                    case "http-client" -> o.httpClient = value;
                    case "server-pid" -> o.serverPid = value.isBlank() ? 0 : Long.parseLong(value);
                    default -> throw new IllegalArgumentException("Unknown option --" + name);
                }
            }
            if (o.candidates < 1 || o.candidates > 50_000 || o.thinkMinMs < 0 || o.thinkMaxMs < o.thinkMinMs
                    || o.duration < 1 || o.burst < 0 || o.burst > o.candidates) {
                throw new IllegalArgumentException("1 ≤ candidates ≤ 50000, think min ≤ max, duration ≥ 1, burst ≤ candidates");
            }
            return o;
        }
    }
}
