package kz.attest.delivery;

import kz.attest.testing.Benchmarks;
import com.sun.management.OperatingSystemMXBean;
import kz.attest.AttestApplication;
import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.lang.management.ManagementFactory;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Not a test: the question page (the 100-cell grid and its links) under load, in one JVM. Starts the application on
 * a fresh embedded PostgreSQL, seats N candidates (default 50) on stage 1, then every candidate fetches P question
 * pages (default 20) back to back over loopback after an unmeasured round; prints pages/s, p50 / p99 and the
 * process's CPU milliseconds per page (the figure that does not depend on what else the machine is doing). Further
 * arguments go to the application, e.g. {@code --spring.web.resources.chain.enabled=true} for the resource chain
 * that was on before issue 12. Arguments: {@code [candidates] [pages] [--spring.property=value ...]}.
 */
public final class QuestionPageBenchmark {

    private QuestionPageBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int candidates = Benchmarks.intArg(args, 0, 50);
        int pages = Benchmarks.intArg(args, 1, 20);
        Path data = Files.createTempDirectory("attest-page-benchmark");
        String[] appArgs = Stream.concat(Stream.of("--server.port=0", "--attest.data-dir=" + data,
                        "--logging.level.root=WARN", "--logging.level.kz.attest=WARN"),
                Arrays.stream(args).skip(Math.min(2, args.length))).toArray(String[]::new);
        ConfigurableApplicationContext context = SpringApplication.run(AttestApplication.class, appArgs);
        try {
            String base = "http://127.0.0.1:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
            TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            List<SaveLoadBenchmark.Candidate> seated = new ArrayList<>();
            for (int i = 0; i < candidates; i++) {
                CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
                tx.executeWithoutResult(status -> context.publishEvent(checkIn));
                seated.add(SaveLoadBenchmark.open(http, base, checkIn, context.getBean(JdbcClient.class)));
            }
            round(http, base, seated, 81, Math.min(pages, 20)); // warm-up, not measured
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long[] sorted = round(http, base, seated, 1, pages);
            long elapsed = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            System.out.printf("question pages: %d candidates x %d pages = %d in %d ms = %.0f pages/s; p50 %.1f ms, "
                            + "p99 %.1f ms; %.2f ms CPU per page (server and client); args %s%n",
                    candidates, pages, sorted.length, elapsed / 1_000_000, sorted.length / (elapsed / 1e9),
                    Benchmarks.millis(sorted, 0.5), Benchmarks.millis(sorted, 0.99), cpu / 1e6 / sorted.length,
                    Arrays.toString(Arrays.copyOfRange(args, Math.min(2, args.length), args.length)));
        } finally {
            context.close();
        }
    }

    private static long[] round(HttpClient http, String base, List<SaveLoadBenchmark.Candidate> seated, int from,
                                int pages) throws Exception {
        long[] latencies = new long[seated.size() * pages];
        AtomicInteger index = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (SaveLoadBenchmark.Candidate candidate : seated) {
                done.add(threads.submit(() -> {
                    for (int p = from; p < from + pages; p++) {
                        long t0 = System.nanoTime();
                        HttpRequest page = HttpRequest.newBuilder(URI.create(base + "/exam/stages/1/questions/" + p))
                                .header("Cookie", "JSESSIONID=" + candidate.session()).GET().build();
                        int status = http.send(page, HttpResponse.BodyHandlers.discarding()).statusCode();
                        latencies[index.getAndIncrement()] = System.nanoTime() - t0;
                        if (status != 200) {
                            failures.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
        }
        for (Future<?> f : done) {
            f.get();
        }
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " pages were not 200");
        }
        long[] sorted = Arrays.copyOf(latencies, index.get());
        Arrays.sort(sorted);
        return sorted;
    }

}
