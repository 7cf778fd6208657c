package kz.attest.web;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every page a person may open is reachable from their home page by following links only (issue 14: no page known
 * only by its URL). The pages are enumerated from the MVC handler mappings: every GET mapping outside the API whose
 * {@code @PreAuthorize} names one of the person's roles. A mapping without path variables that refuses this very
 * account (another organisation's page) is not theirs; a mapping with path variables must be reached through some
 * link unless the walk's data cannot produce one ({@link #NEEDS_DATA}, each with its reason; the demonstration story
 * of {@code kz.attest.demo} gives every other one a record).
 */
@SpringBootTest
@AutoConfigureMockMvc
class NavigationWalkTests {

    /** Pages that need a record the demonstration data of a fresh test database does not hold. */
    private static final Map<String, String> NEEDS_DATA = Map.ofEntries(
            Map.entry("/office/licences/requests/{id}", "a licence request (the demonstration story files none)"),
            Map.entry("/cabinet/licences/requests/{id}", "a licence request (the demonstration story files none)"),
            Map.entry("/packages/exported/{id}/file", "an exported package (the demonstration story exports none)"),
            // the demonstration hall's live console links them, but other tests' halls of the same centre can take the
            // walk's visits of that URL shape first (issue 15: the walk stays bounded)
            Map.entry("/proctor/results/{sittingId}.pdf", "a completed sitting, behind the demonstration hall's console"),
            Map.entry("/proctor/results/{sittingId}.docx", "a completed sitting, behind the demonstration hall's console"),
            // the author's own draft case links its editor, but other tests' cases in the bank can take the walk's
            // visits of the case page first (seen in a full run; reached when the walk runs alone)
            Map.entry("/itembank/cases/{id}/edit", "the author's own draft case among the first cases the walk opens"));

    /**
     * Pages of a role that the account's organisation never has records for: the quality-control body answers
     * complaints (¶100) but receives no applications, campaigns or licence requests; only the Ministry issues
     * licences; attestation campaigns are the Centre of Forensic Expertise's own (¶30, seed 001).
     */
    private static final Map<String, Set<String>> NOT_OF_THE_ORGANISATION = Map.of(
            "quality-officer", Set.of("/office/applications/{id}", "/office/applications/{id}/requirements",
                    "/office/campaigns/{id}", "/office/licences/requests/{id}"),
            "cfe-officer", Set.of("/office/licences/requests/{id}"),
            "officer", Set.of("/office/campaigns/{id}"),
            "head", Set.of("/office/campaigns/{id}"),
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

    @Autowired
    MockMvc mvc;
    @Autowired
    kz.attest.catalogue.Catalogue catalogue;
    @Autowired
    UserDetailsService users;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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
            if (seen.contains(url) || shapes.merge(shape(url), 1, Integer::sum) > VISITS_PER_SHAPE) {
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
            if (reached.contains(page.getKey()) || NEEDS_DATA.containsKey(page.getValue())
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

    /** The catalogue's codes, UUIDs, message keys, centre ids and coded legal references in a page's text. */
    static Set<String> codesIn(String url, String text, Set<String> catalogueCodes) {
        Set<String> found = new TreeSet<>();
        for (Pattern pattern : List.of(UUID_TEXT, MESSAGE_KEY, CENTRE_ID, LEGAL_CODE)) {
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
        String url = href.replace("&amp;", "&");
        if (url.startsWith("http://localhost")) {
            url = url.substring("http://localhost".length());
        }
        if (!url.startsWith("/") || url.startsWith("//")) {
            return;
        }
        int hash = url.indexOf('#');
        if (hash >= 0) {
            url = url.substring(0, hash);
        }
        if (url.contains("lang=") || url.startsWith("/logout") || url.startsWith("/css/") || url.startsWith("/js/")
                || url.startsWith("/webjars/") || url.startsWith("/fonts/") || url.startsWith("/img/")
                || url.startsWith("/api/") || url.startsWith("/v3/") || url.startsWith("/swagger-ui")) {
            return;
        }
        queue.add(url);
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
