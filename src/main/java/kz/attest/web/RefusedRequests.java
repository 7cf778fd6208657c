package kz.attest.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.server.PathContainer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Publishes {@link RequestRefused} for every refused request on an address that touches a person's data (issue 13,
 * "Audit"), whatever refused it: the URL rules (401, the sign-in redirect, 403), method security (403) or a module's
 * per-organisation scoping ({@code identity.not-your-organisation} 403, or a 404 that hides another person's record).
 * It sits in the security chain just outside the {@code ExceptionTranslationFilter}, so it sees the answer of every
 * layer below while the caller is still known; it changes no answer.
 *
 * <p>The rule (docs/decisions-hostile-input.md): a refusal is published when the handler's path template has a
 * literal segment naming person data ({@code attest.audit.refusals.person-data-segments}) and is not a public page
 * ({@code attest.audit.refusals.public-paths}); a 404 only when the template names a record (has a variable). Static
 * files, unknown addresses, public pages and CSRF refusals (refused before this filter) are never published, so an
 * anonymous scanner cannot flood the chain with 401s on assets.
 */
final class RefusedRequests extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RefusedRequests.class);
    private static final int MAX_VALUE = 64;
    private static final int MAX_TARGET = 240;

    private final ApplicationEventPublisher events;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final Set<String> personData;
    private final List<PathPattern> publicPaths;

    RefusedRequests(ApplicationEventPublisher events, ObjectProvider<RequestMappingHandlerMapping> mappings,
                    List<String> personDataSegments, List<String> publicPaths) {
        this.events = events;
        this.mappings = mappings;
        this.personData = personDataSegments.stream().map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.publicPaths = publicPaths.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(PathPatternParser.defaultInstance::parse).toList();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, response);
        try {
            inspect(request, response);
        } catch (RuntimeException e) {
            // the answer is already written; a refusal that cannot be audited is logged, never turned into a 500
            log.warn("A refused request could not be audited: {}", e.toString());
        }
    }

    private void inspect(HttpServletRequest request, HttpServletResponse response) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
        int status = refusal(response, anonymous);
        if (status == 0) {
            return;
        }
        Template template = template(request);
        if (template == null || !touchesPersonData(template.pattern())
                || (status == 404 && template.variables().isEmpty())) {
            return;
        }
        events.publishEvent(new RequestRefused(anonymous ? "anonymous" : authentication.getName(), request.getMethod(),
                template.pattern(), target(template.variables()), status, reason(request, status)));
    }

    /** 401, 403 or 404, the sign-in redirect of an anonymous request as 401; 0 for an answer that refuses nothing. */
    private static int refusal(HttpServletResponse response, boolean anonymous) {
        int status = response.getStatus();
        if (status == 401 || status == 403 || status == 404) {
            return status;
        }
        String location = response.getHeader("Location");
        if (anonymous && status >= 300 && status < 400 && location != null && location.contains("/login")) {
            return 401;
        }
        return 0;
    }

    boolean touchesPersonData(String pattern) {
        PathContainer path = PathContainer.parsePath(pattern);
        if (publicPaths.stream().anyMatch(p -> p.matches(path))) {
            return false;
        }
        for (String segment : pattern.split("/")) {
            if (segment.isEmpty() || segment.startsWith("{")) {
                continue;
            }
            int dot = segment.indexOf('.');
            String name = (dot > 0 ? segment.substring(0, dot) : segment).toLowerCase(Locale.ROOT);
            if (personData.contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static String reason(HttpServletRequest request, int status) {
        Object cause = request.getAttribute(RefusalCause.ATTRIBUTE);
        if (cause instanceof Refusal refused) {
            return refused.messageKey();
        }
        if (cause instanceof AccessDeniedException) {
            return "access-denied";
        }
        if (cause instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException) {
            return "malformed-identifier";
        }
        if (cause instanceof AuthenticationException || status == 401) {
            return "sign-in-required";
        }
        return status == 403 ? "access-denied" : "not-found";
    }

    private record Template(String pattern, Map<String, String> variables) {
    }

    /** The handler's path template and variables: as the dispatcher matched them, else looked up (a URL-rule refusal). */
    @SuppressWarnings("unchecked")
    private Template template(HttpServletRequest request) {
        Object pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        if (pattern == null) {
            lookUp(request);
            pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        }
        if (pattern == null) {
            return null;
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        return new Template(pattern.toString(), variables instanceof Map<?, ?> map ? (Map<String, String>) map : Map.of());
    }

    private void lookUp(HttpServletRequest request) {
        RequestMappingHandlerMapping mapping = mappings.getIfAvailable();
        if (mapping == null) {
            return;
        }
        boolean parsed = ServletRequestPathUtils.hasParsedRequestPath(request);
        try {
            if (!parsed) {
                ServletRequestPathUtils.parseAndCache(request);
            }
            mapping.getHandler(request);
        } catch (Exception noSingleHandler) {
            // another method or media type: no template to name
        } finally {
            if (!parsed) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }

    /** {@code name=value, …}: each value without control characters and shortened, so any input can be stored. */
    static String target(Map<String, String> variables) {
        String target = variables.entrySet().stream()
                .map(e -> e.getKey() + "=" + clean(e.getValue()))
                .collect(Collectors.joining(", "));
        return target.length() > MAX_TARGET ? target.substring(0, MAX_TARGET) + "…" : target;
    }

    private static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        value.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED)
                .limit(MAX_VALUE + 1L).forEach(out::appendCodePoint);
        return out.codePointCount(0, out.length()) > MAX_VALUE
                ? out.substring(0, out.offsetByCodePoints(0, MAX_VALUE)) + "…" : out.toString();
    }
}
