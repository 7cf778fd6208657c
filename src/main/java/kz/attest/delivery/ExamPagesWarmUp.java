package kz.attest.delivery;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Warms the node's question page as soon as the node has started (issue 12, the start burst). A JVM compiles its hot
 * code while it serves: the first 1,000 Starts after a restart spent a third of the server's CPU in the JIT compiler
 * (Thymeleaf's element handler, Jackson's list writer), and a second burst on the same node was a third faster.
 * <p>
 * So, once the node is ready, a background thread of this node asks the node itself, over loopback HTTP, for
 * the question page as the Start answers it — the real template, the form's data block, the grid, an exam token, the
 * same filters — rendered from a made-up attempt: no question of the bank, no row written, no audit entry. It does not
 * hold back the node's readiness: a node that was down serves its candidates at once (their lost time is given back up
 * to that moment, {@link ServerOutages}), and the warm-up, one request at a time, is over in seconds, long before a
 * hall's candidates have checked in and reached the Start. The page answers only during the warm-up and only to a
 * request carrying this JVM's random secret, so nobody else ever sees it; its one HTTP session is invalidated by a last
 * call. {@code attest.delivery.warm-up.pages} (0 switches it off) and {@code attest.delivery.warm-up.max-seconds}
 * bound it.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ExamPagesWarmUp implements ApplicationListener<ApplicationReadyEvent> {

    static final String PATH = "/exam/warm-up";
    static final String SECRET_HEADER = "X-Attest-Warm-Up";
    /** A stage's questions, the last ten of them in cases, like the largest forms of the catalogue. */
    private static final int QUESTIONS = 100;
    private static final Logger log = LoggerFactory.getLogger(ExamPagesWarmUp.class);

    /** The node (its web server) and its settings. */
    private final ApplicationContext node;
    private final ExamTokens tokens;
    private final Clock clock;
    private final String secret = randomSecret();
    private volatile boolean warming;

    /** Once the node is ready (its start-up work done, readiness reported), so it delays neither. */
    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (event.getApplicationContext() != node) {
            return;
        }
        Environment settings = node.getEnvironment();
        int pages = settings.getProperty("attest.delivery.warm-up.pages", Integer.class, 600);
        if (pages <= 0 || !(node instanceof WebServerApplicationContext web) || web.getWebServer() == null
                || web.getWebServer().getPort() <= 0) {
            return; // switched off, or no web server of its own (a test's mock environment)
        }
        String address = settings.getProperty("server.address", "127.0.0.1");
        String host = "0.0.0.0".equals(address) || "::".equals(address) ? "127.0.0.1" : address;
        String base = (settings.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http")
                + "://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + web.getWebServer().getPort()
                + settings.getProperty("server.servlet.context-path", "");
        Duration bound = Duration.ofSeconds(settings.getProperty("attest.delivery.warm-up.max-seconds", Integer.class, 60));
        // a platform thread: the loopback requests are blocking calls, and no request thread waits for them
        Thread.ofPlatform().name("exam-pages-warm-up").daemon().start(() -> warm(base, pages, bound));
    }

    /** Asks this node for {@code count} question pages at {@code base}, within {@code bound}; returns how many came. */
    int warm(String base, int count, Duration bound) {
        long started = System.nanoTime();
        long until = started + bound.toNanos();
        int served = 0;
        warming = true;
        try (HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .connectTimeout(Duration.ofSeconds(5)).build()) {
            for (int i = 0; i < count && System.nanoTime() < until; i++) {
                // mostly the Start's page (question 1 with the form's data block), every fourth a later question
                int position = i % 4 == 3 ? 2 + i % (QUESTIONS - 1) : 1;
                HttpResponse<Void> response = http.send(request(base + PATH + "?position=" + position
                        + "&lang=" + (i % 2 == 0 ? "ru" : "kk")), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() != 200) {
                    log.warn("Warm-up of the exam pages stopped: HTTP {} from {}", response.statusCode(), PATH);
                    break;
                }
                served++;
            }
            // the pages' session (their CSRF token) is not left behind
            http.send(request(base + PATH + "?end=true"), HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            log.warn("Warm-up of the exam pages stopped: {}", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            warming = false;
        }
        log.info("Warmed the exam pages with {} requests in {} ms", served, (System.nanoTime() - started) / 1_000_000);
        return served;
    }

    private HttpRequest request(String url) {
        return HttpRequest.newBuilder(URI.create(url)).header(SECRET_HEADER, secret).timeout(Duration.ofSeconds(30))
                .GET().build();
    }

    /** The warm-up's page: only while warming and only for this JVM's secret; anyone else gets a 404 as for no page. */
    @GetMapping(PATH)
    String page(@RequestHeader(name = SECRET_HEADER, required = false) String presented,
                @RequestParam(defaultValue = "1") int position, HttpServletRequest request, Model model) {
        if (!mine(presented) || position < 1 || position > QUESTIONS) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        SittingRow sitting = new SittingRow(id, id, null, 0L, "", "—", "WARM_UP", null, "warm-up", id, id, "—", null,
                List.of(), "ru", "IN_PROGRESS", now, false, null);
        AttemptRow attempt = new AttemptRow(UUID.randomUUID(), id, 1, AttemptRow.RUNNING, 5400, QUESTIONS, null, now,
                now.plusSeconds(5400), null, null, null, null, null, null, null, null);
        model.addAttribute("trial", false);
        return QuestionPage.show(model, sitting, attempt, madeUpQuestions(), position, QuestionPage.Progress.NONE,
                request.getContextPath(), tokens.issue(new SeatSession(id, "warm-up", null, List.of(), false, null), now),
                now);
    }

    /** The warm-up's last call: its session ends. */
    @GetMapping(value = PATH, params = "end")
    org.springframework.http.ResponseEntity<Void> end(
            @RequestHeader(name = SECRET_HEADER, required = false) String presented, HttpServletRequest request) {
        if (!mine(presented)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return org.springframework.http.ResponseEntity.noContent().build();
    }

    private boolean mine(String presented) {
        return warming && presented != null && java.security.MessageDigest.isEqual(
                secret.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                presented.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    private static String randomSecret() {
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** Texts of about a real question's length, none of them from the bank. */
    private static List<Attempts.ShownQuestion> madeUpQuestions() {
        List<Attempts.ShownQuestion> questions = new ArrayList<>(QUESTIONS);
        String words = "Сөйлем мәтіні — текст вопроса для прогрева страницы, не из банка вопросов. ";
        for (int p = 1; p <= QUESTIONS; p++) {
            boolean inCase = p > QUESTIONS - 10; // the last ten in a case, as stage 2's forms end
            List<String> options = List.of(words + p + ".1", words + p + ".2", words + p + ".3", words + p + ".4");
            questions.add(new Attempts.ShownQuestion(p, inCase ? words.repeat(6) : null, inCase ? 1 : 0,
                    words.repeat(3) + p, options));
        }
        return questions;
    }
}
