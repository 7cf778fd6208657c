package kz.attest.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page a person may open is reachable from their home page by following links only (issue 14: no page known
 * only by its URL). The pages are enumerated from the MVC handler mappings: every GET mapping outside the API whose
 * {@code @PreAuthorize} names one of the person's roles. A mapping without path variables that refuses this very
 * account (another organisation's page) is not theirs; a mapping with path variables must be reached through some
 * link: the demonstration story of {@code kz.attest.demo} and the walk's own fixture ({@link #walkData}) give every
 * one a record.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NavigationWalkTests {

    /**
     * Ids of the records the walk's fixture ({@link #walkData}) holds: a URL naming one is visited first and whatever
     * its shape's count, so the pages only such a record leads to (a licence request, an exported package, a completed
     * sitting's result sheet behind its hall's live console, the author's own draft case) are reached even when other
     * tests' records of the same shapes come first. A handful of ids: the walk stays bounded.
     */
    private static final Set<String> FIXTURE_IDS = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private static final String APPLICANT = "900315300123";

    /**
     * Pages of a role that the account's organisation never has records for: the quality-control body answers
     * complaints (¶100) but receives no applications, campaigns or licence requests; only the Ministry issues
     * licences and exports sealed question packages (its officers' export page refuses other organisations);
     * attestation campaigns are the Centre of Forensic Expertise's own (¶30, seed 001).
     */
    private static final Map<String, Set<String>> NOT_OF_THE_ORGANISATION = Map.of(
            "quality-officer", Set.of("/office/applications/{id}", "/office/applications/{id}/requirements",
                    "/office/campaigns/{id}", "/office/licences/requests/{id}", "/packages/exported/{id}/file"),
            "cfe-officer", Set.of("/office/licences/requests/{id}", "/packages/exported/{id}/file"),
            "officer", Set.of("/office/campaigns/{id}", "/office/licences/requests/{id}", "/packages/exported/{id}/file"),
            "head", Set.of("/office/campaigns/{id}", "/office/licences/requests/{id}", "/packages/exported/{id}/file"),
            "ministry-officer", Set.of("/office/campaigns/{id}"));

    private static final Pattern LINK = Pattern.compile("(?:href|hx-get)=\"([^\"]*)\"");
    private static final Pattern FORM = Pattern.compile("<form\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ACTION = Pattern.compile("action=\"([^\"]*)\"");
    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");
    private static final int MAX_PAGES = 400;
    /** Two questions' pages tell as much as two hundred: at most this many URLs of one shape are visited. */
    private static final int VISITS_PER_SHAPE = 4;
    private static final Pattern ID_SEGMENT = Pattern.compile(
            "/(?:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+)(?=/|\\.|$)");

    /** Pages whose purpose is to show technical records as they are: the audit log (entity ids, actions). */
    private static final List<String> TECHNICAL_PAGES = List.of("/audit");
    /**
     * A UUID, except in the made-up names other tests give their question authors and halls ("page-author-<uuid>", "reviewer-<uuid>",
     * "Test hall <uuid>"): the walk shares the test database with them.
     */
    private static final Pattern UUID_TEXT = Pattern.compile(
            "(?<!author-)(?<!reviewer-)(?<![Hh]all )\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b");
    private static final Pattern MESSAGE_KEY = Pattern.compile(
            "\\b(?:application|appeal|scheduling|decision|commission|campaign|delivery|notification|itembank|identity"
                    + "|catalogue|generic|workplace|portal|error)\\.[a-z-]+(?:\\.[a-zA-Z_-]+)*\\b");
    private static final Pattern CENTRE_ID = Pattern.compile("\\b(?:tc|dj)-[a-z]+\\b");
    private static final Pattern LEGAL_CODE = Pattern.compile("\\b00\\d ¶");
    /**
     * The English notes the system once wrote into an application's history, whatever the page's language (issue 14:
     * the history is read in the reader's language; the English texts of today's notes are worded differently).
     */
    private static final Pattern ENGLISH_HISTORY_NOTE = Pattern.compile("(?<!Replaces )(?<!by )\\bdecision No (?!\\.)|\\battestation held\\b"
            + "|\\blist for testing sent to the operator\\b|\\bpassed, commission's conclusion|absent without a valid reason \\(¶98\\)"
            + "|\\bno valid-reason request filed\\b");

    @Autowired
    MockMvc mvc;
    @Autowired
    kz.attest.catalogue.Catalogue catalogue;
    @Autowired
    UserDetailsService users;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @Autowired
    kz.attest.signature.DemoCertificateAuthority ca;

    /**
     * The records a bounded walk needs besides the demonstration story's, made once through the real services as the
     * people who would make them: the demonstration applicant's licence request, signed and submitted (the cabinet's
     * and the Ministry officer's request pages); a sealed package the Ministry exported (its file); and the ids of the
     * story's own records behind busy lists: the applicant's completed sitting and its hall (the proctor's result
     * sheets), the author's draft case (its editor).
     */
    @org.junit.jupiter.api.BeforeEach
    void walkData() throws Exception {
        synchronized (FIXTURE_IDS) {
            if (!FIXTURE_IDS.isEmpty()) {
                return;
            }
            var applicant = user(users.loadUserByUsername(APPLICANT));
            var ministry = user(users.loadUserByUsername("ministry-officer"));
            mvc.perform(post("/api/v1/office/licences/prerequisites").with(ministry).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"iin":"%s","form":"APP_3","number":"APP3-WALK","specialties":[],"issuedOn":"2026-01-15",\
                                    "validUntil":"%s"}""".formatted(APPLICANT, java.time.LocalDate.now().plusYears(2))))
                    .andExpect(status().isCreated());
            String started = mvc.perform(post("/api/v1/licences/requests").with(applicant).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"service":"BAILIFF_LICENSE","kind":"ISSUE"}"""))
                    .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
            long request = ((Number) com.jayway.jsonpath.JsonPath.read(started, "$.id")).longValue();
            for (String type : List.of("IDENTITY_DOCUMENT", "ATTESTATION_DECISION")) {
                mvc.perform(multipart("/api/v1/licences/requests/" + request + "/documents")
                                .file(new MockMultipartFile("file", type.toLowerCase() + ".pdf", "application/octet-stream",
                                        "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes()))
                                .param("type", type).with(applicant).with(csrf()))
                        .andExpect(status().isCreated());
            }
            mvc.perform(post("/api/v1/licences/requests/" + request + "/payment").with(applicant).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"demoDigit\":0}")).andExpect(status().isOk());
            byte[] content = java.util.Base64.getDecoder().decode((String) com.jayway.jsonpath.JsonPath.read(
                    mvc.perform(get("/api/v1/licences/requests/" + request + "/content").with(applicant))
                            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(), "$.content"));
            var key = ca.issue(kz.attest.signature.CertificateSubject.individual(APPLICANT, "Ахметов", "Серік", null),
                    kz.attest.signature.KeyPurpose.SIGNING);
            mvc.perform(post("/api/v1/licences/requests/" + request + "/submit").with(applicant).with(csrf())
                    .contentType(MediaType.APPLICATION_JSON).content("{\"cms\":\"" + java.util.Base64.getEncoder()
                            .encodeToString(kz.attest.signature.SignedFiles.signDetached(key, content)) + "\"}"))
                    .andExpect(status().isOk());
            FIXTURE_IDS.add("/requests/" + request);
            String exported = mvc.perform(post("/api/v1/packages/export").with(ministry).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"services\":[\"PATENT_ATTORNEY_ATTESTATION\"]}"))
                    .andExpect(status().isOk()).andReturn().getResponse().getHeader("X-Package-Id");
            FIXTURE_IDS.add(exported);
            jdbc.sql("""
                            SELECT id::text AS sitting, hall_id::text AS hall FROM delivery_sitting
                            WHERE iin = ? AND completed_at IS NOT NULL ORDER BY completed_at LIMIT 1""")
                    .param(APPLICANT).query((rs, n) -> List.of(rs.getString("sitting"), rs.getString("hall"))).optional()
                    .ifPresent(FIXTURE_IDS::addAll);
            jdbc.sql("SELECT id::text FROM itembank_case WHERE author = 'author' AND status = 'DRAFT' ORDER BY id LIMIT 1")
                    .query(String.class).optional().ifPresent(FIXTURE_IDS::add);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"900315300123", "officer", "head", "cfe-officer", "ministry-officer", "operator-admin",
            "proctor", "commission", "author", "auditor", "admin", "quality-officer"})
    void everyPageOfTheRoleIsReachableByFollowingLinksFromItsHome(String login) throws Exception {
        var person = users.loadUserByUsername(login);
        Set<String> roles = person.getAuthorities().stream().map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .collect(Collectors.toSet());
        Map<Method, String> pages = pagesOf(roles);

        Set<Method> reached = new HashSet<>();
        Set<String> codesOnScreen = new TreeSet<>();
        Set<String> codes = new HashSet<>();
        catalogue.all().forEach(service -> codes.add(service.code().value()));
        catalogue.specialties().forEach(specialty -> codes.add(specialty.code()));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> shapes = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
            String url = queue.poll();
            boolean fixture = FIXTURE_IDS.stream().anyMatch(url::contains);
            if (seen.contains(url) || !fixture && shapes.merge(shape(url), 1, Integer::sum) > VISITS_PER_SHAPE) {
                continue;
            }
            seen.add(url);
            MvcResult result = mvc.perform(get(url).with(user(person))).andReturn();
            if (result.getHandler() instanceof HandlerMethod handler && result.getResponse().getStatus() < 400) {
                reached.add(handler.getMethod());
            }
            String location = result.getResponse().getRedirectedUrl();
            if (location != null) {
                follow(location, queue);
            }
            String type = result.getResponse().getContentType();
            if (type != null && type.startsWith("application/pdf")) {
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
                    codesOnScreen.addAll(codesIn(url, new org.apache.pdfbox.text.PDFTextStripper().getText(pdf), codes));
                }
            }
            if (type != null && type.startsWith("text/html")) {
                String html = result.getResponse().getContentAsString();
                if (TECHNICAL_PAGES.stream().noneMatch(url::startsWith)) {
                    codesOnScreen.addAll(codesIn(url, visibleText(html), codes));
                }
                Matcher link = LINK.matcher(html);
                while (link.find()) {
                    follow(link.group(1), queue);
                }
                Matcher form = FORM.matcher(html);
                while (form.find()) {
                    String attributes = form.group(1);
                    Matcher action = ACTION.matcher(attributes);
                    if (!attributes.toLowerCase().contains("method=\"post\"") && action.find()) {
                        follow(action.group(1), queue);
                    }
                }
            }
        }

        Set<String> unreachable = new TreeSet<>();
        for (var page : pages.entrySet()) {
            if (reached.contains(page.getKey())
                    || NOT_OF_THE_ORGANISATION.getOrDefault(login, Set.of()).contains(page.getValue())) {
                continue;
            }
            if (!page.getValue().contains("{")
                    && mvc.perform(get(page.getValue()).with(user(person))).andReturn().getResponse().getStatus() >= 400) {
                continue;   // not this account's page: another organisation's, or off in this configuration
            }
            unreachable.add(page.getValue());
        }
        System.out.printf("walk %s: %d pages of the role, %d urls visited, %d handlers reached%n", login, pages.size(),
                seen.size(), reached.size());
        assertThat(codesOnScreen).as("internal codes, keys and ids on the pages of %s (issue 14)", login).isEmpty();
        assertThat(unreachable).as("pages of %s reachable only by typing the URL", login).isEmpty();
    }

    /** What a reader sees: the text without tags, scripts, styles and the workstation addresses shown on purpose. */
    static String visibleText(String html) {
        return html.replaceAll("(?is)<script\\b.*?</script>", " ")
                .replaceAll("(?is)<style\\b.*?</style>", " ")
                .replaceAll("(?is)<a class=\"workstation-url\".*?</a>", " ")
                .replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")
                .replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
    }

    /**
     * Codes still shown on pages that only other tests' data reaches (the demonstration data alone does not lead
     * there), found when the whole suite ran after this session's merges. Each is a known defect of issue 14, listed
     * here so that the walk still fails on any new one; remove a line when its page is fixed.
     */
    private static final List<Map.Entry<Pattern, Pattern>> KNOWN_DEFECTS = List.of();

    /**
     * The catalogue's codes, UUIDs, message keys, centre ids, coded legal references and the system's old English history
     * notes in a page's text.
     */
    static Set<String> codesIn(String url, String text, Set<String> catalogueCodes) {
        Set<String> found = new TreeSet<>();
        for (Pattern pattern : List.of(UUID_TEXT, MESSAGE_KEY, CENTRE_ID, LEGAL_CODE, ENGLISH_HISTORY_NOTE)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                if (!known(url, matcher.group())) {
                    found.add(url + ": " + matcher.group());
                }
            }
        }
        Matcher word = Pattern.compile("\\b[A-Z][A-Z_]{3,}\\b").matcher(text);
        while (word.find()) {
            if (catalogueCodes.contains(word.group()) && !known(url, word.group())) {
                found.add(url + ": " + word.group());
            }
        }
        return found;
    }

    private static boolean known(String url, String code) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        return KNOWN_DEFECTS.stream().anyMatch(d -> d.getKey().matcher(path).find() && d.getValue().matcher(code).matches());
    }

    /** The URL with its ids replaced: {@code /itembank/items/*}. */
    private static String shape(String url) {
        return ID_SEGMENT.matcher(url).replaceAll("/*");
    }

    private static void follow(String href, Deque<String> queue) {
        String url = reachable(href);
        if (url == null) {
            return;
        }
        if (FIXTURE_IDS.stream().anyMatch(url::contains)) {
            queue.addFirst(url);   // the fixture's records first: MAX_PAGES never cuts them off
        } else {
            queue.add(url);
        }
    }

    /** The link as a path of this site worth visiting, or {@code null}. */
    private static String reachable(String href) {
        String url = href.replace("&amp;", "&");
        if (url.startsWith("http://localhost")) {
            url = url.substring("http://localhost".length());
        }
        if (!url.startsWith("/") || url.startsWith("//")) {
            return null;
        }
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash);
        }
        if (url.contains("lang=") || url.startsWith("/logout") || url.startsWith("/css/") || url.startsWith("/js/")
                || url.startsWith("/webjars/") || url.startsWith("/fonts/") || url.startsWith("/img/")
                || url.startsWith("/api/") || url.startsWith("/v3/") || url.startsWith("/swagger-ui")) {
            return null;
        }
        return url;
    }

    /** The GET pages outside the API whose {@code @PreAuthorize} names one of the roles, by handler method. */
    private Map<Method, String> pagesOf(Set<String> roles) {
        Map<Method, String> pages = new HashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            HandlerMethod handler = entry.getValue();
            PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
            }
            if (rule == null) {
                continue;
            }
            Set<String> allowed = new HashSet<>();
            Matcher role = ROLE.matcher(rule.value().replaceAll("!\\s*hasRole\\('[A-Z_]+'\\)", ""));
            while (role.find()) {
                allowed.add(role.group(1));
            }
            allowed.retainAll(roles);
            if (allowed.isEmpty()) {
                continue;
            }
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !info.getProducesCondition().getProducibleMediaTypes().stream()
                        .anyMatch(type -> type.getSubtype().contains("json"))) {
                    pages.put(handler.getMethod(), pattern);
                }
            }
        }
        return pages;
    }
}
