package kz.attest.delivery;

import kz.attest.scheduling.CandidateCheckedIn;
import kz.attest.scheduling.HallPolicy;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithUserDetails;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The script's calls with the exam token (issue 12 point 2): served on a real server without the HTTP session (the
 * session's row is neither read nor written), and refused — localized, nothing stored — with a forged, expired or
 * another candidate's token; a seat move and a pause still bind the token's calls through the rows.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // sessions in PostgreSQL as in production (Spring Session JDBC; the other in-JVM tests keep container sessions)
        properties = "spring.autoconfigure.exclude=")
class ExamTokenTests extends WithDeliveryFixtures {

    private static final Pattern HIDDEN_CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("data-exam-token=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    ExamTokens tokens;
    @Autowired
    HallProctoring proctoring;
    /** No cookie jar: what a call carrying only the token looks like. */
    final HttpClient bare = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Test
    void theScriptsCallsWithTheTokenNeedNoSessionAndNeverTouchTheSessionRow_000_16() throws Exception {
        Candidate c = startedCandidate();
        String sessionId = c.sessionId();
        // back-date the session's last access: any read or write of the session through Spring Session moves it
        jdbc.sql("UPDATE spring_session SET last_access_time = last_access_time - 60000 WHERE session_id = ?")
                .param(sessionId).update();
        long before = lastAccess(sessionId);

        HttpResponse<String> save = call(bare, "PUT", "/api/v1/exam/attempts/" + c.attempt() + "/answers/1",
                c.token(), "{\"option\":1,\"seq\":1}");
        assertThat(save.statusCode()).isEqualTo(200);
        assertThat(save.body()).contains("\"state\":\"RUNNING\"");
        assertThat(save.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(call(bare, "PUT", "/api/v1/exam/attempts/" + c.attempt() + "/flags/2", c.token(),
                "{\"flagged\":true}").statusCode()).isEqualTo(200);
        assertThat(call(bare, "GET", "/api/v1/exam/attempts/" + c.attempt(), c.token(), null).body())
                .contains("\"answered\":1");
        HttpResponse<String> form = call(bare, "GET", "/api/v1/exam/stages/1/form", c.token(), null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("\"flagged\":[2]");
        assertThat(lastAccess(sessionId)).as("the session's last access after the calls without a cookie")
                .isEqualTo(before);
        // the browser sends its session cookie along with the token: still not touched
        assertThat(call(c.browser(), "PUT", "/api/v1/exam/attempts/" + c.attempt() + "/answers/2", c.token(),
                "{\"option\":0,\"seq\":2}").statusCode()).isEqualTo(200);

        assertThat(lastAccess(sessionId)).as("the session's last access").isEqualTo(before);
        assertThat(answers(c.attempt())).isEqualTo(2);
    }

    @Test
    void aForgedOrMalformedTokenIsRefusedLocalizedAndNothingIsStored_000_16() throws Exception {
        Candidate c = startedCandidate();
        char[] chars = c.token().toCharArray();
        int middle = chars.length / 2;
        chars[middle] = chars[middle] == 'A' ? 'B' : 'A';
        for (String forged : List.of(new String(chars), c.token() + "A", "e1.", "e1.%%%", "not-a-token",
                c.token().substring(0, c.token().length() - 4))) {
            HttpResponse<String> r = call(bare, "PUT", "/api/v1/exam/attempts/" + c.attempt() + "/answers/1",
                    forged, "{\"option\":1,\"seq\":1}", "ru");
            assertThat(r.statusCode()).as(forged).isEqualTo(401);
            assertThat(r.body()).contains("Страница теста устарела");
        }
        assertThat(call(bare, "GET", "/api/v1/exam/stages/1/form", new String(chars), null, "kk").body())
                .contains("Тест беті ескірген");
        assertThat(answers(c.attempt())).isZero();
    }

    @Test
    void anExpiredTokenIsRefusedAndNothingIsStored_000_16() throws Exception {
        Candidate c = startedCandidate();
        SeatSession seat = tokens.open(c.token(), Instant.now());
        String expired = tokens.issue(seat, Instant.now().minus(Duration.ofHours(13)));
        HttpResponse<String> r = call(bare, "PUT", "/api/v1/exam/attempts/" + c.attempt() + "/answers/1", expired,
                "{\"option\":1,\"seq\":1}", "en");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("The test page has expired");
        assertThat(answers(c.attempt())).isZero();
    }

    @Test
    void anotherCandidatesTokenCannotAnswerThisCandidatesAttempt_000_16() throws Exception {
        Candidate mine = startedCandidate();
        Candidate other = startedCandidate();
        for (String path : List.of("/api/v1/exam/attempts/" + mine.attempt() + "/answers/1",
                "/api/v1/exam/attempts/" + mine.attempt() + "/flags/1")) {
            String body = path.contains("flags") ? "{\"flagged\":true}" : "{\"option\":1,\"seq\":1}";
            assertThat(call(bare, "PUT", path, other.token(), body).statusCode()).as(path).isIn(403, 404);
        }
        assertThat(call(bare, "GET", "/api/v1/exam/attempts/" + mine.attempt(), other.token(), null).statusCode())
                .isIn(403, 404);
        assertThat(answers(mine.attempt())).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM delivery_review_flag WHERE attempt_id = ?").param(mine.attempt())
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aSeatMoveRetiresTheOldWorkstationsToken_000_15() throws Exception {
        Candidate c = startedCandidate();
        fixtures.moveSeat(c.checkIn());
        HttpResponse<String> r = call(bare, "PUT", "/api/v1/exam/attempts/" + c.attempt() + "/answers/1", c.token(),
                "{\"option\":1,\"seq\":1}");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(answers(c.attempt())).isZero();
    }

    @Test
    @WithUserDetails("proctor")
    void aPauseStopsTheTokensSavesThroughTheAttemptsState_000_21() throws Exception {
        Candidate c = startedCandidate();
        proctoring.pause(c.checkIn().sittingId(), "the hall's power failed");
        HttpResponse<String> r = call(bare, "PUT", "/api/v1/exam/attempts/" + c.attempt() + "/answers/1", c.token(),
                "{\"option\":1,\"seq\":1}");
        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(call(bare, "GET", "/api/v1/exam/attempts/" + c.attempt(), c.token(), null).body())
                .contains("\"state\":\"PAUSED\"");
        assertThat(answers(c.attempt())).isZero();
    }

    /**
     * The save served before the dispatcher ({@link DirectSaves}) answers a stored save itself, with the controller's
     * JSON, and hands everything else on with its body intact: a stale sequence, a malformed body, a forged token, a
     * query. A paused attempt's save is refused by the controller as before (409, localized).
     */
    @Test
    @WithUserDetails("proctor")
    void theDirectSaveAnswersOnlyAStoredSaveAndHandsTheRestToTheController_000_16() throws Exception {
        Candidate c = startedCandidate();
        String path = "/api/v1/exam/attempts/" + c.attempt() + "/answers/3";
        String body = "{\"option\":1,\"seq\":7}";

        org.springframework.mock.web.MockHttpServletResponse saved = new org.springframework.mock.web.MockHttpServletResponse();
        org.springframework.mock.web.MockFilterChain untouched = new org.springframework.mock.web.MockFilterChain();
        directSaves().doFilter(save(path, c.token(), body), saved, untouched);
        assertThat(untouched.getRequest()).as("a stored save goes no further").isNull();
        assertThat(saved.getStatus()).isEqualTo(200);
        assertThat(saved.getContentType()).isEqualTo("application/json");
        assertThat(saved.getContentAsString()).matches(
                "\\{\"position\":3,\"option\":1,\"seq\":7,\"state\":\"RUNNING\",\"remainingSeconds\":\\d+}");
        assertThat(answers(c.attempt())).isEqualTo(1);

        for (org.springframework.mock.web.MockHttpServletRequest other : List.of(
                save(path, c.token(), "{\"option\":0,\"seq\":6}"),          // stale: the controller explains
                save(path, c.token(), "{\"option\":1}"),                     // no sequence: the controller's 400
                save(path, c.token(), "{\"option\":1,\"seq\":8"),            // malformed
                save(path, c.token() + "A", "{\"option\":1,\"seq\":8}"),     // forged token
                withQuery(save(path, c.token(), "{\"option\":1,\"seq\":8}")))) {
            byte[] sent = other.getContentAsByteArray();
            org.springframework.mock.web.MockFilterChain chain = new org.springframework.mock.web.MockFilterChain();
            directSaves().doFilter(other, new org.springframework.mock.web.MockHttpServletResponse(), chain);
            assertThat(chain.getRequest()).as("handed on").isNotNull();
            assertThat(chain.getRequest().getInputStream().readAllBytes()).as("the body as sent").isEqualTo(sent);
        }
        assertThat(jdbc.sql("SELECT client_seq FROM delivery_answer WHERE attempt_id = ? AND position = 3")
                .param(c.attempt()).query(Long.class).single()).as("only the stored save wrote").isEqualTo(7L);

        HttpResponse<String> stale = call(bare, "PUT", path, c.token(), "{\"option\":0,\"seq\":6}", "en");
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("\"code\":\"delivery.");
        proctoring.pause(c.checkIn().sittingId(), "the hall's power failed");
        HttpResponse<String> paused = call(bare, "PUT", path, c.token(), "{\"option\":1,\"seq\":9}", "kk");
        assertThat(paused.statusCode()).isEqualTo(409);
        assertThat(paused.body()).contains("\"title\":");
        assertThat(jdbc.sql("SELECT client_seq FROM delivery_answer WHERE attempt_id = ? AND position = 3")
                .param(c.attempt()).query(Long.class).single()).isEqualTo(7L);
    }

    @Autowired
    AnswerSaves saves;
    @Autowired
    tools.jackson.databind.json.JsonMapper json;
    @Autowired
    java.time.Clock clock;

    private DirectSaves directSaves() {
        return new DirectSaves(tokens, saves, json, clock);
    }

    private static org.springframework.mock.web.MockHttpServletRequest save(String path, String token, String body) {
        org.springframework.mock.web.MockHttpServletRequest request =
                new org.springframework.mock.web.MockHttpServletRequest("PUT", path);
        request.addHeader(ExamTokens.HEADER, token);
        request.addHeader("Accept", "application/json");
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static org.springframework.mock.web.MockHttpServletRequest withQuery(
            org.springframework.mock.web.MockHttpServletRequest request) {
        request.setQueryString("lang=en");
        return request;
    }

    // ------------------------------------------------------------------------------------------------ helpers

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("springSecurityFilterChain")
    jakarta.servlet.Filter securityFilters;
    @Autowired
    org.springframework.web.context.WebApplicationContext web;

    /**
     * What runs for a save (docs/benchmarks.md "Save path"): with observations off (the default) neither Spring
     * Security's observation decorator wraps the chain's filters nor Boot's HTTP observation filter is registered,
     * and the exam token's chain holds only the filters that act on these calls.
     */
    @Test
    void theSavesChainRunsUndecoratedWithOnlyItsOwnFilters() throws Exception {
        org.springframework.mock.web.MockHttpServletRequest request = new org.springframework.mock.web.MockHttpServletRequest(
                "GET", "/api/v1/exam/attempts/" + UUID.randomUUID());
        request.addHeader(ExamTokens.HEADER, "e1.x");
        java.util.concurrent.atomic.AtomicReference<List<String>> frames = new java.util.concurrent.atomic.AtomicReference<>();
        securityFilters.doFilter(request, new org.springframework.mock.web.MockHttpServletResponse(),
                (req, res) -> frames.set(java.util.Arrays.stream(Thread.currentThread().getStackTrace())
                        .map(StackTraceElement::getClassName).toList()));
        assertThat(frames.get()).as("the frames under the security filters").isNotNull()
                .anyMatch(name -> name.equals(DirectSaves.class.getName()))
                .noneMatch(name -> name.contains("Observation"));

        List<String> chain = ((org.springframework.security.web.FilterChainProxy) securityFilters).getFilterChains()
                .stream().filter(c -> c.matches(request)).findFirst().orElseThrow()
                .getFilters().stream().map(f -> f.getClass().getSimpleName()).toList();
        System.out.println("The exam token's chain: " + chain);
        assertThat(chain).containsExactly("SessionlessRequests", "SecurityContextHolderFilter", "HeaderWriterFilter",
                "ExceptionTranslationFilter", "DirectSaves");
        System.out.println("Servlet filters: " + web.getServletContext().getFilterRegistrations().keySet());
        assertThat(web.getServletContext().getFilterRegistrations().values())
                .noneMatch(f -> f.getClassName().equals(
                        org.springframework.web.filter.ServerHttpObservationFilter.class.getName()));
    }

    private record Candidate(CandidateCheckedIn checkIn, HttpClient browser, CookieManager cookies, UUID attempt,
                             String token) {
        String sessionId() {
            HttpCookie session = cookies.getCookieStore().getCookies().stream()
                    .filter(k -> k.getName().equals("SESSION")).findFirst()
                    .orElseThrow(() -> new AssertionError("no SESSION cookie: " + cookies.getCookieStore().getCookies()));
            return new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8);
        }
    }

    /** A candidate through the workstation's pages in a browser with cookies: code, language, stage 1 started. */
    private Candidate startedCandidate() throws Exception {
        CandidateCheckedIn checkIn = DeliveryFixtures.checkIn("ADVOCATE_ATTESTATION", List.of(1, 2), HallPolicy.open());
        fixtures.publish(checkIn);
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String page = browser.send(HttpRequest.newBuilder(uri("/exam/seat/" + checkIn.seatId())).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        page = post(browser, "/exam/seat/" + checkIn.seatId() + "/start", page, Map.of("code", checkIn.workstationCode()));
        page = post(browser, "/exam/language", page, Map.of("language", "ru"));
        page = post(browser, "/exam/stages/1/start", page, Map.of());
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("the question page hands its script a token").isTrue();
        UUID attempt = jdbc.sql("SELECT id FROM delivery_attempt WHERE sitting_id = ? AND stage = 1")
                .param(checkIn.sittingId()).query(UUID.class).single();
        return new Candidate(checkIn, browser, cookies, attempt, token.group(1));
    }

    private String post(HttpClient browser, String path, String page, Map<String, String> fields) throws Exception {
        Matcher csrf = HIDDEN_CSRF.matcher(page);
        assertThat(csrf.find()).as("a form with a CSRF token before " + path).isTrue();
        String body = java.util.stream.Stream.concat(fields.entrySet().stream(), java.util.stream.Stream.of(
                        Map.entry("_csrf", csrf.group(1))))
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    private HttpResponse<String> call(HttpClient client, String method, String path, String token, String json)
            throws Exception {
        return call(client, method, path, token, json, "ru");
    }

    private HttpResponse<String> call(HttpClient client, String method, String path, String token, String json,
                                      String language) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("Accept-Language", language).header(ExamTokens.HEADER, token);
        if (json == null) {
            b.GET();
        } else {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private long lastAccess(String sessionId) {
        return jdbc.sql("SELECT last_access_time FROM spring_session WHERE session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    private int answers(UUID attempt) {
        return jdbc.sql("SELECT count(*) FROM delivery_answer WHERE attempt_id = ?").param(attempt)
                .query(Integer.class).single();
    }
}
